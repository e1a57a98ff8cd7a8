import { and, eq, gt, inArray, isNull, lt, ne } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_MESSAGE_KEYS, MATERIAL_KEYS } from '../../src/domain/course-messages';
import { todayIso } from '../../src/domain/dates';
import { createApi } from '../../src/server/api';
import type { ServerConfig } from '../../src/server/config';
import * as t from '../../src/server/db/domain-tables';
import { courseMessages } from '../../src/server/db/message-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import { createLogger } from '../../src/server/logger';
import { runMaterialSends } from '../../src/server/notify/material-job';
import type { Notifier } from '../../src/server/notify/notify-client';
import { readNotifyConfig } from '../../src/server/notify/notify-config';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// On the server: finalising a register sends each person marked absent or cancelled the
// session topic's material, once (the leased job finds nothing more to send), recorded on the
// register row and the person's course contact log; cancelling a session with "message the
// group" sends each person placed in the cohort a service message. Notify is a fake here; the
// e2e suite runs the real client against the stand-in.

const KEY = 'cohort_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const MATERIAL_SMS = 'a33517ff-2a88-4f6e-b855-c550268ce08a';
const MATERIAL_EMAIL = 'b33517ff-2a88-4f6e-b855-c550268ce08a';
const GROUP_SMS = 'c33517ff-2a88-4f6e-b855-c550268ce08a';
const json = { 'Content-Type': 'application/json' };
const linkFor = (topic: string) =>
  `https://materials.example.org/${encodeURIComponent(topic.toLowerCase())}`;

/** What the tests read of an answer: JSON, checked by the assertions themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes
type Answer = { status: number; body: any };

interface Row {
  enrolment: { id: string };
  record: { code: number; version: number } | null;
  messages: { kind: string; outcome: string }[];
}

interface Sent {
  channel: string;
  templateId: string;
  to: string;
  personalisation: Record<string, string>;
  reference: string;
}

describe.each(BACKENDS)('messages to people on the course on $name', (backend) => {
  let db: TestDatabase;
  const sent: Sent[] = [];
  const logLines: string[] = [];
  const fake: Notifier = {
    async send(message) {
      sent.push(message);
      return { id: `00000000-0000-4000-8000-${String(sent.length).padStart(12, '0')}` };
    },
    status: async () => 'delivered',
  };
  const log = createLogger({ destination: { write: (line: string) => void logLines.push(line) } });
  let call: (m: string, p: string, b?: unknown, v?: number) => Promise<Answer>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => seedDemo(tx));
    const config = {
      seed: 'demo',
      appOrigin: 'http://127.0.0.1:4174',
      notify: readNotifyConfig({ NOTIFY_API_KEY: KEY }),
    } as ServerConfig;
    const app = createApp({
      db: db.db,
      log,
      hostNames: ['127.0.0.1'],
      appOrigin: 'http://127.0.0.1:4174',
      api: createApi(config, { log, notifier: fake }),
    });
    const server = await serveForTest(app);
    close = server.close;
    const login = await server.send('POST', '/api/auth/login', {
      headers: json,
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    const setCookie = login.headers['set-cookie'];
    const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
    call = async (method, path, body, version) => {
      const res = await server.send(method, `/api${path}`, {
        headers: {
          Cookie: cookie,
          ...json,
          ...(version !== undefined ? { 'If-Match': `"${version}"` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: JSON.parse(res.body || 'null') };
    };
    const topics = await db.db
      .selectDistinct({ topic: t.courseSessions.topic })
      .from(t.courseSessions);
    const settings = await call('GET', '/settings');
    const saved = await call(
      'PATCH',
      '/settings',
      {
        absenceThreshold: settings.body.absenceThreshold,
        lateJoinCutoffSession: settings.body.lateJoinCutoffSession,
        completionMinSessions: settings.body.completionMinSessions,
        materialSmsTemplateId: MATERIAL_SMS,
        materialEmailTemplateId: MATERIAL_EMAIL,
        groupSmsTemplateId: GROUP_SMS,
        topicMaterials: topics.map(({ topic }) => ({ topic, link: linkFor(topic) })),
      },
      settings.body.version,
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await db?.close();
  });
  beforeEach(() => void (sent.length = 0));

  /** A session still to come in a cohort where people hold places (the n-th such cohort). */
  async function sessionToCome(n = 0) {
    const rows = await db.db
      .select({ s: t.courseSessions })
      .from(t.courseSessions)
      .innerJoin(t.enrolments, eq(t.enrolments.cohortId, t.courseSessions.cohortId))
      .where(
        and(
          gt(t.courseSessions.date, todayIso()),
          eq(t.courseSessions.status, 'scheduled'),
          inArray(t.enrolments.status, ['confirmed', 'active']),
        ),
      )
      .orderBy(t.courseSessions.date);
    const cohorts = [...new Set(rows.map((r) => r.s.cohortId))];
    const found = rows.find((r) => r.s.cohortId === cohorts[n]);
    if (!found) throw new Error('the demo has no session to come with people placed');
    return found;
  }

  it('sends missed material once after the register is finalised, and the job sends it no more', async () => {
    const [session] = await db.db
      .select({ s: t.courseSessions })
      .from(t.courseSessions)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.courseSessions.cohortId))
      .where(
        and(
          lt(t.courseSessions.date, todayIso()),
          isNull(t.courseSessions.registerFinalisedAt),
          eq(t.courseSessions.status, 'scheduled'),
          ne(t.cohorts.status, 'cancelled'),
        ),
      )
      .orderBy(t.courseSessions.date)
      .limit(1);
    if (!session) throw new Error('the demo has no held session still to finalise');
    const id = session.s.id;
    const register = await call('GET', `/sessions/${id}/register`);
    const rows = register.body.rows as Row[];
    // Everyone unmarked attends, but the first row: did not attend (code 3).
    const absent = rows[0]!.enrolment.id;
    for (const [i, row] of rows.entries()) {
      const code = i === 0 ? 3 : (row.record?.code ?? 5);
      const mark = await call(
        'PUT',
        `/sessions/${id}/attendance/${row.enrolment.id}`,
        {
          code,
          catchUpSent: false,
        },
        row.record?.version ?? 0,
      );
      expect(mark.status, JSON.stringify(mark.body)).toBe(200);
    }
    const before = await call('GET', `/sessions/${id}/register`);
    const missed = (before.body.rows as Row[])
      .filter((r) => [2, 3, 7].includes(r.record?.code ?? 0))
      .map((r) => r.enrolment.id);
    expect(missed).toContain(absent);

    const finalised = await call(
      'POST',
      `/sessions/${id}/finalise`,
      {},
      before.body.session.version,
    );
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    const mine = await db.db.select().from(courseMessages).where(eq(courseMessages.sessionId, id));
    expect(mine.map((m) => m.enrolmentId).sort()).toEqual([...missed].sort());
    const forSession = sent.filter((m) => mine.some((row) => row.id === m.reference));
    expect(forSession.length).toBe(mine.filter((m) => m.outcome === 'message_sent').length);
    for (const m of forSession) {
      expect(Object.keys(m.personalisation).sort()).toEqual([...MATERIAL_KEYS].sort());
      expect(m.personalisation.material_link).toBe(linkFor(session.s.topic));
      // A courtesy message: the person's own link to turn such messages off.
      expect(m.personalisation.opt_out_link).toMatch(/\/link\/[\w-]{43}$/);
      expect([MATERIAL_SMS, MATERIAL_EMAIL]).toContain(m.templateId);
      // Never the topic: its words can say what the course is for.
      expect(Object.values(m.personalisation)).not.toContain(session.s.topic);
    }
    // The answer was made before the sends; the next read shows them.
    const reread = await call('GET', `/sessions/${id}/register`);
    const row = (reread.body.rows as Row[]).find((r) => r.enrolment.id === absent);
    expect(row?.messages).toEqual([
      expect.objectContaining({
        kind: 'material',
        outcome: expect.stringMatching(/message_sent|no_contact/),
      }),
    ]);

    // The job, twice, as two instances' ticks would: nothing more for this session.
    const first = await runMaterialSends(db.db, fake, {
      holder: 'a',
      log,
      linkOrigin: 'https://links.example',
    });
    const second = await runMaterialSends(db.db, fake, {
      holder: 'a',
      log,
      linkOrigin: 'https://links.example',
    });
    expect(first.held && second.held).toBe(true);
    expect(second.claimed).toBe(0);
    const after = await db.db.select().from(courseMessages).where(eq(courseMessages.sessionId, id));
    expect(after.length).toBe(mine.length);
    expect(sent.filter((m) => mine.some((r) => r.id === m.reference)).length).toBe(
      forSession.length,
    );
    // Another holder is refused the lease while it is held.
    expect(
      (
        await runMaterialSends(db.db, fake, {
          holder: 'b',
          log,
          linkOrigin: 'https://links.example',
        })
      ).held,
    ).toBe(false);

    const audit = await db.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'enrolment'), eq(auditEvents.entityId, absent)));
    expect(audit.map((a) => [a.action, a.actorRole])).toContainEqual([
      expect.stringMatching(/^course-message\./),
      'system',
    ]);
    const contactLog = await call('GET', `/enrolments/${absent}/messages`);
    expect(contactLog.status).toBe(200);
    expect(contactLog.body.items[0]).toMatchObject({ kind: 'material', sessionId: id });
    // No number or address in any log line.
    for (const m of forSession) expect(logLines.join('\n')).not.toContain(m.to);
  });

  it('cancelling a session with a message to the group tells everyone placed, once each', async () => {
    const target = await sessionToCome();
    const placed = await db.db
      .select()
      .from(t.enrolments)
      .where(eq(t.enrolments.cohortId, target.s.cohortId));
    const holding = placed.filter((e) => ['confirmed', 'active'].includes(e.status));
    expect(holding.length).toBeGreaterThan(0);

    const cancelled = await call(
      'POST',
      `/sessions/${target.s.id}/cancel`,
      { reason: 'Facilitator unwell', messageGroup: true },
      target.s.version,
    );
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const rows = await db.db
      .select()
      .from(courseMessages)
      .where(and(eq(courseMessages.sessionId, target.s.id), eq(courseMessages.kind, 'group')));
    expect(rows.map((r) => r.enrolmentId).sort()).toEqual(holding.map((e) => e.id).sort());
    expect(rows.every((r) => r.outcome !== 'sending')).toBe(true);
    expect(sent.length).toBe(rows.filter((r) => r.outcome === 'message_sent').length);
    expect(sent.length).toBeGreaterThan(0);
    for (const m of sent) {
      expect(m.templateId).toBe(GROUP_SMS);
      expect(Object.keys(m.personalisation).sort()).toEqual([...GROUP_MESSAGE_KEYS].sort());
      expect(m.personalisation.change).toBe('is cancelled');
    }
    const noPhone = rows.find((r) => r.outcome === 'no_contact');
    if (noPhone) expect(noPhone.reason).toMatch(/No mobile or email|No template/);
  });

  it('cancelling a session without the group message sends nothing', async () => {
    const target = await sessionToCome(1);
    const moved = await call(
      'POST',
      `/sessions/${target.s.id}/cancel`,
      { reason: 'Room not available' },
      target.s.version,
    );
    expect(moved.status).toBe(200);
    expect(sent).toEqual([]);
  });
});
