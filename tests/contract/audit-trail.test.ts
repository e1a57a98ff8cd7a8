import { beforeAll, describe, expect, it } from 'vitest';
import {
  AS,
  call,
  cohortInputOf,
  expectContract,
  referral,
  resetDemo,
  type CohortRecord,
} from './contract-client';

// GET /audit filtered to one record by its kind and id (a record page's "History"), and the
// records each entry is about, by name: the same on the mock and the server.

interface Entry {
  action: string;
  entity: string;
  entityId: string;
  records: { kind: string; id: string; name: string }[];
}
interface Trail {
  items: Entry[];
  total: number;
}

const trail = async (query: Record<string, string>) =>
  expectContract('GET /audit', await call<Trail>('GET /audit', { as: AS.manager, query }));

let cohort: CohortRecord;
let referralId = '';

beforeAll(async () => {
  await resetDemo();
  const cohorts = await call<{ items: CohortRecord[] }>('GET /cohorts', { as: AS.admin });
  cohort = cohorts.body.items.find((c) => c.status === 'planned' && c.filled < c.capacity)!;
  const saved = await call('PATCH /cohorts/:id', {
    as: AS.admin,
    params: { id: cohort.id },
    version: cohort.version,
    body: cohortInputOf(cohort, { capacity: cohort.capacity - 1 }),
  });
  expect(saved.status).toBe(200);
  const created = await call<{ id: string }>('POST /referrals', {
    as: AS.admin,
    body: { ...referral('9990001715'), givenName: 'Audit', familyName: 'Reader' },
  });
  expect(created.status).toBe(201);
  referralId = created.body.id;
});

describe('GET /audit by record', () => {
  // The trail outlives a demo reset, which may hand out the same ids again: entries from
  // earlier runs can match too, so these look at every match and at the newest.
  it('filters to one cohort by entity and id, naming it', async () => {
    const page = await trail({ entity: 'cohort', record: cohort.id });
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items.every((e) => e.entity === 'cohort' && e.entityId === cohort.id)).toBe(true);
    expect(page.items[0]).toMatchObject({
      action: 'cohort.update',
      records: [{ kind: 'cohort', id: cohort.id, name: cohort.name }],
    });
  });

  it('filters to one waiting-list entry, naming the person with a link by id', async () => {
    const page = await trail({ entity: 'referral', record: referralId });
    expect(page.items.every((e) => e.entity === 'referral' && e.entityId === referralId)).toBe(
      true,
    );
    expect(page.items[0]).toMatchObject({
      action: 'referral.create',
      records: [{ kind: 'referral', id: referralId, name: 'Audit Reader' }],
    });
  });

  it('the kind must match as well as the id; a kind alone lists that kind only', async () => {
    expect((await trail({ entity: 'enrolment', record: cohort.id })).total).toBe(0);
    const cohortsOnly = await trail({ entity: 'cohort', limit: '200' });
    expect(cohortsOnly.total).toBeGreaterThan(0);
    expect(cohortsOnly.items.every((e) => e.entity === 'cohort')).toBe(true);
  });

  it('ignores an entity filter it cannot read, as it does any bad filter', async () => {
    const all = await trail({});
    const bad = await trail({ entity: 'x'.repeat(41) });
    expect(bad.total).toBe(all.total);
  });
});
