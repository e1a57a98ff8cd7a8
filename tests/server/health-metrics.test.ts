import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, FAMILY_NAMES, SEED_STAFF } from '../../src/demo-seed/seed-data';
import { createApi } from '../../src/server/api';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createLogger } from '../../src/server/logger';
import { startServer, type RunningServer } from '../../src/server/start';

// The probes and /metrics on the server as main.ts starts it (embedded database, demo data).
const work = mkdtempSync(join(tmpdir(), 'health-metrics-'));
const logLines: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', SEED: 'demo', DATA_DIR: join(work, 'data') },
    log: createLogger({ destination: { write: (line: string) => void logLines.push(line) } }),
    api: createApi,
    seed: seedDemo,
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

function signIn(email: string, password: string) {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.config.appOrigin },
    body: JSON.stringify({ email, password }),
  });
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format, strictly: every line a comment or `name{labels} value`. Values are
 * read as Go's ParseFloat reads them, so NaN in any case (prom-client writes `Nan` for an event
 * loop not sampled yet). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|[Nn]a[Nn]|\+Inf|-Inf)$/.exec(
      line,
    );
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    const labelText = m[2] ?? '';
    const rest = labelText.replace(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)",?/g, (_, k, v) => {
      labels[k as string] = v as string;
      return '';
    });
    if (rest !== '') throw new Error(`bad labels: ${line}`);
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

const value = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe('health probes', () => {
  it('/healthz and /readyz answer 200 without a session, by any Host, with no data or log line', async () => {
    const before = logLines.length;
    for (const path of ['/healthz', '/readyz']) {
      const res = await get(path, { Host: '10.1.2.3:8787' });
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
      expect((await res.text()).length).toBeLessThan(10);
    }
    expect(logLines.slice(before).filter((l) => l.includes('"route"'))).toEqual([]);
  });

  it('/readyz answers 503 while the database is down, /healthz still 200', async () => {
    const work2 = mkdtempSync(join(tmpdir(), 'readyz-'));
    const other = await startServer({
      env: { PORT: '0', SEED: 'none', DATA_DIR: join(work2, 'data') },
      log: createLogger({ level: 'silent' }),
    });
    try {
      expect((await fetch(`${other.url}/readyz`)).status).toBe(200);
      await other.database.close();
      const ready = await fetch(`${other.url}/readyz`);
      expect([ready.status, await ready.text()]).toEqual([503, 'database unreachable']);
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
      rmSync(work2, { recursive: true, force: true });
    }
  });
});

describe('/metrics', () => {
  it('counts requests by route pattern, sign-ins by outcome, jobs; no identifier in any label', async () => {
    expect((await signIn(SEED_STAFF[0]!.email, 'not the password')).status).toBe(401);
    const ok = await signIn(SEED_STAFF[0]!.email, DEMO_PASSWORD);
    expect(ok.status).toBe(200);
    const cookie = ok.headers.getSetCookie()[0]!.split(';')[0]!;
    const cohorts = (await (await get('/api/cohorts', { Cookie: cookie })).json()) as {
      items?: { id: string }[];
    };
    const id = cohorts.items?.[0]?.id ?? '00000000-0000-4000-8000-000000000000';
    await get(`/api/cohorts/${id}`, { Cookie: cookie });
    await get('/api/no-such-thing/9434765919');

    const res = await get('/metrics', { Host: '10.1.2.3:8787' });
    expect([res.status, res.headers.get('content-type')]).toEqual([
      200,
      'text/plain; version=0.0.4; charset=utf-8',
    ]);
    const samples = parseMetrics(await res.text());
    const failed = value(samples, 'cohort_sign_in_attempts_total', { outcome: 'failed' });
    const signedIn = value(samples, 'cohort_sign_in_attempts_total', { outcome: 'ok' });
    expect([failed, signedIn]).toEqual([1, 1]);
    const login = { method: 'POST', route: '/api/auth/login', status: '401' };
    expect(value(samples, 'http_requests_total', login)).toBe(1);
    expect(value(samples, 'http_request_duration_seconds_count', login)).toBe(1);
    expect(value(samples, 'http_requests_total', { route: '/api/cohorts/:id' })).toBe(1);
    expect(value(samples, 'http_requests_total', { route: '/healthz' })).toBe(0);
    expect(value(samples, 'cohort_job_runs_total', { job: 'offer-expiry' })).toBe(1);
    expect(value(samples, 'cohort_job_lag_seconds', { job: 'offer-expiry' })).toBeLessThan(60);

    const labelValues = samples.flatMap((s) => Object.values(s.labels));
    const names = [...SEED_STAFF.flatMap((s) => [s.name, s.email]), ...FAMILY_NAMES];
    const identifiers = labelValues.filter(
      (v) =>
        /[0-9a-f]{8}-[0-9a-f]{4}/i.test(v) ||
        /\d{6,}/.test(v) ||
        v.includes('@') ||
        v.includes(id) ||
        names.some((n) => v.includes(n)),
    );
    expect(identifiers).toEqual([]);
    for (const s of samples.filter((s) => s.labels.route))
      expect(s.labels.route).toMatch(/^(\/[\w/:*.-]*|\*|\(none\))$/);
  });

  it('is off by default in production and on METRICS_PORT alone when that is set', async () => {
    const { readConfig } = await import('../../src/server/config');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@127.0.0.1/db',
      APP_ORIGIN: 'https://register.example.nhs.uk',
    };
    expect(readConfig(production).metrics).toEqual({ enabled: false, port: null });
    expect(readConfig({ ...production, METRICS: 'on', METRICS_PORT: '9464' }).metrics).toEqual({
      enabled: true,
      port: 9464,
    });
    const work3 = mkdtempSync(join(tmpdir(), 'metrics-port-'));
    const apart = await startServer({
      env: { PORT: '0', METRICS_PORT: '0', SEED: 'none', DATA_DIR: join(work3, 'data') },
      log: createLogger({ level: 'silent' }),
    });
    try {
      expect((await fetch(`${apart.url}/metrics`)).status).toBe(404);
      const scraped = await fetch(apart.metricsUrl!);
      expect(parseMetrics(await scraped.text()).length).toBeGreaterThan(10);
    } finally {
      await apart.close();
      rmSync(work3, { recursive: true, force: true });
    }
  });
});
