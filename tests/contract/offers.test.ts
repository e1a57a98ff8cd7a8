import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  expectContract,
  expectError,
  referral,
  resetDemo,
  freePlaceInPlannedCohort,
} from './contract-client';

// On every backend: the vacancy's search of the whole waiting list with why
// each person is not suggested, an offer to someone outside the suggestions (and a refusal
// for someone who cannot take it), a decline that says why (400 without), and offers past
// their expiry read as expired without any write. Time moves through the test clock header,
// which only a test build of the mock and a NODE_ENV=test server honour.

const HOUR = 3_600_000;
const LATER = { 'X-Test-Clock': `+${49 * HOUR}` };

interface Reason {
  code: string;
  text: string;
  blocks: boolean;
}
interface Found {
  referralId: string;
  name: string;
  reasons: Reason[];
  canOffer: boolean;
}
interface Vacancy {
  id: string;
  version: number;
  cohortId: string;
  cohort: { startDate: string; startTime: string };
  openOffer: { id: string } | null;
}
interface Detail {
  vacancy: Vacancy;
  candidates: { referralId: string; name: string }[];
  offers: { id: string; referralId: string; status: string; declineReason: string | null }[];
}
interface OfferAnswer {
  id: string;
  status: string;
  version: number;
  declineReason: string | null;
}

let vacancy: Vacancy;

const detail = async (headers?: Record<string, string>) =>
  expectContract(
    'GET /vacancies/:id',
    await call<Detail>('GET /vacancies/:id', {
      as: AS.admin,
      params: { id: vacancy.id },
      ...(headers ? { headers } : {}),
    }),
  );

const search = async (text: string, headers?: Record<string, string>) =>
  expectContract(
    'POST /vacancies/:id/search',
    await call<{ items: Found[]; total: number }>('POST /vacancies/:id/search', {
      as: AS.manager,
      params: { id: vacancy.id },
      body: { text },
      ...(headers ? { headers } : {}),
    }),
  ).items;

/** Someone new on the list who is free only on a day this cohort never meets. */
async function addUnsuitable(nhsNumber: string, day: string) {
  const created = await call<{ id: string }>('POST /referrals', {
    as: AS.admin,
    body: { ...referral(nhsNumber), availability: [{ day, time: 'afternoon' }] },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

beforeAll(async () => {
  await resetDemo();
  const plannedId = await freePlaceInPlannedCohort('Back at work');
  const open = (await call<{ items: Vacancy[] }>('GET /vacancies', { as: AS.admin })).body.items;
  vacancy = open.find((v) => v.cohortId === plannedId)!;
});

const otherDay = (startDate: string) =>
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date(startDate).getUTCDay() + 2) % 7]!;

describe('offers to anyone who fits', () => {
  it('POST /vacancies/:id/search says why each person is not suggested, by the same rule as the suggestions', async () => {
    const suggested = (await detail()).candidates[0]!;
    const found = await search(suggested.name);
    expect(found.find((f) => f.referralId === suggested.referralId)).toMatchObject({
      reasons: [],
      canOffer: true,
    });
    const id = await addUnsuitable('9990001863', otherDay(vacancy.cohort.startDate));
    const [unsuitable] = await search('9990001863');
    expect(unsuitable?.referralId).toBe(id);
    expect(unsuitable?.reasons.map((r) => r.code)).toEqual(['not_available']);
    expect(unsuitable?.reasons[0]?.text).toMatch(
      /^not available on \w+day (morning|afternoon|evening)s$/,
    );
    expect(unsuitable?.canOffer).toBe(true);
    expect((await detail()).candidates.map((c) => c.referralId)).not.toContain(id);
  });

  it('refuses to offer the place to someone who cannot take it (closed): 409', async () => {
    const id = await addUnsuitable('9990001871', otherDay(vacancy.cohort.startDate));
    const entry = (
      await call<{ version: number }>('GET /referrals/:id', { as: AS.admin, params: { id } })
    ).body;
    await call('POST /referrals/:id/close', {
      as: AS.admin,
      params: { id },
      version: entry.version,
      body: { reason: 'moved_out_of_area' },
    });
    const [closed] = await search('9990001871');
    expect(closed?.reasons).toEqual([
      { code: 'closed', text: 'closed (moved out of area)', blocks: true },
      expect.objectContaining({ code: 'not_available', blocks: false }),
    ]);
    expect(closed?.canOffer).toBe(false);
    expectError(
      await call('POST /vacancies/:id/offers', {
        as: AS.admin,
        params: { id: vacancy.id },
        version: vacancy.version,
        body: { referralId: id, expiresInHours: 48 },
      }),
      409,
      'invalid_state',
    );
  });

  it('offers the place to a searched person outside the suggestions; they then show as holding an offer', async () => {
    const [unsuitable] = await search('9990001863');
    const offer = expectContract(
      'POST /vacancies/:id/offers',
      await call<OfferAnswer>('POST /vacancies/:id/offers', {
        as: AS.admin,
        params: { id: vacancy.id },
        version: vacancy.version,
        body: { referralId: unsuitable!.referralId, expiresInHours: 48 },
      }),
    );
    expect(offer.status).toBe('open');
    const [now] = await search('9990001863');
    expect(now?.reasons.map((r) => r.code)).toContain('open_offer');
    expect(now?.canOffer).toBe(false);
    const declinedWithout = expectError(
      await call('POST /offers/:id/outcome', {
        as: AS.admin,
        params: { id: offer.id },
        version: offer.version,
        body: { outcome: 'declined' },
      }),
      400,
      'validation_failed',
    );
    expect(declinedWithout.fieldErrors?.reason).toBeDefined();
    const declined = expectContract(
      'POST /offers/:id/outcome',
      await call<OfferAnswer>('POST /offers/:id/outcome', {
        as: AS.admin,
        params: { id: offer.id },
        version: offer.version,
        body: { outcome: 'declined', reason: 'time_does_not_suit' },
      }),
    );
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'time_does_not_suit' });
    const [after] = await search('9990001863');
    expect(after?.reasons.map((r) => r.text)).toContain('already offered this place (declined)');
  });

  it('an offer past its expiry reads as expired, without a write; the next candidate is suggested', async () => {
    const before = await detail();
    const first = before.candidates[0]!;
    const offer = expectContract(
      'POST /vacancies/:id/offers',
      await call<OfferAnswer>('POST /vacancies/:id/offers', {
        as: AS.admin,
        params: { id: vacancy.id },
        version: before.vacancy.version,
        body: { referralId: first.referralId, expiresInHours: 48 },
      }),
    );
    const later = await detail(LATER);
    expect(later.vacancy.openOffer).toBeNull();
    expect(later.offers.find((o) => o.id === offer.id)?.status).toBe('expired');
    expect(later.candidates.map((c) => c.referralId)).not.toContain(first.referralId);
    expect(later.candidates[0]?.referralId).toBe(before.candidates[1]?.referralId);
    // Nothing was written: read at the real time, it is still open.
    expect((await detail()).vacancy.openOffer?.id).toBe(offer.id);
    // Accepting it later is refused; an offer to the next candidate records the expiry first.
    expectError(
      await call('POST /offers/:id/outcome', {
        as: AS.admin,
        params: { id: offer.id },
        version: offer.version,
        body: { outcome: 'accepted' },
        headers: LATER,
      }),
      409,
      'invalid_state',
    );
    const next = await call<OfferAnswer>('POST /vacancies/:id/offers', {
      as: AS.admin,
      params: { id: vacancy.id },
      version: later.vacancy.version,
      body: { referralId: later.candidates[0]!.referralId, expiresInHours: 48 },
      headers: LATER,
    });
    expect(next.status).toBe(201);
    const stored = await detail();
    expect(stored.offers.find((o) => o.id === offer.id)?.status).toBe('expired');
    expect(stored.vacancy.openOffer?.id).toBe(next.body.id);
  });
});
