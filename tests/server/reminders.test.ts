import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { REMINDER_PERSONALISATION_KEYS } from '../../src/domain/reminders';
import { createApi } from '../../src/server/api';
import type { ServerConfig } from '../../src/server/config';
import * as t from '../../src/server/db/domain-tables';
import { sessionReminders } from '../../src/server/db/reminder-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import { linkRoutes } from '../../src/server/links/link-routes';
import { createLogger } from '../../src/server/logger';
import type { Notifier } from '../../src/server/notify/notify-client';
import { runReminders } from '../../src/server/notify/reminder-job';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// The reminder job: sent once per person, session and kind, the day before at the service's
// time, to everyone placed whom the contact rule lets it reach; its links record "I can't make
// it" and turn reminders off; the cohort's reminders read says who was not reminded and why.

const SMS = 'a1b2c3d4-0000-4000-8000-000000000001';
const EMAIL = 'a1b2c3d4-0000-4000-8000-000000000002';
const ORIGIN = 'http://127.0.0.1:4174';
const JOIN = 'https://meet.example.nhs.uk/this-week';
const json = { 'Content-Type': 'application/json' };
const log = createLogger({ level: process.env.DEBUG_LOG ? 'debug' : 'silent' });

describe.each(BACKENDS)('session reminders on $name', (backend) => {
  let db: TestDatabase;
  let server: Awaited<ReturnType<typeof serveForTest>>;
  let cookie = '';
  const sent: Parameters<Notifier['send']>[0][] = [];
  const fake: Notifier = {
    async send(message) {
      sent.push(message);
      return { id: `00000000-0000-4000-8000-${String(sent.length).padStart(12, '0')}` };
    },
    status: async () => 'delivered',
  };
  let session: typeof t.courseSessions.$inferSelect;
  let places: (typeof t.enrolments.$inferSelect)[];
  const run = (at: string) =>
    runReminders(db.db, fake, { holder: 'test', now: new Date(at), linkOrigin: ORIGIN, log });

  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => seedDemo(tx));
    await db.db.update(t.serviceSettings).set({
      reminderSmsTemplateId: SMS,
      reminderEmailTemplateId: EMAIL,
      reminderDayBeforeAt: '18:00',
      reminderTwoHoursBefore: true,
    });
    // An online cohort's next session, a week or more ahead, with five people placed.
    const rows = await db.db
      .select({ s: t.courseSessions })
      .from(t.courseSessions)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.courseSessions.cohortId))
      .where(and(eq(t.cohorts.delivery, 'online'), eq(t.courseSessions.status, 'scheduled')));
    const soon = addDays(todayIso(), 7);
    for (const { s } of rows.filter((r) => r.s.date >= soon)) {
      const held = await db.db
        .select()
        .from(t.enrolments)
        .where(
          and(
            eq(t.enrolments.cohortId, s.cohortId),
            inArray(t.enrolments.status, ['confirmed', 'active']),
          ),
        );
      if (held.filter((e) => e.joinedOn <= s.date).length >= 5) {
        session = s;
        places = held.filter((e) => e.joinedOn <= s.date).sort((a, b) => a.id.localeCompare(b.id));
        break;
      }
    }
    expect(session, 'an online session ahead with five people').toBeDefined();
    await db.db
      .update(t.courseSessions)
      .set({ videoLink: JOIN })
      .where(eq(t.courseSessions.id, session.id));
    const person = (i: number) => eq(t.participants.id, places[i]!.participantId);
    await db.db
      .update(t.participants)
      .set({ phone: '07700 900001', contactChannel: 'text', remindersConsent: true })
      .where(person(0));
    await db.db.update(t.participants).set({ remindersConsent: false }).where(person(1));
    await db.db.update(t.participants).set({ contactChannel: 'letter' }).where(person(2));
    await db.db
      .update(t.participants)
      .set({ phone: '020 7946 0000', email: null })
      .where(person(3));
    await db.db
      .insert(t.attendance)
      .values({ id: 'att_rem_test', sessionId: session.id, enrolmentId: places[4]!.id, code: 2 })
      .onConflictDoUpdate({
        target: [t.attendance.sessionId, t.attendance.enrolmentId],
        set: { code: 2 },
      });
    const app = createApp({
      db: db.db,
      log,
      hostNames: ['127.0.0.1'],
      appOrigin: ORIGIN,
      api: createApi({ seed: 'demo', appOrigin: ORIGIN } as ServerConfig, { log, notifier: fake }),
      links: linkRoutes({ phone: '020 7946 0000', trustedProxyHops: 1 }),
    });
    server = await serveForTest(app);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const dayBefore = () => addDays(session.date, -1);
  const mine = () => sent.filter((m) => m.personalisation.joining_link === JOIN);

  it('sends nothing before the day-before time, then once to each person it may reach', async () => {
    await run(`${dayBefore()}T17:59:00Z`);
    expect(mine()).toEqual([]);
    await run(`${dayBefore()}T18:01:00Z`);
    await run(`${dayBefore()}T18:02:00Z`);
    const first = mine().find((m) => m.to === '07700 900001');
    expect(first?.templateId).toBe(SMS);
    expect(Object.keys(first!.personalisation).sort()).toEqual(
      [...REMINDER_PERSONALISATION_KEYS].sort(),
    );
    expect(first!.personalisation.cannot_attend_link).toMatch(new RegExp(`^${ORIGIN}/link/`));
    const claims = await db.db
      .select()
      .from(sessionReminders)
      .where(eq(sessionReminders.sessionId, session.id));
    // Once each, and never to the one who opted out, wants letters, has no mobile or email, or
    // said they cannot come.
    expect(claims).toHaveLength(mine().length);
    const reminded = new Set(claims.map((c) => c.enrolmentId));
    expect(reminded.has(places[0]!.id)).toBe(true);
    for (const i of [1, 2, 3, 4]) expect(reminded.has(places[i]!.id), `place ${i}`).toBe(false);
    expect(claims.every((c) => c.outcome === 'sent' && c.kind === 'day_before')).toBe(true);
  });

  it('says who was not reminded and why, on the cohort page read', async () => {
    // Signed in now, not before: the jobs above outlast the kept-alive connection's idle time.
    const login = await server.send('POST', '/api/auth/login', {
      headers: json,
      body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
    });
    const setCookie = login.headers['set-cookie'];
    cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
    const res = await server.send('GET', `/api/cohorts/${session.cohortId}/reminders`, {
      headers: { Cookie: cookie },
    });
    expect(res.status, res.body).toBe(200);
    const body = JSON.parse(res.body);
    const shown = body.sessions.find((s: { sessionId: string }) => s.sessionId === session.id);
    expect(shown.joiningLink).toBe(JOIN);
    const row = (i: number) =>
      shown.people.find((p: { enrolmentId: string }) => p.enrolmentId === places[i]!.id);
    expect(row(0).sent).toEqual([
      expect.objectContaining({ kind: 'day_before', outcome: 'sent', channel: 'sms' }),
    ]);
    expect(row(1).notReminded).toBe('opted_out');
    expect(row(2).notReminded).toBe('letter_only');
    expect(row(3).notReminded).toBe('no_contact');
    expect(row(4).saidCannotCome).toBe(true);
  });

  it('the link says "I can\'t make it" (code 2), and the opt-out link stops the next reminder', async () => {
    const message = mine().find((m) => m.to === '07700 900001')!;
    const path = (url: string) => url.slice(ORIGIN.length);
    const cannot = await server.send('POST', path(message.personalisation.cannot_attend_link!), {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': '203.0.113.9',
      },
      body: new URLSearchParams({ session: String(session.number) }).toString(),
    });
    expect(cannot.status, cannot.body).toBe(200);
    const [mark] = await db.db
      .select()
      .from(t.attendance)
      .where(
        and(eq(t.attendance.sessionId, session.id), eq(t.attendance.enrolmentId, places[0]!.id)),
      );
    expect(mark?.code).toBe(2);
    const optOut = await server.send('POST', path(message.personalisation.opt_out_link!), {
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': '203.0.113.9',
      },
      body: '',
    });
    expect(optOut.status).toBe(200);
    expect(optOut.body).toContain('Reminders are off');
    const [person] = await db.db
      .select()
      .from(t.participants)
      .where(eq(t.participants.id, places[0]!.participantId));
    expect(person?.remindersConsent).toBe(false);
    const audit = await db.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'participant.opt-out'));
    expect(audit.map((a) => a.actorRole)).toEqual(['participant']);
    // Two hours before: the others get their second reminder; this person has said no.
    const before = mine().length;
    await run(
      `${session.date}T${session.startTime}:00Z`.replace(
        /T(\d\d)/,
        (_, h) => `T${String(Number(h) - 2).padStart(2, '0')}`,
      ),
    );
    const second = mine().slice(before);
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((m) => m.to === '07700 900001')).toBe(false);
  });
});
