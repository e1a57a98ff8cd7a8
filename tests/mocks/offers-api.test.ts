import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../mocks/db';
import { resetMockDb, server } from '../../mocks/node';
import { call } from './api-client';
import { withdrawOneFrom } from '../utils/vacancy-fixture';

const ADMIN = 'sam.patel@nhs.net';
const OTHER_ADMIN = 'leah.brennan@nhs.net';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDb());
afterAll(() => server.close());

const ifMatch = (version: number, key?: string) => ({
  'If-Match': `"${version}"`,
  ...(key ? { 'Idempotency-Key': key } : {}),
});

async function offerTopCandidate(vacancyId: string, as = ADMIN) {
  const detail = await call('GET', `/vacancies/${vacancyId}`, { as });
  const candidate = detail.body.candidates[0];
  const offer = await call('POST', `/vacancies/${vacancyId}/offers`, {
    as,
    body: { referralId: candidate.referralId },
    headers: ifMatch(detail.body.vacancy.version),
  });
  return { candidate, offer, detail };
}

describe('offers', () => {
  it('offers with a 48-hour expiry by default, and one open offer per vacancy and per person', async () => {
    const { vacancy } = withdrawOneFrom('Winter A – online');
    const { candidate, offer } = await offerTopCandidate(vacancy.id);
    expect(offer.status).toBe(201);
    const hours = (Date.parse(offer.body.expiresAt) - Date.parse(offer.body.createdAt)) / 3_600_000;
    expect(hours).toBe(48);
    expect(store.data.referrals.find((r) => r.id === candidate.referralId)?.status).toBe('offered');
    const fresh = await call('GET', `/vacancies/${vacancy.id}`, { as: ADMIN });
    const second = fresh.body.candidates[0].referralId;
    const again = await call('POST', `/vacancies/${vacancy.id}/offers`, {
      as: ADMIN,
      body: { referralId: second },
      headers: ifMatch(fresh.body.vacancy.version),
    });
    expect(again.status).toBe(409);
    const { vacancy: other } = withdrawOneFrom('Winter B – online evenings');
    const otherDetail = await call('GET', `/vacancies/${other.id}`, { as: ADMIN });
    const samePerson = await call('POST', `/vacancies/${other.id}/offers`, {
      as: ADMIN,
      body: { referralId: candidate.referralId },
      headers: ifMatch(otherDetail.body.vacancy.version),
    });
    expect(samePerson.status).toBe(409);
    expect(store.data.offers.filter((o) => o.status === 'open')).toHaveLength(1);
  });

  it('two admins offering the same place at once: one offer, the other refused', async () => {
    const { vacancy } = withdrawOneFrom('Winter A – online');
    const detail = await call('GET', `/vacancies/${vacancy.id}`, { as: ADMIN });
    const [a, b] = detail.body.candidates;
    const results = await Promise.all([
      call('POST', `/vacancies/${vacancy.id}/offers`, {
        as: ADMIN,
        body: { referralId: a.referralId },
        headers: ifMatch(vacancy.version),
      }),
      call('POST', `/vacancies/${vacancy.id}/offers`, {
        as: OTHER_ADMIN,
        body: { referralId: b.referralId },
        headers: ifMatch(vacancy.version),
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 412]);
    expect(store.data.offers).toHaveLength(1);
  });

  it('accepting enrols the person as confirmed, fills the vacancy and takes them off the list', async () => {
    const { vacancy, cohort } = withdrawOneFrom('Winter A – online');
    const { candidate, offer } = await offerTopCandidate(vacancy.id);
    const r = await call('POST', `/offers/${offer.body.id}/outcome`, {
      as: ADMIN,
      body: { outcome: 'accepted' },
      headers: ifMatch(offer.body.version),
    });
    expect(r.status).toBe(200);
    const referral = store.data.referrals.find((x) => x.id === candidate.referralId);
    expect(referral?.status).toBe('enrolled');
    expect(
      store.data.enrolments.filter(
        (e) =>
          e.participantId === referral?.participantId &&
          e.cohortId === cohort.id &&
          e.status === 'confirmed',
      ),
    ).toHaveLength(1);
    expect(store.data.vacancies.find((v) => v.id === vacancy.id)?.status).toBe('filled');
    expect(store.data.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['offer.create', 'offer.accept', 'enrolment.create', 'vacancy.fill']),
    );
    expect((await call('GET', '/vacancies', { as: ADMIN })).body.items).toHaveLength(0);
  });

  it('declining puts the person back at their original place and suggests the next candidate', async () => {
    const { vacancy } = withdrawOneFrom('Winter A – online');
    const { candidate, offer, detail } = await offerTopCandidate(vacancy.id);
    const dateBefore = store.data.referrals.find(
      (x) => x.id === candidate.referralId,
    )?.referralDate;
    await call('POST', `/offers/${offer.body.id}/outcome`, {
      as: ADMIN,
      body: { outcome: 'declined', reason: 'time_does_not_suit' },
      headers: ifMatch(offer.body.version),
    });
    const referral = store.data.referrals.find((x) => x.id === candidate.referralId);
    expect(referral).toMatchObject({ status: 'waiting', referralDate: dateBefore });
    const after = await call('GET', `/vacancies/${vacancy.id}`, { as: ADMIN });
    expect(after.body.candidates[0].referralId).toBe(detail.body.candidates[1].referralId);
    expect(after.body.offers[0]).toMatchObject({ status: 'declined', name: candidate.name });
  });

  it('refuses to record expiry before the offer has run out', async () => {
    const { vacancy } = withdrawOneFrom('Winter A – online');
    const { offer } = await offerTopCandidate(vacancy.id);
    const r = await call('POST', `/offers/${offer.body.id}/outcome`, {
      as: ADMIN,
      body: { outcome: 'expired' },
      headers: ifMatch(offer.body.version),
    });
    expect(r.status).toBe(409);
    store.data.offers[0]!.expiresAt = new Date(Date.now() - 1000).toISOString();
    const late = await call('POST', `/offers/${offer.body.id}/outcome`, {
      as: ADMIN,
      body: { outcome: 'accepted' },
      headers: ifMatch(offer.body.version),
    });
    expect(late.status).toBe(409);
    const expired = await call('POST', `/offers/${offer.body.id}/outcome`, {
      as: ADMIN,
      body: { outcome: 'expired' },
      headers: ifMatch(offer.body.version),
    });
    expect(expired.status).toBe(200);
    expect(
      store.data.enrolments.filter(
        (e) => e.status === 'confirmed' && e.history[0]?.note?.startsWith('Accepted offer'),
      ),
    ).toHaveLength(0);
  });

  it('50 concurrent accepts of the last place give exactly one enrolment and 49 refusals', async () => {
    const { vacancy, cohort } = withdrawOneFrom('Winter A – online', { lastPlace: true });
    const { offer } = await offerTopCandidate(vacancy.id);
    const enrolmentsBefore = store.data.enrolments.length;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('POST', `/offers/${offer.body.id}/outcome`, {
          as: i % 2 ? ADMIN : OTHER_ADMIN,
          body: { outcome: 'accepted' },
          headers: ifMatch(offer.body.version, `accept-${i}`),
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412 || s === 409)).toHaveLength(49);
    expect(store.data.enrolments).toHaveLength(enrolmentsBefore + 1);
    const held = store.data.enrolments.filter(
      (e) => e.cohortId === cohort.id && ['offered', 'confirmed', 'active'].includes(e.status),
    );
    expect(held).toHaveLength(cohort.capacity);
  });

  it('a double-submitted accept (same Idempotency-Key) acts once and answers the same', async () => {
    const { vacancy } = withdrawOneFrom('Winter A – online');
    const { offer } = await offerTopCandidate(vacancy.id);
    const before = store.data.enrolments.length;
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        call('POST', `/offers/${offer.body.id}/outcome`, {
          as: ADMIN,
          body: { outcome: 'accepted' },
          headers: ifMatch(offer.body.version, 'same-key'),
        }),
      ),
    );
    expect([a?.status, b?.status]).toEqual([200, 200]);
    expect(a?.body).toEqual(b?.body);
    expect(store.data.enrolments).toHaveLength(before + 1);
  });
});
