import { and, eq, inArray } from 'drizzle-orm';
import type { CourseMessageKind, CourseMessageOutcome } from '../../domain/course-message-kinds';
import { appendAudit } from '../audit-chain';
import type { Db, DbOrTx } from '../db/database';
import { courseMessages } from '../db/message-tables';
import { newId } from '../routes/write-context';

// The course contact log's rows: claimed before a message goes (so missed material goes once,
// whichever instance or run asks first), then settled with what Notify said. Each settled row
// is audited with the server as the actor and the row's id, never the number or address.

export type CourseMessageRow = typeof courseMessages.$inferSelect;

/** Claims a message; null when missed material for this place and session is claimed already. */
export async function claimCourseMessage(
  db: DbOrTx,
  input: {
    kind: CourseMessageKind;
    participantId: string;
    enrolmentId: string;
    sessionId: string;
    now: Date;
  },
): Promise<string | null> {
  const id = newId('cmsg');
  const { now, ...about } = input;
  const rows = await db
    .insert(courseMessages)
    .values({ id, ...about, outcome: 'sending', at: now.toISOString() })
    .onConflictDoNothing()
    .returning({ id: courseMessages.id });
  return rows.length ? id : null;
}

/** What became of a claimed message, on its row and in the audit trail. */
export async function settleCourseMessage(
  db: Db,
  id: string,
  result: {
    outcome: Exclude<CourseMessageOutcome, 'sending'>;
    channel: 'sms' | 'email' | null;
    notifyMessageId?: string;
    reason?: string;
    now: Date;
    requestId: string;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courseMessages)
      .set({
        outcome: result.outcome,
        channel: result.channel,
        notifyMessageId: result.notifyMessageId ?? null,
        reason: (result.reason ?? '').slice(0, 300),
        at: result.now.toISOString(),
      })
      .where(eq(courseMessages.id, id))
      .returning();
    if (!row) return;
    await appendAudit(tx, {
      at: result.now,
      actorId: 'system',
      actorRole: 'system',
      action: row.outcome === 'message_sent' ? 'course-message.sent' : 'course-message.not-sent',
      entity: 'enrolment',
      entityId: row.enrolmentId,
      before: null,
      after: {
        messageId: row.id,
        kind: row.kind,
        sessionId: row.sessionId,
        channel: row.channel,
        outcome: row.outcome,
        notifyMessageId: row.notifyMessageId,
        reason: row.reason,
      },
      requestId: result.requestId,
    });
  });
}

/** A session's messages, by place, for its register. */
export async function courseMessagesOf(db: DbOrTx, sessionId: string): Promise<CourseMessageRow[]> {
  return db
    .select()
    .from(courseMessages)
    .where(eq(courseMessages.sessionId, sessionId))
    .orderBy(courseMessages.at, courseMessages.id);
}

/** Which of these places already have the session's material claimed. */
export async function materialClaimed(db: DbOrTx, sessionIds: string[]): Promise<Set<string>> {
  if (!sessionIds.length) return new Set();
  const rows = await db
    .select({ s: courseMessages.sessionId, e: courseMessages.enrolmentId })
    .from(courseMessages)
    .where(and(eq(courseMessages.kind, 'material'), inArray(courseMessages.sessionId, sessionIds)));
  return new Set(rows.map((r) => `${r.s}:${r.e}`));
}
