import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitingOn } from '../../src/backend/views/dashboard-charts';
import { waitingNow } from '../../src/backend/views/dashboard-summary';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { generateReferrals } from '../../src/demo-seed/seed-waiting-list';
import { recordsAt } from '../../src/domain/commands/offer-expiry';
import { appendAudit } from '../../src/server/audit-chain';
import { waitingFiguresIn } from '../../src/server/db/dashboard-query';
import * as t from '../../src/server/db/domain-tables';
import { readSnapshot } from '../../src/server/db/records';
import { insertDemoSeed } from '../../src/server/db/seed-demo';
import { BACKENDS, type TestDatabase } from './backends';

// The dashboard's waiting-list figures are counted in SQL on the server (dashboard-query.ts);
// the rules in the shared views (waitingNow, waitingOn) stay the oracle. On generated lists
// (statuses, referral dates, closing entries, people with places, open offers that have run
// out or not), both must answer the same.

const TODAY = '2026-03-02';
const day = fc
  .integer({ min: 0, max: 540 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const entry = fc.record({
  status: fc.constantFrom('waiting', 'offered', 'enrolled', 'closed'),
  referralDate: day,
  closes: fc.array(day, { maxLength: 2 }),
  // An enrolled entry of someone who has a place (their joining day is what counts).
  placed: fc.boolean(),
  // An offered entry's open offer, and the day it runs out (before or after the moment asked).
  offerExpires: fc.option(day, { nil: undefined }),
});

class RollBack extends Error {}

describe.each(BACKENDS)('the dashboard SQL agrees with its rule on $name', (backend) => {
  let db: TestDatabase;
  const seed = demoSeed({ today: TODAY });
  beforeAll(async () => {
    db = await backend.open();
    await db.db.transaction((tx) => insertDemoSeed(tx, seed));
  }, 180_000);
  afterAll(() => db?.close());

  it('waiting now and waiting on each day, on generated lists', async () => {
    const placed = [...new Set(seed.enrolments.map((e) => e.participantId))];
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 25 }),
        fc.array(day, { minLength: 1, maxLength: 6 }),
        day,
        async (entries, someDays, nowDay) => {
          // The edges: the days people joined, were referred and left are counted on too.
          const dates = [
            ...someDays,
            ...entries.flatMap((e) => [e.referralDate, ...e.closes]).slice(0, 6),
            ...seed.enrolments.slice(0, 3).map((e) => e.joinedOn),
          ];
          const now = new Date(`${nowDay}T12:00:00Z`);
          const made = generateReferrals(
            seed.participants.map((p) => p.nhsNumber),
            entries.length,
            TODAY,
          );
          const answers = await db.db
            .transaction(async (tx) => {
              const people = made.participants;
              const referrals = entries.map((e, i) => {
                const onPlace = e.status === 'enrolled' && e.placed && placed.length > 0;
                return {
                  ...made.referrals[i]!,
                  status: e.status,
                  referralDate: e.referralDate,
                  participantId: onPlace
                    ? placed[i % placed.length]!
                    : made.referrals[i]!.participantId,
                };
              });
              if (people.length) await tx.insert(t.participants).values(people);
              if (referrals.length) await tx.insert(t.referrals).values(referrals);
              // Open offers, each on a place of its own (one open offer per place).
              const offered = entries.flatMap((e, i) =>
                e.status === 'offered' && e.offerExpires ? [{ i, expires: e.offerExpires }] : [],
              );
              const [cohort, freedBy] = [seed.cohorts[0]!, seed.enrolments[0]!];
              for (const { i, expires } of offered) {
                const vacancyId = `vac_test_${i}`;
                await tx.insert(t.vacancies).values({
                  id: vacancyId,
                  cohortId: cohort.id,
                  freedByEnrolmentId: freedBy.id,
                  openedAt: `${TODAY}T09:00:00.000Z`,
                  status: 'open',
                });
                await tx.insert(t.offers).values({
                  id: `off_test_${i}`,
                  vacancyId,
                  referralId: referrals[i]!.id,
                  createdAt: `${TODAY}T09:00:00.000Z`,
                  createdBy: 'stf_sam',
                  expiresAt: `${expires}T06:00:00.000Z`,
                  status: 'open',
                });
              }
              for (const [i, e] of entries.entries())
                for (const close of e.closes)
                  await appendAudit(tx, {
                    actorId: 'stf_sam',
                    actorRole: 'admin',
                    action: 'referral.close',
                    entity: 'referral',
                    entityId: referrals[i]!.id,
                    requestId: 'test',
                    at: new Date(`${close}T23:30:00Z`),
                  });
              const all = recordsAt(
                await readSnapshot(tx, { everyone: true, listHistory: true }),
                now,
              );
              const figures = await waitingFiguresIn(tx, TODAY, now, dates);
              const got = { now: figures.now, on: figures.counts };
              const want = { now: waitingNow(all, TODAY), on: waitingOn(all, dates) };
              throw Object.assign(new RollBack(), { got, want });
            })
            .catch((e: unknown) => {
              if (e instanceof RollBack) return e as RollBack & { got: unknown; want: unknown };
              throw e;
            });
          expect(answers.got).toEqual(answers.want);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
