import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/server/db/domain-tables';
import { participantLinks } from '../../src/server/db/link-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { LINK_GUESS_LIMITS } from '../../src/server/links/link-throttle';
import { issueLink } from '../../src/server/links/link-tokens';
import type { Notifier } from '../../src/server/notify/notify-client';
import { todayIso } from '../../src/domain/dates';
import { BACKENDS, type TestDatabase } from './backends';
import { LINK_ORIGIN, serveWithNotify } from './notify-fixture';

// A person answers their offer by the link its message carried: no account, the same domain
// command as staff's, audited with the link as the actor. Wrong tokens are refused, counted
// per address and throttled; neither a token nor a link's URL reaches the log.

const SMS_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const ORIGIN = LINK_ORIGIN;
type Served = Awaited<ReturnType<typeof serveWithNotify>>;

describe.each(BACKENDS)('links for people on $name', (backend) => {
  let db: TestDatabase;
  let server: Served;
  const links: string[] = [];
  const logLines: string[] = [];
  const fake: Notifier = {
    async send(message) {
      links.push(message.personalisation.reply_link ?? '');
      return { id: `00000000-0000-4000-8000-${String(links.length).padStart(12, '0')}` };
    },
    status: async () => 'delivered',
  };

  let call: Served['call'];
  /** A link's page, from an address (the one trusted proxy's X-Forwarded-For). */
  const open = (path: string, address = '203.0.113.1', headers: Record<string, string> = {}) =>
    server.open(path, headers, address);
  const answer = (path: string, fields: Record<string, string>, address = '203.0.113.1') =>
    server.post(path, fields, address);

  /** An offer of a freed place, sent by text: answers the link's path. */
  let made = 0;
  async function offeredPlace(): Promise<{ path: string; offerId: string; referralId: string }> {
    made += 1;
    const [row] = await db.db
      .select({ enrolment: t.enrolments })
      .from(t.enrolments)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.enrolments.cohortId))
      .where(and(gt(t.cohorts.startDate, todayIso()), eq(t.cohorts.type, 'course')))
      .limit(1);
    const [referral] = await db.db
      .select()
      .from(t.referrals)
      .where(and(eq(t.referrals.status, 'waiting'), eq(t.referrals.borough, 'Islington')))
      .offset(made)
      .limit(1);
    if (!row || !referral) throw new Error('the demo has no future cohort or no one waiting');
    const vacancyId = `vac_links_${made}`;
    await db.db.insert(t.vacancies).values({
      id: vacancyId,
      cohortId: row.enrolment.cohortId,
      freedByEnrolmentId: row.enrolment.id,
      openedAt: new Date().toISOString(),
      status: 'open',
      closedReason: null,
    });
    const offer = await call(
      'POST',
      `/vacancies/${vacancyId}/offers`,
      { referralId: referral.id },
      1,
    );
    expect(offer.status, offer.text).toBe(201);
    const link = links.at(-1) ?? '';
    expect(link.startsWith(`${ORIGIN}/link/`)).toBe(true);
    return { path: link.slice(ORIGIN.length), offerId: offer.body.id, referralId: referral.id };
  }

  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => seedDemo(tx));
    await db.db.update(t.serviceSettings).set({ offerSmsTemplateId: SMS_TEMPLATE });
    server = await serveWithNotify({ db: db.db, notifier: fake, links: true, logLines });
    call = server.call;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('opens the offer with only what it needs, takes the place, and then says it was used', async () => {
    const { path, offerId, referralId } = await offeredPlace();
    const token = path.split('/').pop()!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await db.db.select().from(participantLinks);
    expect(JSON.stringify(stored)).not.toContain(token);

    const page = await open(path);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const [referral] = await db.db.select().from(t.referrals).where(eq(t.referrals.id, referralId));
    expect(page.body).toContain(`Hello ${referral!.givenName.split(' ')[0]}`);
    expect(page.body).toContain('020 7946 0000');
    expect(page.body).not.toContain(referral!.familyName);
    expect(page.body).not.toContain(referral!.nhsNumber);
    expect(page.body).not.toMatch(/<script/i);

    const taken = await answer(path, { answer: 'accept' });
    expect(taken.status, taken.body).toBe(200);
    expect(taken.body).toContain('the place is yours');
    const [offer] = await db.db.select().from(t.offers).where(eq(t.offers.id, offerId));
    expect(offer!.status).toBe('accepted');
    const entry = await call('GET', `/referrals/${referralId}`);
    expect(entry.status, entry.text).toBe(200);
    expect(entry.body.contacts[0]).toMatchObject({
      channel: 'link',
      outcome: 'accepted_by_link',
      byName: 'The person, by link',
    });

    const again = await open(path);
    expect(again.status).toBe(410);
    expect(again.body).toContain('This link has already been used');
    expect(again.body).toContain('you said yes to the place');
    const twice = await answer(path, { answer: 'decline', reason: 'too_unwell' });
    expect(twice.status).toBe(410);

    const [link] = stored.filter((l) => l.subjectId === offerId);
    const audit = await db.db.select().from(auditEvents).where(eq(auditEvents.actorId, link!.id));
    expect(audit.map((a) => [a.action, a.actorRole])).toEqual(
      expect.arrayContaining([
        ['link.opened', 'participant'],
        ['offer.accept', 'participant'],
        ['enrolment.create', 'participant'],
        ['link.refused', 'participant'],
      ]),
    );
  });

  it('declines with a reason, and asks for one when none is chosen', async () => {
    const { path, offerId } = await offeredPlace();
    const none = await answer(path, { answer: 'decline' });
    expect(none.status).toBe(400);
    expect(none.body).toContain('Choose why you do not want the place');
    const declined = await answer(path, { answer: 'decline', reason: 'time_does_not_suit' });
    expect(declined.status, declined.body).toBe(200);
    const [offer] = await db.db.select().from(t.offers).where(eq(t.offers.id, offerId));
    expect(offer).toMatchObject({ status: 'declined', declineReason: 'time_does_not_suit' });
  });

  it('says a link has expired once its offer has', async () => {
    const { path } = await offeredPlace();
    const later = await open(path, '203.0.113.2', { 'X-Test-Clock': '+2592000000' });
    expect(later.status).toBe(410);
    expect(later.body).toContain('This link has expired');
  });

  /** A cannot-attend link (as a reminder carries) for someone placed in a future cohort. */
  async function placeLink(type: 'course' | 'workshop') {
    const [row] = await db.db
      .select({ enrolment: t.enrolments, cohort: t.cohorts })
      .from(t.enrolments)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.enrolments.cohortId))
      .where(
        and(
          gt(t.cohorts.startDate, todayIso()),
          eq(t.cohorts.type, type),
          eq(t.cohorts.status, 'planned'),
          eq(t.enrolments.status, 'confirmed'),
        ),
      )
      .limit(1);
    if (!row) throw new Error(`the demo has no one placed in a future ${type}`);
    const { token } = await issueLink(db.db, {
      purpose: 'cannot_attend',
      participantId: row.enrolment.participantId,
      subjectId: row.enrolment.id,
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      now: new Date(),
    });
    const sessions = await db.db
      .select()
      .from(t.courseSessions)
      .where(eq(t.courseSessions.cohortId, row.cohort.id));
    return { path: `/link/${token}`, enrolment: row.enrolment, sessions };
  }

  it("records code 2 for the sessions a person says they can't make, and stays open for others", async () => {
    const { path, enrolment, sessions } = await placeLink('course');
    const page = await open(path, '203.0.113.4');
    expect(page.status, page.body).toBe(200);
    expect(page.body).toContain('Which sessions can you not come to?');
    const none = await answer(path, { reason: 'unwell' }, '203.0.113.4');
    expect(none.status).toBe(400);
    expect(none.body).toContain('Choose the sessions you cannot come to');
    const second = sessions.find((x) => x.number === 2)!;
    const told = await answer(path, { session: '2', reason: 'unwell' }, '203.0.113.4');
    expect(told.status, told.body).toBe(200);
    const [mark] = await db.db
      .select()
      .from(t.attendance)
      .where(
        and(eq(t.attendance.sessionId, second.id), eq(t.attendance.enrolmentId, enrolment.id)),
      );
    expect(mark).toMatchObject({ code: 2, note: 'Said by link: I am unwell' });
    const again = await open(path, '203.0.113.4');
    expect(again.status).toBe(200);
    expect(again.body).toContain('You have told us you cannot come on');
    const register = await call('GET', `/sessions/${second.id}/register`);
    expect(register.text).toContain('Said by link: I am unwell');
  });

  it('frees a workshop place at once when its person cannot come', async () => {
    const { path, enrolment } = await placeLink('workshop');
    const told = await answer(path, { session: '1' }, '203.0.113.5');
    expect(told.status, told.body).toBe(200);
    expect(told.body).toContain('Your place will be offered to someone who is waiting');
    const [left] = await db.db.select().from(t.enrolments).where(eq(t.enrolments.id, enrolment.id));
    expect(left!.status).toBe('withdrawn');
    const opened = await db.db
      .select()
      .from(t.vacancies)
      .where(and(eq(t.vacancies.freedByEnrolmentId, enrolment.id), eq(t.vacancies.status, 'open')));
    expect(opened).toHaveLength(1);
    expect((await open(path, '203.0.113.5')).status).toBe(410);
  });

  it('refuses 1,000 wrong guesses, throttles them and audits every one; other addresses go on', async () => {
    const { path } = await offeredPlace();
    const guesser = '198.51.100.7';
    const before = await db.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const guess = Buffer.from(`guess-${i}`.padEnd(32, '.')).toString('base64url');
      statuses.push((await open(`/link/${guess}`, guesser)).status);
    }
    expect(statuses.slice(0, LINK_GUESS_LIMITS.failures)).toEqual(
      Array(LINK_GUESS_LIMITS.failures).fill(404),
    );
    expect(statuses.slice(LINK_GUESS_LIMITS.failures).every((s) => s === 429)).toBe(true);
    // Throttled, the guesser's address opens no link at all, a real one included.
    const real = await open(path, guesser);
    expect(real.status).toBe(429);
    expect(Number(real.headers['retry-after'])).toBeGreaterThan(0);
    expect((await open(path, '203.0.113.3')).status).toBe(200);

    const after = await db.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    const refused = await db.db
      .select({ action: auditEvents.action, role: auditEvents.actorRole })
      .from(auditEvents)
      .where(inArray(auditEvents.action, ['link.refused', 'link.throttled']));
    expect(after[0]!.n - before[0]!.n).toBeGreaterThanOrEqual(1001);
    expect(refused.filter((r) => r.action === 'link.throttled').length).toBeGreaterThanOrEqual(991);
    expect(refused.every((r) => r.role === 'participant')).toBe(true);
    // Staff read them on the audit page, as done by someone holding a link.
    const trail = await call('GET', '/audit?entity=link&limit=5');
    expect(trail.status, trail.text).toBe(200);
    expect(trail.body.items[0]).toMatchObject({
      actorRole: 'participant',
      actorName: 'The person, by their link',
    });
    // The log names the route, never a token.
    const token = path.split('/').pop()!;
    expect(logLines.join('\n')).not.toContain(token);
    expect(logLines.some((l) => l.includes('"/link/:token"'))).toBe(true);
  }, 120_000);
});
