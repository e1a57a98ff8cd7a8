import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../mocks/db';
import { resetMockDb, server } from '../../mocks/node';
import { fitsCohort } from '../../src/domain/candidates';
import { call } from './api-client';
import { withdrawOneFrom } from '../utils/vacancy-fixture';

const ADMIN = 'sam.patel@nhs.net';
const FACILITATOR = 'priya.shah@nhs.net';
const MANAGER = 'joanne.fraser@nhs.net';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDb());
afterAll(() => server.close());

const referral = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  nhsNumber: '943 476 5919',
  dateOfBirth: '1970-01-01',
  borough: 'Islington',
  gpPractice: 'Archway Medical Centre',
  phone: '',
  email: 'ada@example.com',
  referralDate: '2026-11-01',
  availability: [{ day: 'tue', time: 'morning' }],
  accessNeeds: '',
  urgent: false,
  notes: '',
};

describe('referrals API', () => {
  it('adds an eligible referral to the waiting list, with an audit entry', async () => {
    const r = await call('POST', '/referrals', { as: ADMIN, body: referral });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ nhsNumber: '9434765919', status: 'waiting' });
    expect(store.data.audit.at(-1)).toMatchObject({
      action: 'referral.create',
      entityId: r.body.id,
    });
  });

  it('refuses Camden with signposting and other boroughs generically, adding no one', async () => {
    const before = store.data.referrals.length;
    const camden = await call('POST', '/referrals', {
      as: ADMIN,
      body: { ...referral, borough: 'Camden' },
    });
    expect(camden.status).toBe(422);
    expect(camden.body.error.code).toBe('ineligible_borough');
    expect(camden.body.error.message).toMatch(
      /Camden’s MSK pain services.*self-referral or through their GP/,
    );
    const hackney = await call('POST', '/referrals', {
      as: ADMIN,
      body: { ...referral, borough: 'Hackney' },
    });
    expect(hackney.body.error.message).toMatch(
      /only for patients registered with a GP in Islington/,
    );
    expect(store.data.referrals).toHaveLength(before);
  });

  it('refuses a second open referral for one NHS number, pointing at the first', async () => {
    const first = await call('POST', '/referrals', { as: ADMIN, body: referral });
    const again = await call('POST', '/referrals', {
      as: ADMIN,
      body: { ...referral, givenName: 'Augusta' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'duplicate_nhs_number',
      current: { id: first.body.id },
    });
  });

  it('maps bad input to field errors', async () => {
    const r = await call('POST', '/referrals', {
      as: ADMIN,
      body: {
        ...referral,
        nhsNumber: '9434765918',
        email: '',
        availability: [],
      },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fieldErrors).sort()).toEqual([
      'availability',
      'nhsNumber',
      'phone',
    ]);
  });

  it('lets managers look but not write, and keeps facilitators out', async () => {
    expect((await call('POST', '/referrals/search', { as: MANAGER, body: {} })).status).toBe(200);
    expect((await call('POST', '/referrals', { as: MANAGER, body: referral })).status).toBe(403);
    expect((await call('POST', '/referrals/search', { as: FACILITATOR, body: {} })).status).toBe(
      403,
    );
    expect((await call('POST', '/referrals', { as: FACILITATOR, body: referral })).status).toBe(
      403,
    );
    const { vacancy } = withdrawOneFrom('Winter A – online');
    expect((await call('GET', '/vacancies', { as: MANAGER })).status).toBe(200);
    const referralId = store.data.referrals[0]?.id;
    for (const who of [MANAGER, FACILITATOR]) {
      expect(
        (
          await call('POST', `/vacancies/${vacancy.id}/offers`, {
            as: who,
            body: { referralId },
            headers: { 'If-Match': '"1"' },
          })
        ).status,
      ).toBe(403);
    }
    expect(store.data.offers).toHaveLength(0);
  });

  it('loads a 10,000-person demo waiting list on request (admin only)', async () => {
    const r = await call('POST', '/demo/seed-waiting-list', { as: ADMIN, body: { count: 10_000 } });
    expect(r.status).toBe(200);
    const list = await call('POST', '/referrals/search', {
      as: MANAGER,
      body: { status: 'waiting', limit: 1 },
    });
    expect(list.body.total).toBe(r.body.waiting);
    expect(r.body.waiting).toBeGreaterThanOrEqual(10_000);
    expect(new Set(store.data.referrals.map((x) => x.nhsNumber)).size).toBe(
      store.data.referrals.length,
    );
  });
});

describe('vacancies and candidates API', () => {
  it('lists an open vacancy with sessions left and cut-off, and suggests fitting candidates in order', async () => {
    const { vacancy, cohort } = withdrawOneFrom('Winter A – online');
    const list = await call('GET', '/vacancies', { as: ADMIN });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id: vacancy.id,
      sessionsLeft: 8,
      offerable: true,
      openOffer: null,
    });
    const detail = await call('GET', `/vacancies/${vacancy.id}`, { as: ADMIN });
    const candidates = detail.body.candidates as {
      referralId: string;
      urgent: boolean;
      referralDate: string;
    }[];
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      const r = store.data.referrals.find((x) => x.id === c.referralId);
      expect(r && fitsCohort(r.availability, cohort)).toBe(true);
    }
    const keys = candidates.map((c) => `${c.urgent ? 0 : 1}${c.referralDate}`);
    expect(keys).toEqual([...keys].sort());
  });
});
