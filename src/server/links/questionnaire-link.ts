import { eq } from 'drizzle-orm';
import { questionnaireExpiry } from '../../domain/questionnaire';
import type { DbOrTx } from '../db/database';
import { cohorts, courseSessions } from '../db/domain-tables';
import { issueLink } from './link-tokens';
import { LINK_PATH } from './link-purposes';

// The one place a session's questionnaire link is made: the send below and, later, a reminder
// before each session carry it as `questionnaire_link`. The link is the person's for that
// session and works until the session ends (questionnaireExpiry in src/domain/questionnaire.ts).

/** Makes a person's questionnaire link for a session and answers its full address, or null
 * when the session is unknown or already over (nothing to answer). */
export async function questionnaireLink(
  db: DbOrTx,
  input: { participantId: string; sessionId: string; origin: string; now: Date },
): Promise<{ url: string; linkId: string; expiresAt: string } | null> {
  const [row] = await db
    .select({
      date: courseSessions.date,
      startTime: courseSessions.startTime,
      length: cohorts.sessionLengthMinutes,
    })
    .from(courseSessions)
    .innerJoin(cohorts, eq(cohorts.id, courseSessions.cohortId))
    .where(eq(courseSessions.id, input.sessionId));
  if (!row) return null;
  const expiresAt = questionnaireExpiry(row, row.length);
  if (expiresAt.getTime() <= input.now.getTime()) return null;
  const link = await issueLink(db, {
    purpose: 'questionnaire',
    participantId: input.participantId,
    subjectId: input.sessionId,
    expiresAt: expiresAt.toISOString(),
    now: input.now,
  });
  return {
    url: `${input.origin}${LINK_PATH}/${link.token}`,
    linkId: link.id,
    expiresAt: expiresAt.toISOString(),
  };
}
