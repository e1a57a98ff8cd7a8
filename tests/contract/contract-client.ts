import { expect } from 'vitest';
import { successStatus, type EndpointContract } from '../../src/api/endpoint-contract';
import { ENDPOINTS, type EndpointKey } from '../../src/api/endpoints';
import { answerProblems } from '../utils/answer-check';

/** The API under test: `npm run test:contract -- --base-url URL` sets it (any server, any origin). */
export const BASE_URL = (process.env.CONTRACT_BASE_URL ?? 'http://127.0.0.1:8787/api').replace(
  /\/$/,
  '',
);
export const APP_ORIGIN = process.env.CONTRACT_APP_ORIGIN ?? 'http://127.0.0.1:4174';
export const PASSWORD = 'demo-pain-course';

export const AS = {
  facilitator: 'priya.shah@nhs.net',
  admin: 'sam.patel@nhs.net',
  manager: 'joanne.fraser@nhs.net',
} as const;
export type Account = (typeof AS)[keyof typeof AS];

export interface CallOptions {
  as?: Account;
  /** A session already held (from credentialFor), to call as it after it may have ended. */
  credential?: Credential;
  /** A raw Authorization header, to try bad tokens. */
  token?: string;
  /** A raw Cookie header, to try bad session cookies. */
  cookie?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  version?: number | null;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** How a session is carried: the mock gives a bearer token in the sign-in's body; the server
 * sets an httpOnly cookie and its body holds no token. */
export type SessionKind = 'bearer' | 'cookie';
/** One signed-in session, as the header that carries it. */
export interface Credential {
  header: 'authorization' | 'cookie';
  value: string;
}

/** The first `name=value` of each Set-Cookie header. */
export function cookiesSet(headers: Headers): string[] {
  return headers.getSetCookie().map((line) => line.split(';')[0]!.trim());
}

/** Every session cookie value the server has set in this run: none may appear in a body. */
const issuedCookieValues = new Set<string>();

/** Signs in over HTTP like the app does, without remembering the session. */
export async function signIn(
  email: Account,
): Promise<{ credential: Credential; kind: SessionKind; res: Response; body: unknown }> {
  const res = await fetch(`${BASE_URL}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status, `sign in as ${email}`).toBe(200);
  const body = (await res.json()) as { token?: unknown };
  if (typeof body.token === 'string')
    return {
      credential: { header: 'authorization', value: `Bearer ${body.token}` },
      kind: 'bearer',
      res,
      body,
    };
  const cookies = cookiesSet(res.headers);
  expect(cookies.length, `sign in as ${email}: a token in the body or a cookie`).toBeGreaterThan(0);
  for (const cookie of cookies) issuedCookieValues.add(cookie.slice(cookie.indexOf('=') + 1));
  return { credential: { header: 'cookie', value: cookies.join('; ') }, kind: 'cookie', res, body };
}

/** The session a sign-in's answer started (any account's): its bearer token from the mock,
 * its cookie from the server. */
export function credentialOf(answer: Answer): Credential {
  const token = (answer.body as { token?: unknown } | null)?.token;
  if (typeof token === 'string') return { header: 'authorization', value: `Bearer ${token}` };
  const cookies = cookiesSet(answer.headers);
  expect(cookies.length, 'a sign-in answer with a token or a session cookie').toBeGreaterThan(0);
  for (const cookie of cookies) issuedCookieValues.add(cookie.slice(cookie.indexOf('=') + 1));
  return { header: 'cookie', value: cookies.join('; ') };
}

const credentials = new Map<string, Credential>();
let kind: SessionKind | undefined;

/** One session per account for the whole run. */
export async function credentialFor(email: Account): Promise<Credential> {
  const known = credentials.get(email);
  if (known) return known;
  const signedIn = await signIn(email);
  kind = signedIn.kind;
  credentials.set(email, signedIn.credential);
  return signedIn.credential;
}

/** The headers that carry an account's session. */
export async function authHeaders(email: Account): Promise<Record<string, string>> {
  const { header, value } = await credentialFor(email);
  return { [header]: value };
}

export function forgetCredential(email: Account): void {
  credentials.delete(email);
}

/** How this backend carries sessions: CONTRACT_SESSIONS (set by the CI scripts: `cookie` for
 * the server, `bearer` for the mock) or, when unset, what signing in shows. A backend that
 * answers otherwise than it is declared fails the first sign-in check. */
export async function sessionKind(): Promise<SessionKind> {
  const declared = process.env.CONTRACT_SESSIONS;
  if (declared === 'cookie' || declared === 'bearer') return declared;
  if (!kind) await credentialFor(AS.admin);
  return kind!;
}

/** A credential of the backend's kind that names no session. */
export async function bogusCredential(): Promise<Record<string, string>> {
  if ((await sessionKind()) === 'bearer') return { authorization: 'Bearer not-a-real-token' };
  const [name] = (await credentialFor(AS.admin)).value.split('=');
  return { cookie: `${name}=not-a-real-session` };
}

/** Calls an endpoint by its registry key, so every test names the contract entry it checks. */
export async function call<T = unknown>(
  key: EndpointKey,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const [method, template] = key.split(' ') as [string, string];
  const path = template.replace(/:(\w+)/g, (_m, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${key}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const qs = options.query ? `?${new URLSearchParams(options.query)}` : '';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const credential = options.credential ?? (options.as && (await credentialFor(options.as)));
  if (credential) headers[credential.header] = credential.value;
  if (options.token) headers.authorization = options.token;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.version != null) headers['If-Match'] = `"${options.version}"`;
  const idempotencyKey = options.idempotencyKey ?? (method === 'POST' ? crypto.randomUUID() : null);
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const res = await fetch(`${BASE_URL}${path}${qs}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await res.text();
  // The server's session cookie is never repeated in a body: checked on every answer.
  for (const value of issuedCookieValues)
    expect(text.includes(value), `${key}: the session cookie's value in the body`).toBe(false);
  const body = text ? (JSON.parse(text) as unknown) : null;
  // Every answer, success or refusal, as its endpoint's description says (ENDPOINTS).
  expect(answerProblems(key, res.status, body), `${key}: the answer by its schema`).toEqual([]);
  return { status: res.status, body: body as T, headers: res.headers };
}

/** The success status and response shape the contract promises, parsed with the app's schema. */
export function expectContract<T>(key: EndpointKey, answer: Answer<T>): T {
  const contract: EndpointContract = ENDPOINTS[key];
  expect(answer.status, `${key}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(
    successStatus(key, contract),
  );
  const parsed = contract.response.safeParse(answer.body);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), `${key} response shape`).toEqual(
    [],
  );
  return answer.body;
}

/** The one error body, with the code a client branches on. */
export function expectError(
  answer: Answer,
  status: number,
  code: string,
): { code: string; message: string; fieldErrors?: Record<string, string[]>; current?: unknown } {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
  const error = (answer.body as { error: { code: string; message: string } }).error;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  return error;
}

/** Back to the seed before each file, as an admin (demo endpoints need one); a backend without
 * the demo endpoint is used as it is. */
export async function resetDemo(): Promise<void> {
  const res = await call('POST /demo/reset', { as: AS.admin });
  if (res.status !== 404) expect(res.status).toBe(200);
}

/** A referral body with a test NHS number (the reserved 999 range), never a real patient. */
export const referral = (nhsNumber: string, borough = 'Islington') => ({
  givenName: 'Contract',
  familyName: 'Tester',
  nhsNumber,
  dateOfBirth: '1970-05-05',
  borough,
  gpPractice: 'Archway Medical Centre',
  phone: '07700 900000',
  email: '',
  referralDate: '2026-01-05',
  availability: [
    { day: 'mon', time: 'morning' },
    { day: 'wed', time: 'morning' },
  ],
  accessNeeds: '',
  urgent: false,
  notes: '',
});

/** A cohort as GET /cohorts lists it, with the fields PATCH /cohorts/:id takes. */
export interface CohortRecord {
  id: string;
  name: string;
  version: number;
  filled: number;
  capacity: number;
  status: string;
  type: string;
  delivery: string;
  videoLink: string;
  venue: string;
  startDate: string;
  startTime: string;
  sessionLengthMinutes: number;
  facilitatorIds: string[];
}

/** The body PATCH /cohorts/:id takes, from a listed cohort, with some fields changed. */
export function cohortInputOf(c: CohortRecord, changes: Partial<CohortRecord> = {}) {
  const { id: _id, version: _v, filled: _f, status: _s, ...rest } = { ...c, ...changes };
  return {
    name: rest.name,
    type: rest.type,
    delivery: rest.delivery,
    videoLink: rest.videoLink,
    venue: rest.venue,
    startDate: rest.startDate,
    startTime: rest.startTime,
    sessionLengthMinutes: rest.sessionLengthMinutes,
    capacity: rest.capacity,
    facilitatorIds: rest.facilitatorIds,
  };
}

/** How many referrals there are, on the list or not (one row asked for; the total counts all). */
export async function listedCount(): Promise<number> {
  const answer = await call<{ total: number }>('POST /referrals/search', {
    as: AS.admin,
    body: { status: 'all', limit: 1 },
  });
  if (answer.status !== 200) throw new Error(`waiting list: ${answer.status}`);
  return answer.body.total;
}

/** Withdraws the first confirmed person from a planned cohort that has people in it, freeing a
 * place (a vacancy opens, as before the late-join cut-off); the cohort's id. */
export async function freePlaceInPlannedCohort(reason: string): Promise<string> {
  const cohorts = (
    await call<{ items: { id: string; status: string; filled: number }[] }>('GET /cohorts', {
      as: AS.admin,
    })
  ).body.items;
  const planned = cohorts.find((c) => c.status === 'planned' && c.filled > 0)!;
  const person = (
    await call<{ items: { id: string; version: number; status: string }[] }>(
      'GET /cohorts/:id/enrolments',
      { as: AS.admin, params: { id: planned.id } },
    )
  ).body.items.find((e) => e.status === 'confirmed')!;
  await call('POST /enrolments/:id/withdraw', {
    as: AS.admin,
    params: { id: person.id },
    version: person.version,
    body: { reason, date: new Date().toISOString().slice(0, 10) },
  });
  return planned.id;
}
