import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/endpoints';
import { serviceSettingsSchema } from '../../src/api/schemas/settings';
import {
  APP_ORIGIN,
  AS,
  BASE_URL,
  call,
  expectContract,
  expectError,
  credentialFor,
  forgetCredential,
  signIn,
  listedCount,
  referral,
  resetDemo,
  cohortInputOf,
  type CohortRecord,
} from './contract-client';

beforeAll(resetDemo);

describe('If-Match: 428 without it, 412 with the current record when stale', () => {
  it('PATCH /settings', async () => {
    const settings = (await call<{ version: number }>('GET /settings', { as: AS.admin })).body;
    const body = { absenceThreshold: 4, lateJoinCutoffSession: 3, completionMinSessions: 6 };
    expectError(
      await call('PATCH /settings', { as: AS.admin, body }),
      428,
      'precondition_required',
    );
    expectContract(
      'PATCH /settings',
      await call('PATCH /settings', { as: AS.admin, version: settings.version, body }),
    );
    const stale = expectError(
      await call('PATCH /settings', {
        as: AS.admin,
        version: settings.version,
        body: { ...body, absenceThreshold: 2 },
      }),
      412,
      'stale_version',
    );
    // The client shows what changed: `current` is the record as the server holds it now.
    expect(serviceSettingsSchema.parse(stale.current)).toMatchObject({
      absenceThreshold: 4,
      version: settings.version + 1,
    });
  });

  it('PATCH /cohorts/:id with an old version changes nothing', async () => {
    const cohort = (await call<{ items: CohortRecord[] }>('GET /cohorts', { as: AS.admin })).body
      .items[0]!;
    const stale = expectError(
      await call('PATCH /cohorts/:id', {
        as: AS.admin,
        params: { id: cohort.id },
        version: cohort.version + 5,
        body: cohortInputOf(cohort, { name: `${cohort.name} (stale)` }),
      }),
      412,
      'stale_version',
    );
    expect(stale.current).toMatchObject({ id: cohort.id, version: cohort.version });
    expect(
      (
        await call<{ cohort: { name: string; version: number } }>('GET /cohorts/:id', {
          as: AS.admin,
          params: { id: cohort.id },
        })
      ).body.cohort,
    ).toMatchObject({ name: cohort.name, version: cohort.version });
  });
});

describe('Idempotency-Key: a retried POST acts once and gets the first answer', () => {
  it('the same referral sent twice, one after the other', async () => {
    const key = crypto.randomUUID();
    const before = await listedCount();
    const first = await call<{ id: string }>('POST /referrals', {
      as: AS.admin,
      idempotencyKey: key,
      body: referral('9990000042'),
    });
    const retry = await call<{ id: string }>('POST /referrals', {
      as: AS.admin,
      idempotencyKey: key,
      body: referral('9990000042'),
    });
    expectContract('POST /referrals', first);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await listedCount()).toBe(before + 1);
  });

  it('the same cohort sent twice at once (a retry racing the first)', async () => {
    const staff = (
      await call<{ items: { id: string; discipline: string | null; active: boolean }[] }>(
        'GET /staff',
        { as: AS.admin },
      )
    ).body.items.filter((s) => s.active);
    const body = {
      name: 'Idempotent cohort',
      type: 'workshop',
      delivery: 'online',
      videoLink: 'https://meet.example.nhs.uk/x',
      venue: '',
      startDate: '2031-05-06',
      startTime: '13:00',
      sessionLengthMinutes: 180,
      capacity: 15,
      facilitatorIds: [
        staff.find((s) => s.discipline === 'psychology')!.id,
        staff.find((s) => s.discipline === 'physiotherapy')!.id,
      ],
    };
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all(
      [0, 1].map(() =>
        call<{ id: string }>('POST /cohorts', { as: AS.admin, idempotencyKey: key, body }),
      ),
    );
    expect(a!.body.id).toBe(b!.body.id);
    const named = (
      await call<{ items: { name: string }[] }>('GET /cohorts', { as: AS.admin })
    ).body.items.filter((c) => c.name === 'Idempotent cohort');
    expect(named).toHaveLength(1);
  });
});

describe('Idempotency-Key on a PUT with If-Match: a retry whose answer was lost', () => {
  it("gets the first answer (the write is the sender's own), not a 412; a new key is stale", async () => {
    const list = (
      await call<{
        items: { session: { id: string; date: string; registerFinalisedAt: string | null } }[];
        today: string;
      }>('GET /registers', { as: AS.facilitator })
    ).body;
    const session = list.items
      .map((i) => i.session)
      .find((s) => !s.registerFinalisedAt && s.date < list.today)!;
    const row = (
      await call<{ rows: { enrolment: { id: string }; record: { version: number } | null }[] }>(
        'GET /sessions/:sessionId/register',
        { as: AS.facilitator, params: { sessionId: session.id } },
      )
    ).body.rows[0]!;
    const key = crypto.randomUUID();
    const mark = (idempotencyKey: string) =>
      call<{ note: string; version: number }>('PUT /sessions/:sessionId/attendance/:enrolmentId', {
        as: AS.facilitator,
        params: { sessionId: session.id, enrolmentId: row.enrolment.id },
        version: row.record?.version ?? 0,
        idempotencyKey,
        body: { note: 'Sent twice, kept once' },
      });
    const first = expectContract(
      'PUT /sessions/:sessionId/attendance/:enrolmentId',
      await mark(key),
    );
    const retry = await mark(key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first);
    expectError(await mark(crypto.randomUUID()), 412, 'stale_version');
  });
});

describe('sessions and CORS', () => {
  it('POST /auth/login signs in with the right password only; POST /demo/reset answers an admin', async () => {
    const signIn = (password: string) =>
      call<{ token?: string; user: { email: string } }>('POST /auth/login', {
        body: { email: AS.admin, password },
      });
    const ok = expectContract('POST /auth/login', await signIn('demo-pain-course'));
    expect(ok.user.email).toBe(AS.admin);
    expectError(await signIn('wrong-password'), 401, 'unauthenticated');
    expectContract('POST /demo/reset', await call('POST /demo/reset', { as: AS.admin }));
  });

  it('POST /auth/logout ends the session: the token or cookie stops working', async () => {
    const credential = await credentialFor(AS.manager);
    expectContract('POST /auth/logout', await call('POST /auth/logout', { as: AS.manager }));
    forgetCredential(AS.manager);
    expectError(await call('GET /auth/me', { credential }), 401, 'unauthenticated');
  });

  it('POST /auth/logout-everywhere ends every session of the account, on every device', async () => {
    const [first, second] = [await signIn(AS.manager), await signIn(AS.manager)];
    const ended = expectContract(
      'POST /auth/logout-everywhere',
      await call<{ ended: number }>('POST /auth/logout-everywhere', {
        credential: first.credential,
      }),
    );
    expect(ended.ended).toBeGreaterThanOrEqual(2);
    forgetCredential(AS.manager);
    for (const { credential } of [first, second])
      expectError(await call('GET /auth/me', { credential }), 401, 'unauthenticated');
    // Other accounts' sessions are untouched.
    expectContract('GET /auth/me', await call('GET /auth/me', { as: AS.admin }));
  });

  it('GET /auth/options says, before anyone signs in, whether single sign-on is set up', async () => {
    const options = expectContract(
      'GET /auth/options',
      await call<{ singleSignOn: boolean }>('GET /auth/options'),
    );
    expect(typeof options.singleSignOn).toBe('boolean');
  });

  it('a preflight from the app origin may send the API headers with credentials; another origin may not', async () => {
    const preflight = (origin: string) =>
      fetch(`${BASE_URL}/cohorts`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization,if-match,idempotency-key,content-type',
        },
      });
    const ok = await preflight(APP_ORIGIN);
    expect(ok.status).toBeLessThan(300);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toEqual(
      expect.stringContaining('if-match'),
    );
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toEqual(
      expect.stringContaining('idempotency-key'),
    );
    expect(ok.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});

describe('coverage', () => {
  it('every endpoint in the registry has a happy-path test in tests/contract', () => {
    const dir = 'tests/contract';
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    // Prettier may break `expectContract(` and the key onto two lines.
    const tested = new Set([...sources.matchAll(/expectContract\(\s*'([^']+)'/g)].map((m) => m[1]));
    const untested = Object.keys(ENDPOINTS).filter((key) => !tested.has(key));
    expect(untested).toEqual([]);
  });
});
