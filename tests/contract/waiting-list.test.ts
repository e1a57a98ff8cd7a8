import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  listedCount,
  expectContract,
  expectError,
  referral,
  resetDemo,
  freePlaceInPlannedCohort,
} from './contract-client';

beforeAll(resetDemo);

describe('waiting list, vacancies and offers (admin)', () => {
  it('POST /referrals adds to the waiting list; a duplicate NHS number is refused', async () => {
    const created = expectContract(
      'POST /referrals',
      await call<{ id: string; status: string }>('POST /referrals', {
        as: AS.admin,
        body: referral('9990000026'),
      }),
    );
    expect(created.status).toBe('waiting');
    const list = (
      await call<{ items: { id: string }[] }>('POST /referrals/search', {
        as: AS.manager,
        body: { text: '9990000026' },
      })
    ).body.items;
    expect(list.map((r) => r.id)).toEqual([created.id]);
    const again = expectError(
      await call('POST /referrals', { as: AS.admin, body: referral('9990000026') }),
      409,
      'duplicate_nhs_number',
    );
    expect(again.fieldErrors?.nhsNumber).toBeDefined();
  });

  it('a referral from an ineligible borough is refused with where to signpost', async () => {
    const error = expectError(
      await call('POST /referrals', { as: AS.admin, body: referral('9990000034', 'Camden') }),
      422,
      'ineligible_borough',
    );
    expect(error.fieldErrors?.borough?.[0]).toMatch(/Camden/);
  });

  it('a withdrawal frees a place; it is offered to someone waiting, who accepts', async () => {
    const plannedId = await freePlaceInPlannedCohort('Back at work');

    const vacancies = expectContract(
      'GET /vacancies',
      await call<{ items: { id: string; cohortId: string; version: number }[] }>('GET /vacancies', {
        as: AS.admin,
      }),
    ).items;
    const vacancy = vacancies.find((v) => v.cohortId === plannedId)!;
    const detail = expectContract(
      'GET /vacancies/:id',
      await call<{ candidates: { referralId: string }[] }>('GET /vacancies/:id', {
        as: AS.manager,
        params: { id: vacancy.id },
      }),
    );
    expect(detail.candidates.length).toBeGreaterThan(0);
    const offer = expectContract(
      'POST /vacancies/:id/offers',
      await call<{ id: string; status: string; version: number }>('POST /vacancies/:id/offers', {
        as: AS.admin,
        params: { id: vacancy.id },
        version: vacancy.version,
        body: { referralId: detail.candidates[0]!.referralId, expiresInHours: 48 },
      }),
    );
    expect(offer.status).toBe('open');
    const accepted = expectContract(
      'POST /offers/:id/outcome',
      await call<{ status: string }>('POST /offers/:id/outcome', {
        as: AS.admin,
        params: { id: offer.id },
        version: offer.version,
        body: { outcome: 'accepted' },
      }),
    );
    expect(accepted.status).toBe('accepted');
    const stillOpen = (await call<{ items: { id: string }[] }>('GET /vacancies', { as: AS.admin }))
      .body.items;
    expect(stillOpen.map((v) => v.id)).not.toContain(vacancy.id);
  });

  it('POST /demo/seed-waiting-list grows the list (demo backend)', async () => {
    const before = await listedCount();
    const seeded = expectContract(
      'POST /demo/seed-waiting-list',
      await call<{ waiting: number }>('POST /demo/seed-waiting-list', {
        as: AS.admin,
        body: { count: 5 },
      }),
    );
    expect(seeded.waiting).toBeGreaterThan(0);
    expect(await listedCount()).toBe(before + 5);
  });
});
