import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/server/db/domain-tables';
import { participantLinks } from '../../src/server/db/link-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { questionnaireLink } from '../../src/server/links/questionnaire-link';
import type { Notifier } from '../../src/server/notify/notify-client';
import { todayIso } from '../../src/domain/dates';
import { questionnaireExpiry } from '../../src/domain/questionnaire';
import { BACKENDS, type TestDatabase } from './backends';
import { LINK_ORIGIN, serveWithNotify } from './notify-fixture';

// A session's questionnaire by link: staff send it (Notify, `questionnaire_link`, the contact
// log), the person answers one question a screen with no script and crisis help on every
// page, the answers are stored as the person's through the register's own command, and an
// item-9 answer above 0 raises the safety alert at once, which a facilitator then reviews.

const SMS_TEMPLATE = 'a1b2c3d4-2a88-4f6e-b855-c550268ce08a';
const ORIGIN = LINK_ORIGIN;
type Served = Awaited<ReturnType<typeof serveWithNotify>>;

describe.each(BACKENDS)('questionnaire links on $name', (backend) => {
  let db: TestDatabase;
  let server: Served;
  const sent: { templateId: string; personalisation: Record<string, string> }[] = [];
  const fake: Notifier = {
    async send(message) {
      sent.push(message);
      return { id: `00000000-0000-4000-8000-${String(sent.length).padStart(12, '0')}` };
    },
    status: async () => 'delivered',
  };
  let call: Served['call'];
  const open = (path: string, headers: Record<string, string> = {}) => server.open(path, headers);
  const post = (path: string, fields: Record<string, string>) => server.post(path, fields);

  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => seedDemo(tx));
    server = await serveWithNotify({
      db: db.db,
      notifier: fake,
      notifyEnv: { NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID: SMS_TEMPLATE },
      links: true,
    });
    call = server.call;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  /** The next scheduled course session after today, and the people placed on it. */
  async function nextSession() {
    const [row] = await db.db
      .select({ session: t.courseSessions, cohort: t.cohorts })
      .from(t.courseSessions)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.courseSessions.cohortId))
      .innerJoin(t.enrolments, eq(t.enrolments.cohortId, t.cohorts.id))
      .where(
        and(
          gt(t.courseSessions.date, todayIso()),
          eq(t.courseSessions.status, 'scheduled'),
          eq(t.cohorts.type, 'course'),
          inArray(t.enrolments.status, ['confirmed', 'active']),
        ),
      )
      .orderBy(asc(t.courseSessions.date))
      .limit(1);
    if (!row) throw new Error('the demo has no future session with people placed');
    const placed = await db.db
      .select({ enrolment: t.enrolments, person: t.participants })
      .from(t.enrolments)
      .innerJoin(t.participants, eq(t.participants.id, t.enrolments.participantId))
      .where(
        and(
          eq(t.enrolments.cohortId, row.cohort.id),
          inArray(t.enrolments.status, ['confirmed', 'active']),
        ),
      );
    return { ...row, placed };
  }

  it('sends, answers one question a screen, raises the alert at item 9, and is reviewed', async () => {
    const { session, cohort, placed } = await nextSession();
    const { enrolment, person } = placed[0]!;
    // The demo places people directly; this one came from the waiting list, so has a log.
    const referralId = 'ref_questionnaire_log';
    await db.db.insert(t.referrals).values({
      id: referralId,
      participantId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      nhsNumber: person.nhsNumber,
      borough: 'Islington',
      gpPractice: 'Test practice',
      referralDate: '2026-01-05',
      availability: [],
      status: 'enrolled',
    });
    const send = await call('POST', `/sessions/${session.id}/questionnaire-links`, {
      enrolmentIds: [enrolment.id],
    });
    expect(send.status, send.text).toBe(200);
    expect(send.body.items).toEqual([{ enrolmentId: enrolment.id, result: 'sent' }]);
    const message = sent.at(-1)!;
    expect(message.templateId).toBe(SMS_TEMPLATE);
    expect(message.personalisation.first_name).toBe(person.givenName.split(' ')[0]);
    expect(JSON.stringify(message.personalisation)).not.toContain(person.familyName);
    const path = message.personalisation.questionnaire_link!.slice(ORIGIN.length);
    expect(path).toMatch(/^\/link\/[A-Za-z0-9_-]{43}$/);

    // The contact log of the person's entry says a questionnaire link went, by text.
    const entry = await call('GET', `/referrals/${referralId}`);
    expect(entry.body.contacts[0]).toMatchObject({
      channel: 'sms',
      outcome: 'message_sent',
      offerId: null,
      note: `Questionnaire link for session ${session.number}`,
    });
    // It lasts until the session ends.
    const [link] = await db.db
      .select()
      .from(participantLinks)
      .where(eq(participantLinks.subjectId, session.id));
    expect(link!.expiresAt).toBe(
      questionnaireExpiry(session, cohort.sessionLengthMinutes).toISOString(),
    );

    const first = await open(path);
    expect(first.status).toBe(200);
    for (const help of ['999', 'NHS 111 and choose option 2', '116 123'])
      expect(first.body).toContain(help);
    expect(first.body).toContain(`Hello ${person.givenName.split(' ')[0]}`);
    expect(first.body).toContain('Question 1 of');
    expect(first.body).not.toContain(person.familyName);
    expect(first.body).not.toContain(person.nhsNumber);
    expect(first.body).not.toMatch(/<script/i);

    const none = await post(path, { step: '0' });
    expect(none.status).toBe(400);
    expect(none.body).toContain('Choose one answer');
    for (let step = 0; step < 8; step += 1) {
      const next = await post(path, { step: String(step), answer: '1' });
      expect(next.body).toContain(`Question ${step + 2} of`);
    }
    const back = await post(path, { step: '8', back: '1' });
    expect(back.body).toContain('Question 8 of');
    expect(back.body).toMatch(/value="1"\s+checked/);
    // A step not reached yet is not answered: the next one to answer is shown.
    const ahead = await post(path, { step: '15', answer: '0' });
    expect(ahead.body).toContain('Question 9 of');
    const noAlert = await call('GET', '/alerts');
    expect(
      noAlert.body.items.some((a: { enrolmentId: string }) => a.enrolmentId === enrolment.id),
    ).toBe(false);

    const item9 = await post(path, { step: '8', answer: '2' });
    expect(item9.body).toContain('Question 10 of');
    expect(item9.body).toContain('116 123');
    // Raised at once, before the rest of the questionnaire is answered.
    const alerts = await call('GET', '/alerts');
    const alert = alerts.body.items.find(
      (a: { enrolmentId: string }) => a.enrolmentId === enrolment.id,
    );
    expect(alert).toMatchObject({ sessionId: session.id, status: 'open' });
    const [partial] = await db.db
      .select()
      .from(t.sessionMeasures)
      .where(eq(t.sessionMeasures.enrolmentId, enrolment.id));
    expect(partial).toMatchObject({
      sessionId: session.id,
      enteredBy: 'person',
      enteredById: link!.id,
      phq9: [1, 1, 1, 1, 1, 1, 1, 1, 2],
      gad7: null,
    });

    let page = item9;
    for (let step = 9; !page.body.includes('Thank you'); step += 1)
      page = await post(path, { step: String(step), answer: '0' });
    expect(page.status).toBe(200);
    const [whole] = await db.db
      .select()
      .from(t.sessionMeasures)
      .where(eq(t.sessionMeasures.enrolmentId, enrolment.id));
    expect(whole).toMatchObject({ gad7: [0, 0, 0, 0, 0, 0, 0], wsas: [0, 0, 0, 0, 0] });
    const again = await open(path);
    expect(again.body).toContain('Your answers have been sent');

    const reviewed = await call(
      'POST',
      `/alerts/${alert.id}/review`,
      { action: 'called', note: 'Spoke to them; safety plan agreed' },
      alert.version,
    );
    expect(reviewed.status, reviewed.text).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'reviewed', action: 'called' });

    // The one function that makes the link (a reminder will carry it too); after the session
    // ends the link says so, still with the crisis help.
    const fresh = await questionnaireLink(db.db, {
      participantId: person.id,
      sessionId: session.id,
      origin: ORIGIN,
      now: new Date(),
    });
    const later = await open(fresh!.url.slice(ORIGIN.length), { 'X-Test-Clock': '+2592000000' });
    expect(later.status).toBe(410);
    expect(later.body).toContain('This link has expired');
    expect(later.body).toContain('116 123');
  });

  it('sends to everyone placed, and the person cannot overwrite what staff entered', async () => {
    const { session, placed } = await nextSession();
    const before = sent.length;
    const all = await call('POST', `/sessions/${session.id}/questionnaire-links`, {});
    expect(all.status, all.text).toBe(200);
    expect(all.body.items).toHaveLength(placed.length);
    const sentNow = all.body.items.filter((i: { result: string }) => i.result === 'sent');
    expect(sent.length - before).toBe(sentNow.length);
    expect(sentNow.length).toBeGreaterThan(0);
    // With no waiting-list entry (no contact log), the audit trail still has each message.
    const audited = await db.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'questionnaire.message-sent'));
    for (const item of sentNow)
      expect(audited.some((a) => a.entityId === item.enrolmentId)).toBe(true);
    const [second] = placed.slice(1);
    if (!second) return;
    const message = sent.find(
      (m, at) =>
        at >= before && m.personalisation.first_name === second.person.givenName.split(' ')[0],
    );
    const path = message!.personalisation.questionnaire_link!.slice(ORIGIN.length);
    await db.db.insert(t.sessionMeasures).values({
      id: 'msr_staff_first',
      sessionId: session.id,
      enrolmentId: second.enrolment.id,
      phq9: null,
      gad7: [0, 0, 0, 0, 0, 0, 0],
      wsas: null,
      pain: null,
      enteredBy: 'staff',
      enteredById: 'stf_sam',
      updatedAt: new Date().toISOString(),
      version: 1,
    });
    const page = await open(path);
    expect(page.status).toBe(410);
    expect(page.body).toContain('The service already has your answers');
    const refused = await post(path, { step: '0', answer: '3' });
    expect(refused.status).toBe(410);
  });

  it('refuses to send for a session that is over or outside the caller’s cohorts', async () => {
    const { session } = await nextSession();
    const over = await call('POST', `/sessions/${session.id}/questionnaire-links`, {}, undefined, {
      'X-Test-Clock': '+2592000000',
    });
    expect(over.status).toBe(409);
    expect(over.text).toContain('This session is over');
    const unknown = await call('POST', '/sessions/ses_nothing/questionnaire-links', {});
    expect(unknown.status).toBe(404);
  });
});
