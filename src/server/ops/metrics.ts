import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// What an operator watches, in Prometheus' text format. Every label value comes from a fixed
// set written in this code (a route's pattern such as /api/cohorts/:id, a status code, a job's
// name, an outcome word): never a path as requested, a name, an NHS number or an id, so the
// output can be scraped into any monitoring system. tests/server/metrics.test.ts checks it.

export type JobOutcome = 'done' | 'skipped' | 'failed';
export type NotifyOutcome = 'sent' | 'refused' | 'unreachable';
export type SignInOutcome = 'ok' | 'failed' | 'throttled';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface ServerMetrics {
  registry: Registry;
  request(method: string, route: string, status: number, seconds: number): void;
  signIn(outcome: SignInOutcome): void;
  notifySend(channel: 'sms' | 'email', outcome: NotifyOutcome): void;
  /** A job's schedule, so its lag counts from the start until its first run. */
  job(name: string, everySeconds: number): (outcome: JobOutcome) => void;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function createMetrics(options: { pool?: () => PoolStats | null } = {}): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    registers,
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const signIns = new Counter({
    name: 'cohort_sign_in_attempts_total',
    help: 'Password sign-ins by outcome: ok, failed (wrong or unknown credentials), throttled (429).',
    labelNames: ['outcome'],
    registers,
  });
  const sends = new Counter({
    name: 'cohort_notify_sends_total',
    help: 'GOV.UK Notify sends by channel and outcome (refused: Notify answered an error).',
    labelNames: ['channel', 'outcome'],
    registers,
  });
  if (options.pool) poolGauge(registry, options.pool);
  const jobs = jobMetrics(registry);
  return {
    registry,
    request(method, route, status, seconds) {
      const labels = { method: METHODS.has(method) ? method : 'other', route, status: status };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    signIn: (outcome) => signIns.inc({ outcome }),
    notifySend: (channel, outcome) => sends.inc({ channel, outcome }),
    job: jobs,
  };
}

function poolGauge(registry: Registry, stats: () => PoolStats | null): void {
  new Gauge({
    name: 'cohort_db_pool_connections',
    help: 'PostgreSQL pool connections: total open, idle, requests waiting for one, and the most allowed.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = stats();
      if (!s) return;
      for (const [state, value] of Object.entries(s)) this.set({ state }, value);
    },
  });
}

/** Last run, last success and lag (seconds since the last success, or since the start when
 * it has not succeeded yet) per job on this instance. A job that only one instance runs at a
 * time (a lease) reports 'skipped' on the others: its lag counts skips as runs, because the
 * holder did the work. */
function jobMetrics(registry: Registry): ServerMetrics['job'] {
  const registers = [registry];
  const startedAt = Date.now() / 1000;
  const lastSuccess = new Map<string, number>();
  const runs = new Counter({
    name: 'cohort_job_runs_total',
    help: 'Background job runs by job and outcome (skipped: another instance holds its lease).',
    labelNames: ['job', 'outcome'],
    registers,
  });
  const lastRun = new Gauge({
    name: 'cohort_job_last_run_timestamp_seconds',
    help: 'When each background job last ran on this instance (Unix time).',
    labelNames: ['job'],
    registers,
  });
  const interval = new Gauge({
    name: 'cohort_job_interval_seconds',
    help: 'How often each background job is meant to run: alert when the lag is a few of these.',
    labelNames: ['job'],
    registers,
  });
  new Gauge({
    name: 'cohort_job_lag_seconds',
    help: 'Seconds since each background job last succeeded (or since the start, before then).',
    labelNames: ['job'],
    registers,
    collect() {
      const now = Date.now() / 1000;
      for (const [job, at] of lastSuccess) this.set({ job }, Math.max(0, now - at));
    },
  });
  return (job, everySeconds) => {
    interval.set({ job }, everySeconds);
    lastSuccess.set(job, startedAt);
    return (outcome) => {
      const now = Date.now() / 1000;
      runs.inc({ job, outcome });
      lastRun.set({ job }, now);
      if (outcome !== 'failed') lastSuccess.set(job, now);
    };
  };
}
