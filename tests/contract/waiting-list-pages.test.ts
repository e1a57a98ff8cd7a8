import { beforeAll, describe, expect, it } from 'vitest';
import { WAITING_SORTS } from '../../src/api/schemas/waiting-list';
import { compareListed, matchesStatus, type ListedReferral } from '../../src/domain/waiting-list';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// The waiting list is searched, sorted and paged by the backend. The mock does it with the
// domain's functions and the server in SQL: each answer here is checked against those
// functions applied to every row, so the two backends cannot drift apart.

interface Page {
  items: ListedReferral[];
  total: number;
  onList: number;
  offset: number;
}

async function page(body: Record<string, unknown>): Promise<Page> {
  return expectContract(
    'POST /referrals/search',
    await call<Page>('POST /referrals/search', { as: AS.admin, body }),
  );
}

/** Every referral, a page of 50 at a time in the default order. */
async function everyone(): Promise<ListedReferral[]> {
  const rows: ListedReferral[] = [];
  for (let offset = 0; ; offset += 50) {
    const p = await page({ status: 'all', offset, limit: 50 });
    rows.push(...p.items);
    if (rows.length >= p.total) return rows;
  }
}

let all: ListedReferral[] = [];
beforeAll(async () => {
  await resetDemo();
  all = await everyone();
});

describe('POST /referrals/search: the waiting list a page at a time', () => {
  it('defaults to the people on the list, urgent first and then longest waiting', async () => {
    const first = await page({});
    const onList = all.filter((r) => matchesStatus(r.status, 'open'));
    expect(first.total).toBe(onList.length);
    expect(first.onList).toBe(onList.length);
    expect(first.items.map((r) => r.id)).toEqual(
      [...onList].sort(compareListed(undefined, false)).map((r) => r.id),
    );
    expect(first.items.length).toBeGreaterThan(5);
  });

  it('pages join up: small pages give the same rows as one big page', async () => {
    const big = await page({ status: 'all', limit: 200 });
    const pieces: string[] = [];
    for (let offset = 0; offset < big.total && offset < 200; offset += 7) {
      const p = await page({ status: 'all', offset, limit: 7 });
      expect(p.offset).toBe(offset);
      pieces.push(...p.items.map((r) => r.id));
    }
    expect(pieces).toEqual(big.items.map((r) => r.id));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it.each(WAITING_SORTS.flatMap((sort) => [false, true].map((desc) => [sort, desc] as const)))(
    'sorts by %s (desc: %s) as the domain rule does, ties in priority order',
    async (sort, desc) => {
      const answer = await page({ status: 'all', sort, desc, limit: 200 });
      const expected = [...all].sort(compareListed(sort, desc)).slice(0, 200);
      expect(answer.items.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    },
  );

  it('filters by status and urgency', async () => {
    for (const status of ['waiting', 'offered', 'enrolled', 'closed'] as const) {
      for (const urgency of ['urgent', 'routine'] as const) {
        const answer = await page({ status, urgency, limit: 200 });
        const expected = all.filter(
          (r) => r.status === status && r.urgent === (urgency === 'urgent'),
        );
        expect(answer.total).toBe(expected.length);
        expect(answer.items.every((r) => r.status === status)).toBe(true);
      }
    }
  });

  it('finds a person by a spaced NHS number or part of a name, in the body only', async () => {
    const target = all.find((r) => r.status === 'waiting')!;
    const n = target.nhsNumber;
    const byNumber = await page({ text: ` ${n.slice(0, 3)} ${n.slice(3, 6)}  ${n.slice(6)} ` });
    expect(byNumber.items.map((r) => r.id)).toEqual([target.id]);
    const byName = await page({ status: 'all', text: target.familyName.toUpperCase() });
    expect(byName.items.map((r) => r.id)).toContain(target.id);
    expect(
      byName.items.every((r) =>
        `${r.givenName} ${r.familyName}`.toLowerCase().includes(target.familyName.toLowerCase()),
      ),
    ).toBe(true);
    expect((await page({ text: 'no such person anywhere' })).total).toBe(0);
  });

  it('refuses pages too big, negative offsets and unknown sorts (400), and facilitators (403)', async () => {
    for (const body of [{ limit: 201 }, { offset: -1 }, { sort: 'nhsNumber' }, { text: 5 }]) {
      expectError(
        await call('POST /referrals/search', { as: AS.admin, body }),
        400,
        'validation_failed',
      );
    }
    expectError(
      await call('POST /referrals/search', { as: AS.facilitator, body: {} }),
      403,
      'forbidden',
    );
  });
});
