import { and, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as t from '../../src/server/db/domain-tables';
import { auditEvents } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { runDeliveryStatus } from '../../src/server/notify/delivery-status-job';
import { NotifyError, type Notifier } from '../../src/server/notify/notify-client';
import { OFFER_MESSAGE_KEYS } from '../../src/domain/offer-message';
import { todayIso } from '../../src/domain/dates';
import { BACKENDS, type TestDatabase } from './backends';
import { NOTIFY_TEST_KEY, serveWithNotify } from './notify-fixture';

// On the server: an offer's message goes by GOV.UK Notify once the offer has
// committed, is recorded on the offer's contact log with Notify's id and delivery status, and
// a refusal is recorded (and audited), never thrown. The Notify client is a fake here; the
// e2e suite runs the real client against a stand-in (tests/e2e-api/notify-stand-in.mjs).

const KEY = NOTIFY_TEST_KEY;
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const SMS_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

interface Sent {
  channel: string;
  templateId: string;
  to: string;
  personalisation: Record<string, string>;
  reference: string;
  /** The offer's status as another connection saw it while the message was being sent. */
  offerCommitted: boolean;
}

describe.each(BACKENDS)('offers sent by GOV.UK Notify on $name', (backend) => {
  let db: TestDatabase;
  const sent: Sent[] = [];
  let fail: Error | null = null;
  let status = 'delivered';
  const logLines: string[] = [];
  const fake: Notifier = {
    async send(message) {
      if (fail) throw fail;
      const offer = await db.db.select().from(t.offers).where(eq(t.offers.id, message.reference));
      sent.push({ ...message, offerCommitted: offer.length === 1 });
      return { id: `00000000-0000-4000-8000-${String(sent.length).padStart(12, '0')}` };
    },
    status: async () => status,
  };

  const serve = (notifier: Notifier | null) => serveWithNotify({ db: db.db, notifier, logLines });

  /** A freed place in a cohort still open to late joiners, and someone waiting for it. */
  let vacancies = 0;
  async function freedPlace(): Promise<{ vacancyId: string; referralId: string }> {
    vacancies += 1;
    const [row] = await db.db
      .select({ enrolment: t.enrolments })
      .from(t.enrolments)
      .innerJoin(t.cohorts, eq(t.cohorts.id, t.enrolments.cohortId))
      .where(gt(t.cohorts.startDate, todayIso()))
      .limit(1);
    const [referral] = await db.db
      .select()
      .from(t.referrals)
      .where(and(eq(t.referrals.status, 'waiting'), eq(t.referrals.borough, 'Islington')))
      .offset(vacancies)
      .limit(1);
    if (!row || !referral) throw new Error('the demo has no future cohort or no one waiting');
    const vacancyId = `vac_notify_${vacancies}`;
    await db.db.insert(t.vacancies).values({
      id: vacancyId,
      cohortId: row.enrolment.cohortId,
      freedByEnrolmentId: row.enrolment.id,
      openedAt: new Date().toISOString(),
      status: 'open',
      closedReason: null,
    });
    return { vacancyId, referralId: referral.id };
  }

  const messagesOf = (offerId: string) =>
    db.db.select().from(t.contactAttempts).where(eq(t.contactAttempts.offerId, offerId));

  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => seedDemo(tx));
  }, 120_000);
  afterAll(() => db?.close());
  beforeEach(() => {
    sent.length = 0;
    fail = null;
    status = 'delivered';
  });

  it('says whether Notify is set up, never the key, and takes the template ids', async () => {
    const server = await serve(fake);
    try {
      const settings = await server.call('GET', '/settings');
      expect(settings.body).toMatchObject({
        notifyConfigured: true,
        offerSmsTemplateId: null,
        offerEmailTemplateId: null,
      });
      const bad = await server.call(
        'PATCH',
        '/settings',
        { ...settings.body, offerSmsTemplateId: 'not-a-template' },
        settings.body.version,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.fieldErrors).toHaveProperty('offerSmsTemplateId');
      const saved = await server.call(
        'PATCH',
        '/settings',
        {
          absenceThreshold: settings.body.absenceThreshold,
          lateJoinCutoffSession: settings.body.lateJoinCutoffSession,
          completionMinSessions: settings.body.completionMinSessions,
          offerSmsTemplateId: SMS_TEMPLATE.toUpperCase(),
        },
        settings.body.version,
      );
      expect(saved.status, saved.text).toBe(200);
      expect(saved.body).toMatchObject({
        offerSmsTemplateId: SMS_TEMPLATE,
        notifyConfigured: true,
      });
      for (const text of [settings.text, saved.text]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(KEY);
      }
    } finally {
      await server.close();
    }
  });

  it('sends one text after the offer commits and records its id and delivery on the offer', async () => {
    const server = await serve(fake);
    try {
      const place = await freedPlace();
      const made = await server.call(
        'POST',
        `/vacancies/${place.vacancyId}/offers`,
        { referralId: place.referralId },
        1,
      );
      expect(made.status, made.text).toBe(201);
      expect(sent).toHaveLength(1);
      const [message] = sent;
      expect(message).toMatchObject({ channel: 'sms', templateId: SMS_TEMPLATE });
      expect(message!.reference).toBe(made.body.id);
      expect(message!.offerCommitted, 'the offer had committed before the send').toBe(true);
      expect(Object.keys(message!.personalisation).sort()).toEqual([...OFFER_MESSAGE_KEYS].sort());
      const [referral] = await db.db
        .select()
        .from(t.referrals)
        .where(eq(t.referrals.id, place.referralId));
      const said = Object.values(message!.personalisation).join(' | ');
      expect(said).not.toContain(referral!.nhsNumber);
      expect(said).not.toContain(referral!.familyName);
      if (referral!.notes) expect(said).not.toContain(referral!.notes);
      if (referral!.accessNeeds) expect(said).not.toContain(referral!.accessNeeds);

      const [row] = await messagesOf(made.body.id);
      expect(row).toMatchObject({
        channel: 'sms',
        outcome: 'message_sent',
        byStaffId: null,
        notifyMessageId: '00000000-0000-4000-8000-000000000001',
        deliveryStatus: 'created',
      });
      const page = await server.call('GET', `/vacancies/${place.vacancyId}`);
      expect(page.body.vacancy.openOffer.contacts[0]).toMatchObject({
        byName: 'GOV.UK Notify',
        deliveryStatus: 'created',
      });
      expect(page.text).not.toContain(SECRET);

      // The delivery-status job records Notify's word, once; a final status is not asked again.
      const first = await runDeliveryStatus(db.db, fake, { holder: 'test' });
      expect(first).toMatchObject({ held: true, changed: 1 });
      expect((await messagesOf(made.body.id))[0]?.deliveryStatus).toBe('delivered');
      expect(await runDeliveryStatus(db.db, fake, { holder: 'test' })).toMatchObject({
        asked: 0,
      });
      const audit = await db.db
        .select()
        .from(auditEvents)
        .where(inArray(auditEvents.action, ['offer.message-sent', 'offer.message-status']));
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([
        ['offer.message-sent', 'system'],
        ['offer.message-status', 'system'],
      ]);
    } finally {
      await server.close();
    }
  });

  it('records a refusal on the offer with a reason and no personal data, and the offer stands', async () => {
    const server = await serve(fake);
    try {
      fail = new NotifyError('BadRequestError', 400);
      const place = await freedPlace();
      const made = await server.call(
        'POST',
        `/vacancies/${place.vacancyId}/offers`,
        { referralId: place.referralId },
        1,
      );
      expect(made.status, made.text).toBe(201);
      const [row] = await messagesOf(made.body.id);
      expect(row).toMatchObject({
        outcome: 'message_not_sent',
        notifyMessageId: null,
        deliveryStatus: 'not-sent',
        note: 'GOV.UK Notify refused it (HTTP 400, BadRequestError)',
      });
      const [audit] = await db.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, 'offer.message-not-sent'),
            eq(auditEvents.entityId, made.body.id),
          ),
        );
      expect(audit?.actorId).toBe('system');
      // What was logged names the offer and the kind of failure: no phone number, no key.
      const logged = logLines.join('\n');
      expect(logged).toContain('offer message not sent');
      expect(logged).not.toMatch(/07700/);
      expect(logged).not.toContain(SECRET);
    } finally {
      await server.close();
    }
  });

  it('sends nothing and says so when the server has no Notify key', async () => {
    const server = await serve(null);
    try {
      expect((await server.call('GET', '/settings')).body.notifyConfigured).toBe(false);
      const place = await freedPlace();
      const made = await server.call(
        'POST',
        `/vacancies/${place.vacancyId}/offers`,
        { referralId: place.referralId },
        1,
      );
      expect(made.status, made.text).toBe(201);
      expect(sent).toEqual([]);
      expect(await messagesOf(made.body.id)).toEqual([]);
      // The page has what the by-hand script needs.
      expect(made.body.message).toMatchObject({ first_name: expect.any(String) });
    } finally {
      await server.close();
    }
  });
});
