import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, cohortInputOf, resetDemo, type CohortRecord } from './contract-client';

// "Exactly one of 50 concurrent accepts" must hold because of the backend's
// transactions and constraints, not because JavaScript runs one thing at a time. On the server
// the 50 requests are 50 transactions racing on PostgreSQL.

beforeAll(resetDemo);

interface Entry {
  id: string;
  version: number;
  status: string;
}
const HOLDING = ['offered', 'confirmed', 'active', 'completed'];

describe('the last place under 50 concurrent accepts', () => {
  it('gives exactly one enrolment; the other 49 are refused and nothing is over capacity', async () => {
    const cohorts = (await call<{ items: CohortRecord[] }>('GET /cohorts', { as: AS.admin })).body
      .items;
    const cohort = cohorts.find((c) => c.status === 'planned' && c.filled > 1)!;
    const roster = async () =>
      (
        await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
          as: AS.admin,
          params: { id: cohort.id },
        })
      ).body.items;
    const person = (await roster()).find((e) => e.status === 'confirmed')!;
    const left = await call('POST /enrolments/:id/withdraw', {
      as: AS.admin,
      params: { id: person.id },
      version: person.version,
      body: { reason: 'Moved away', date: new Date().toISOString().slice(0, 10) },
    });
    expect(left.status).toBe(200);
    // One place left: capacity = places held + 1.
    const held = (await roster()).filter((e) => HOLDING.includes(e.status)).length;
    const latest = (
      await call<{ cohort: CohortRecord }>('GET /cohorts/:id', {
        as: AS.admin,
        params: { id: cohort.id },
      })
    ).body.cohort;
    const resized = await call('PATCH /cohorts/:id', {
      as: AS.admin,
      params: { id: cohort.id },
      version: latest.version,
      body: cohortInputOf(latest, { capacity: held + 1 }),
    });
    expect(resized.status).toBe(200);

    const vacancy = (
      await call<{ items: { id: string; cohortId: string; version: number }[] }>('GET /vacancies', {
        as: AS.admin,
      })
    ).body.items.find((v) => v.cohortId === cohort.id)!;
    const detail = (
      await call<{ candidates: { referralId: string }[] }>('GET /vacancies/:id', {
        as: AS.admin,
        params: { id: vacancy.id },
      })
    ).body;
    const offer = await call<{ id: string; version: number }>('POST /vacancies/:id/offers', {
      as: AS.admin,
      params: { id: vacancy.id },
      version: vacancy.version,
      body: { referralId: detail.candidates[0]!.referralId },
    });
    expect(offer.status).toBe(201);

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('POST /offers/:id/outcome', {
          as: AS.admin,
          params: { id: offer.body.id },
          version: offer.body.version,
          idempotencyKey: `accept-${i}-${offer.body.id}`,
          body: { outcome: 'accepted' },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    console.log(
      `concurrent accepts: ${statuses.filter((s) => s === 200).length} accepted, ${statuses.filter((s) => s === 409 || s === 412).length} refused of 50`,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409 || s === 412)).toHaveLength(49);
    const after = (await roster()).filter((e) => HOLDING.includes(e.status));
    expect(after).toHaveLength(held + 1);
  }, 60_000);
});
