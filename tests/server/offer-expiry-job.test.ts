import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/server/db/domain-tables';
import { auditEvents, leases } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/db/seed-demo';
import { OFFER_EXPIRY_LEASE, runOfferExpiry } from '../../src/server/offer-expiry-job';
import { BACKENDS, type TestDatabase } from './backends';

// Offers past their expiry are expired by a job one instance runs at a time, under
// a database lease taken in the job's own transaction.

const HOUR = 3_600_000;

describe.each(BACKENDS)('the offer expiry job on $name', (backend) => {
  let db: TestDatabase;
  let offerId = '';
  let referralId = '';
  beforeAll(async () => {
    db = await backend.open();
    await db.owner.transaction((tx) => seedDemo(tx));
    // An open offer of a freed place to someone waiting, made two days ago with 48 hours.
    const [enrolment] = await db.owner.select().from(t.enrolments).limit(1);
    const [referral] = await db.owner
      .select()
      .from(t.referrals)
      .where(eq(t.referrals.status, 'waiting'))
      .limit(1);
    if (!enrolment || !referral) throw new Error('the demo has no enrolment or no one waiting');
    referralId = referral.id;
    await db.owner.insert(t.vacancies).values({
      id: 'vac_job',
      cohortId: enrolment.cohortId,
      freedByEnrolmentId: enrolment.id,
      openedAt: new Date(Date.now() - 50 * HOUR).toISOString(),
      status: 'open',
      closedReason: null,
    });
    offerId = 'off_job';
    await db.owner.insert(t.offers).values({
      id: offerId,
      vacancyId: 'vac_job',
      referralId,
      createdAt: new Date(Date.now() - 49 * HOUR).toISOString(),
      createdBy: 'stf_sam',
      expiresAt: new Date(Date.now() - HOUR).toISOString(),
      status: 'open',
    });
    await db.owner
      .update(t.referrals)
      .set({ status: 'offered' })
      .where(eq(t.referrals.id, referralId));
  }, 120_000);
  afterAll(() => db?.close());

  it('of two runners at once, one holds the lease and expires the offer; the other writes nothing', async () => {
    const other = await db.secondInstance();
    const runs = await Promise.all([
      runOfferExpiry(db.db, { holder: 'runner-a' }),
      runOfferExpiry(other, { holder: 'runner-b' }),
    ]);
    expect(runs.filter((r) => r.held)).toHaveLength(1);
    expect(runs.flatMap((r) => r.expired)).toEqual([offerId]);
    const [offer] = await db.db.select().from(t.offers).where(eq(t.offers.id, offerId));
    expect(offer?.status).toBe('expired');
    // Expired at its expiry time, as every read showed it before the job ran.
    expect(offer?.decidedAt).toBe(offer?.expiresAt);
    const [referral] = await db.db.select().from(t.referrals).where(eq(t.referrals.id, referralId));
    expect(referral?.status).toBe('waiting');
    const audit = await db.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'offer.expire'), eq(auditEvents.entityId, offerId)));
    expect(audit.map((a) => [a.actorId, a.actorRole])).toEqual([['system', 'system']]);
  });

  it('never lets two runners hold it at once, over many rounds; the holder renews it', async () => {
    const other = await db.secondInstance();
    const [lease] = await db.db.select().from(leases).where(eq(leases.name, OFFER_EXPIRY_LEASE));
    const holder = lease?.holder ?? '';
    const stranger = holder === 'runner-a' ? 'runner-b' : 'runner-a';
    for (let round = 0; round < 5; round += 1) {
      const runs = await Promise.all([
        runOfferExpiry(round % 2 ? other : db.db, { holder }),
        runOfferExpiry(round % 2 ? db.db : other, { holder: stranger }),
      ]);
      expect(runs.map((r) => r.held)).toEqual([true, false]);
      expect(runs.flatMap((r) => r.expired)).toEqual([]);
    }
  });

  it('is taken over by another runner once the holder stops renewing and it lapses', async () => {
    const [lease] = await db.db.select().from(leases).where(eq(leases.name, OFFER_EXPIRY_LEASE));
    const holder = lease?.holder ?? '';
    expect((await runOfferExpiry(db.db, { holder: 'runner-c' })).held).toBe(false);
    await db.owner
      .update(leases)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(leases.name, OFFER_EXPIRY_LEASE));
    expect((await runOfferExpiry(db.db, { holder: 'runner-c' })).held).toBe(true);
    // Now the old holder is the one refused.
    expect((await runOfferExpiry(db.db, { holder })).held).toBe(false);
  });
});
