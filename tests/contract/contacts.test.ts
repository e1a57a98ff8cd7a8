import { beforeAll, describe, expect, it } from 'vitest';
import { failedAttemptsSinceReached } from '../../src/domain/contact-attempts';
import {
  AS,
  call,
  expectContract,
  expectError,
  referral,
  resetDemo,
  freePlaceInPlannedCohort,
} from './contract-client';

// The contact log, on every backend. Admins log attempts about an entry or an
// offer; who made one is the signed-in user (a body naming someone else changes nothing); the
// log comes back with the entry and the offer; each attempt is audited.

interface Contact {
  id: string;
  referralId: string;
  offerId: string | null;
  outcome: Parameters<typeof failedAttemptsSinceReached>[0][number]['outcome'];
  byStaffId: string;
  byName: string;
  at: string;
  recordedAt: string;
}
interface Detail {
  id: string;
  contacts: Contact[];
}

const attempt = { channel: 'phone', outcome: 'no_answer' };

async function add(nhsNumber: string): Promise<string> {
  const created = await call<{ id: string }>('POST /referrals', {
    as: AS.admin,
    body: referral(nhsNumber),
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A place freed in a planned cohort, offered to the first suggested person. */
async function anOffer(): Promise<{ id: string; referralId: string }> {
  const plannedId = await freePlaceInPlannedCohort('Moving away');
  const vacancy = (
    await call<{ items: { id: string; cohortId: string; version: number }[] }>('GET /vacancies', {
      as: AS.admin,
    })
  ).body.items.find((v) => v.cohortId === plannedId)!;
  const detail = (
    await call<{ candidates: { referralId: string }[] }>('GET /vacancies/:id', {
      as: AS.admin,
      params: { id: vacancy.id },
    })
  ).body;
  const offer = await call<{ id: string; referralId: string }>('POST /vacancies/:id/offers', {
    as: AS.admin,
    params: { id: vacancy.id },
    version: vacancy.version,
    body: { referralId: detail.candidates[0]!.referralId, expiresInHours: 48 },
  });
  expect(offer.status).toBe(201);
  return offer.body;
}

beforeAll(resetDemo);

describe('POST /referrals/:id/contacts', () => {
  it('logs an attempt by the signed-in admin (201); the entry shows its log newest first', async () => {
    const id = await add('9990001901');
    const first = expectContract(
      'POST /referrals/:id/contacts',
      await call<Contact>('POST /referrals/:id/contacts', {
        as: AS.admin,
        params: { id },
        body: { ...attempt, at: '2026-01-05T09:30:00.000Z', note: 'Rang at 9:30' },
      }),
    );
    expect(first).toMatchObject({
      referralId: id,
      offerId: null,
      outcome: 'no_answer',
      byName: 'Sam Patel',
      at: '2026-01-05T09:30:00.000Z',
    });
    // Who made it comes from the session: a body naming someone else is not believed.
    const second = expectContract(
      'POST /referrals/:id/contacts',
      await call<Contact>('POST /referrals/:id/contacts', {
        as: AS.admin,
        params: { id },
        body: { channel: 'sms', outcome: 'left_message', byStaffId: 'stf-someone-else' },
      }),
    );
    expect(second.byStaffId).toBe(first.byStaffId);
    expect(Date.parse(second.at)).toBeGreaterThan(Date.now() - 60_000);
    const detail = expectContract(
      'GET /referrals/:id',
      await call<Detail>('GET /referrals/:id', { as: AS.manager, params: { id } }),
    );
    expect(detail.contacts.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(failedAttemptsSinceReached(detail.contacts)).toBe(2);
  });

  it('refuses a bad body (400 with the field), another role (403) and an unknown entry (404)', async () => {
    const id = await add('9990001928');
    for (const [body, field] of [
      [{ outcome: 'no_answer' }, 'channel'],
      [{ channel: 'phone', outcome: 'shouted' }, 'outcome'],
      // Only the server records what GOV.UK Notify sent.
      [{ channel: 'sms', outcome: 'message_sent' }, 'outcome'],
      [{ channel: 'email', outcome: 'message_not_sent' }, 'outcome'],
      // Nor can staff say the person answered by their link: only the link records that.
      [{ channel: 'link', outcome: 'spoke' }, 'channel'],
      [{ channel: 'phone', outcome: 'accepted_by_link' }, 'outcome'],
      [{ channel: 'phone', outcome: 'other' }, 'outcomeText'],
      [{ ...attempt, at: new Date(Date.now() + 86_400_000).toISOString() }, 'at'],
      [{ ...attempt, note: 'x'.repeat(301) }, 'note'],
    ] as const) {
      const bad = expectError(
        await call('POST /referrals/:id/contacts', { as: AS.admin, params: { id }, body }),
        400,
        'validation_failed',
      );
      expect(Object.keys(bad.fieldErrors ?? {})).toEqual([field]);
    }
    for (const who of [AS.manager, AS.facilitator]) {
      expectError(
        await call('POST /referrals/:id/contacts', { as: who, params: { id }, body: attempt }),
        403,
        'forbidden',
      );
    }
    expectError(
      await call('POST /referrals/:id/contacts', {
        as: AS.admin,
        params: { id: 'ref_nobody' },
        body: attempt,
      }),
      404,
      'not_found',
    );
    const detail = await call<Detail>('GET /referrals/:id', { as: AS.admin, params: { id } });
    expect(detail.body.contacts).toEqual([]);
  });

  it('is in the audit trail, without the note’s person details beyond what was typed', async () => {
    const id = await add('9990001936');
    await call('POST /referrals/:id/contacts', {
      as: AS.admin,
      params: { id },
      body: { channel: 'letter', outcome: 'letter_sent' },
    });
    const trail = await call<{ items: { action: string; after: { outcome?: string } }[] }>(
      'GET /audit',
      { as: AS.admin, query: { record: id } },
    );
    expect(trail.body.items.map((e) => e.action)).toEqual(['contact.record', 'referral.create']);
    expect(trail.body.items[0]?.after.outcome).toBe('letter_sent');
  });
});

describe('POST /offers/:id/contacts', () => {
  it('logs an attempt about an offer (201): on the offer, and on the entry where attempts are counted', async () => {
    const offer = await anOffer();
    const logged = expectContract(
      'POST /offers/:id/contacts',
      await call<Contact>('POST /offers/:id/contacts', {
        as: AS.admin,
        params: { id: offer.id },
        body: { channel: 'phone', outcome: 'accepted_by_phone' },
      }),
    );
    expect(logged).toMatchObject({ offerId: offer.id, referralId: offer.referralId });
    const entry = (
      await call<Detail>('GET /referrals/:id', {
        as: AS.admin,
        params: { id: offer.referralId },
      })
    ).body;
    expect(entry.contacts.map((c) => c.id)).toContain(logged.id);
    const vacancies = (
      await call<{
        items: { id: string; openOffer: { id: string; contacts: Contact[] } | null }[];
      }>('GET /vacancies', { as: AS.manager })
    ).body.items;
    const open = vacancies.find((v) => v.openOffer?.id === offer.id)?.openOffer;
    expect(open?.contacts.map((c) => c.id)).toEqual([logged.id]);
    const trail = await call<{ items: { action: string }[] }>('GET /audit', {
      as: AS.admin,
      query: { record: offer.id },
    });
    expect(trail.body.items.map((e) => e.action)).toContain('contact.record');
  });

  it('refuses a bad body (400), another role (403) and an unknown offer (404)', async () => {
    const vacancies = (
      await call<{ items: { openOffer: { id: string } | null }[] }>('GET /vacancies', {
        as: AS.admin,
      })
    ).body.items;
    const offerId = vacancies.find((v) => v.openOffer)!.openOffer!.id;
    const bad = expectError(
      await call('POST /offers/:id/contacts', {
        as: AS.admin,
        params: { id: offerId },
        body: { channel: 'pigeon', outcome: 'no_answer' },
      }),
      400,
      'validation_failed',
    );
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(['channel']);
    expectError(
      await call('POST /offers/:id/contacts', {
        as: AS.manager,
        params: { id: offerId },
        body: attempt,
      }),
      403,
      'forbidden',
    );
    expectError(
      await call('POST /offers/:id/contacts', {
        as: AS.admin,
        params: { id: 'off_nobody' },
        body: attempt,
      }),
      404,
      'not_found',
    );
  });
});
