import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointContract } from '../../src/api/endpoint-contract';
import { ENDPOINTS, type EndpointKey } from '../../src/api/endpoints';
import { UNSTORABLE_MESSAGE } from '../../src/api/schemas/common';
import { scopeOf, type Role } from '../../src/domain/policy';
import {
  AS,
  authHeaders,
  BASE_URL,
  call,
  referral,
  resetDemo,
  type Account,
} from './contract-client';
import { sampleOf, stringPaths, withValueAt } from './fuzz-bodies';

// PostgreSQL cannot store a NUL, and a lone surrogate is no character: sent in any string of
// any write or search, the field is refused with a 400 that names it, never a 500 that loses
// the rest of what was typed. Bodies come from each endpoint's own schema (./fuzz-bodies.ts).
const BAD = { nul: 'a\u0000b', high: 'x\ud800', low: '\udc00y' };
const TODAY = new Date().toISOString().slice(0, 10);
const ACCOUNT: Record<Role, Account> = {
  admin: AS.admin,
  facilitator: AS.facilitator,
  manager: AS.manager,
};

/** Bodies that pass every rule, where a schema's sample alone would be refused for another
 * reason (a valid NHS number): the bad string then reaches as far as it can. */
const EXAMPLES: Partial<Record<EndpointKey, unknown>> = {
  'POST /referrals': referral('9990000018'),
  'PATCH /referrals/:id': referral('9990000018'),
};

const writes = (Object.keys(ENDPOINTS) as EndpointKey[]).filter((key) => {
  const contract: EndpointContract = ENDPOINTS[key];
  return contract.request !== undefined && !contract.demoOnly;
});

function accountFor(key: EndpointKey): Account | undefined {
  const action = ENDPOINTS[key].action;
  if (action === 'public') return undefined;
  const role = (['admin', 'facilitator', 'manager'] as const).find((r) => scopeOf(r, action));
  return role && ACCOUNT[role];
}

let ids: Record<string, string> = {};

/** A real record for each kind of path parameter, so a bad string is all that is wrong. */
function paramsFor(key: EndpointKey): Record<string, string> {
  const path = key.split(' ')[1]!;
  const kind = path.split('/')[1]!;
  return Object.fromEntries(
    [...path.matchAll(/:(\w+)/g)].map(([, name]) => [
      name!,
      ids[name === 'id' ? kind : name!] ?? 'unknown',
    ]),
  );
}

describe('text the database cannot store is refused on the field', () => {
  beforeAll(async () => {
    await resetDemo();
    const cohorts = await call<{ items: { id: string; status: string }[] }>('GET /cohorts', {
      as: AS.admin,
    });
    const cohort = cohorts.body.items.find((c) => c.status === 'running')!;
    const detail = await call<{ sessions: { id: string }[] }>('GET /cohorts/:id', {
      as: AS.admin,
      params: { id: cohort.id },
    });
    const enrolments = await call<{ items: { id: string }[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: cohort.id },
    });
    const waiting = await call<{ items: { id: string }[] }>('POST /referrals/search', {
      as: AS.admin,
      body: { status: 'waiting', limit: 1 },
    });
    const staff = await call<{ items: { id: string }[] }>('GET /staff', { as: AS.admin });
    const enrolment = enrolments.body.items[0]!.id;
    ids = {
      cohorts: cohort.id,
      sessionId: detail.body.sessions.at(-1)!.id,
      enrolments: enrolment,
      enrolmentId: enrolment,
      referrals: waiting.body.items[0]!.id,
      staff: staff.body.items.at(-1)!.id,
    };
  });

  it.each(writes)('%s: 400 on the field, never 5xx', async (key) => {
    const contract: EndpointContract = ENDPOINTS[key];
    const base = EXAMPLES[key] ?? sampleOf(contract.request!, TODAY);
    const failures: string[] = [];
    for (const path of stringPaths(contract.request!)) {
      for (const [name, bad] of Object.entries(BAD)) {
        const answer = await call<{ error?: { fieldErrors?: Record<string, string[]> } }>(key, {
          as: accountFor(key),
          params: paramsFor(key),
          version: contract.ifMatch ? 1 : null,
          body: withValueAt(base, path, bad),
        });
        const field = answer.body?.error?.fieldErrors?.[path.join('.')];
        if (answer.status !== 400 || !field)
          failures.push(
            `${path.join('.')} (${name}): ${answer.status} ${JSON.stringify(answer.body)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('a free-text field says why, in words a person can act on', async () => {
    const answer = await call<{ error: { fieldErrors: Record<string, string[]> } }>(
      'POST /referrals',
      { as: AS.admin, body: { ...referral('9990000018'), notes: BAD.nul } },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.fieldErrors.notes).toEqual([UNSTORABLE_MESSAGE]);
  });

  it.each([
    ['%00', 'entity=a%00b'],
    ['a lone surrogate', 'entity=%ED%A0%80'],
    ['bad percent-encoding', 'entity=%ZZ'],
    ['a cut UTF-8 sequence', 'record=%E2%82'],
  ])('GET /audit with %s in the query: 400', async (_what, query) => {
    const answer = await fetch(`${BASE_URL}/audit?${query}`, {
      headers: await authHeaders(AS.admin),
    });
    expect(answer.status).toBe(400);
  });
});
