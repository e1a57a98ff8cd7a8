import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readOidcSettings, type OidcSettings } from './auth/oidc-settings';
import { readNotifyConfig, type NotifyConfig } from './notify/notify-config';
import { StartupError } from './startup-error';

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute. Holds the lock file and, when embedded, the database (`<dataDir>/pg`). */
  dataDir: string;
  /** null: the embedded database (PGlite) in dataDir. */
  databaseUrl: string | null;
  seed: 'demo' | 'none';
  nodeEnv: string;
  production: boolean;
  /** The one browser origin allowed to call the API cross-origin (CORS, with credentials). */
  appOrigin: string;
  signIn: SignInLimits;
  /** How many proxies in front of the server append to X-Forwarded-For: 0 (none, the
   * default) takes the client's address from the connection; 1 takes the last address a
   * trusted proxy appended, and so on. Only trust what a proxy of yours writes. */
  trustedProxyHops: number;
  /** APP_ORIGIN is https: the session cookie is Secure with the __Host- prefix. */
  secureCookies: boolean;
  /** Single sign-on (OpenID Connect), or null when OIDC_ISSUER is not set. */
  oidc: OidcSettings | null;
  /** OUTBOX_KEY_SECRET(_FILE): seals each account's outbox key in the database
   * (./auth/outbox-keys.ts); null: stored as they are. */
  outboxKeySecret?: string | null;
  /** AUDIT_SIGNING_KEY: signs the audit chain's checkpoints (./audit-checkpoint.ts); only in
   * the environment, never in the database. null: no checkpoints. */
  auditSigningKey?: string | null;
  /** GOV.UK Notify (NOTIFY_API_KEY(_FILE), NOTIFY_BASE_URL), or null: offers are contacted by
   * hand (./notify/notify-config.ts). */
  notify?: NotifyConfig | null;
  /** SERVICE_PHONE: the number the pages of a person's link give for anything else. */
  servicePhone?: string | null;
  /** LINK_ORIGIN: where this server is reached from the public, for the links sent to people
   * (`<origin>/link/<token>`); APP_ORIGIN by default, where the app and the server share one. */
  linkOrigin?: string;
  /** SIGTERM: how long requests in flight may take before their connections are closed. */
  shutdownTimeoutMs?: number;
  /** GET /metrics: served or not, and on its own port (null: the app's). */
  metrics?: { enabled: boolean; port: number | null };
}

/** Sign-in throttling: failures counted in the database, so every instance sees them all. */
export interface SignInLimits {
  /** Failures for one email within the window before further attempts get 429. */
  accountFailures: number;
  /** Failures from one client address within the window before further attempts get 429. */
  addressFailures: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  accountFailures: 5,
  addressFailures: 20,
  windowMs: 15 * 60_000,
};

/** Reads the settings from the environment (passed in, so tests never touch process.env) and
 * refuses, with a message that says what to change, any that cannot work. */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  const production = nodeEnv === 'production';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (production && !databaseUrl)
    throw new StartupError(
      'NODE_ENV=production needs DATABASE_URL (PostgreSQL). The embedded database does not ' +
        'fsync, so a power cut can lose recent writes: it is for demos, development and tests.',
    );
  const port = Number(env.PORT?.trim() || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StartupError(`PORT must be a port number (0-65535), not "${env.PORT}".`);
  const host = env.HOST?.trim() || '127.0.0.1';
  const seed = (env.SEED?.trim() || (databaseUrl ? 'none' : 'demo')) as ServerConfig['seed'];
  if (seed !== 'demo' && seed !== 'none')
    throw new StartupError(`SEED must be "demo" or "none", not "${env.SEED}".`);
  if (seed === 'demo' && production)
    throw new StartupError(
      'SEED=demo writes demo accounts and is refused with NODE_ENV=production.',
    );
  const appOrigin = readOrigin(env.APP_ORIGIN, `http://${urlHost(host)}:${port}`);
  // The session cookie is Secure only over HTTPS: production is served over nothing else.
  if (production && !appOrigin.startsWith('https:'))
    throw new StartupError(
      `NODE_ENV=production needs an https APP_ORIGIN (the session cookie is Secure), not ` +
        `"${appOrigin}".`,
    );
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || '.data'),
    databaseUrl,
    seed,
    nodeEnv,
    production,
    signIn: {
      accountFailures: readCount(
        env,
        'SIGN_IN_ACCOUNT_LIMIT',
        DEFAULT_SIGN_IN_LIMITS.accountFailures,
      ),
      addressFailures: readCount(
        env,
        'SIGN_IN_ADDRESS_LIMIT',
        DEFAULT_SIGN_IN_LIMITS.addressFailures,
      ),
      windowMs: readCount(env, 'SIGN_IN_WINDOW_MINUTES', 15) * 60_000,
    },
    trustedProxyHops: readProxyHops(env.TRUSTED_PROXY),
    appOrigin,
    secureCookies: appOrigin.startsWith('https:'),
    oidc: readOidcSettings(env, appOrigin, production),
    outboxKeySecret: readOutboxKeySecret(env),
    auditSigningKey: readAuditSigningKey(env),
    notify: readNotifyConfig(env),
    servicePhone: readServicePhone(env.SERVICE_PHONE),
    linkOrigin: readOrigin(env.LINK_ORIGIN, appOrigin, 'LINK_ORIGIN'),
    shutdownTimeoutMs: readCount(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10) * 1000,
    metrics: readMetrics(env, production, port),
  };
}

/** A phone number as people dial it: digits, spaces, + ( ) and -, up to 20 characters. */
function readServicePhone(text: string | undefined): string | null {
  const phone = text?.trim();
  if (!phone) return null;
  if (!/^\+?[\d ()-]{6,20}$/.test(phone))
    throw new StartupError(`SERVICE_PHONE must be a phone number (020 7946 0000), not "${phone}".`);
  return phone;
}

/** On by default outside production; in production only when asked for (METRICS=on). */
function readMetrics(
  env: Record<string, string | undefined>,
  production: boolean,
  appPort: number,
): { enabled: boolean; port: number | null } {
  const text = env.METRICS?.trim().toLowerCase() || (production ? 'off' : 'on');
  if (text !== 'on' && text !== 'off')
    throw new StartupError(`METRICS must be "on" or "off", not "${env.METRICS}".`);
  const portText = env.METRICS_PORT?.trim();
  if (!portText) return { enabled: text === 'on', port: null };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || (port === appPort && port !== 0))
    throw new StartupError(
      `METRICS_PORT must be a port number other than PORT's (0-65535), not "${portText}".`,
    );
  return { enabled: text === 'on', port };
}

/** A whole number of at least 1, or the default when unset. */
function readCount(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new StartupError(`${name} must be a whole number of at least 1, not "${text}".`);
  return value;
}

/** TRUSTED_PROXY: "false" or unset (0 hops), "true" (1), or a number of proxies. */
function readProxyHops(value: string | undefined): number {
  const text = value?.trim().toLowerCase() || 'false';
  if (text === 'false' || text === '0') return 0;
  if (text === 'true') return 1;
  const hops = Number(text);
  if (Number.isInteger(hops) && hops > 0 && hops < 10) return hops;
  throw new StartupError(
    `TRUSTED_PROXY must be "false", "true" or the number of proxies in front, not "${value}".`,
  );
}

/** At least 32 characters (a long random string: `openssl rand -base64 32`), in the variable or
 * a file. Changing it later leaves the keys sealed under the old one unreadable. */
function readOutboxKeySecret(env: Record<string, string | undefined>): string | null {
  const file = env.OUTBOX_KEY_SECRET_FILE?.trim();
  let secret = env.OUTBOX_KEY_SECRET?.trim() || null;
  if (file) {
    if (secret)
      throw new StartupError('Set OUTBOX_KEY_SECRET or OUTBOX_KEY_SECRET_FILE, not both.');
    try {
      secret = readFileSync(file, 'utf8').trim();
    } catch {
      throw new StartupError(`OUTBOX_KEY_SECRET_FILE cannot be read: "${file}".`);
    }
  }
  if (secret !== null && secret.length < 32)
    throw new StartupError(
      'OUTBOX_KEY_SECRET must be at least 32 characters (openssl rand -base64 32).',
    );
  return secret;
}

function readOrigin(value: string | undefined, fallback: string, name = 'APP_ORIGIN'): string {
  const text = value?.trim() || fallback;
  try {
    const url = new URL(text);
    if (url.origin !== 'null' && (url.pathname === '/' || url.pathname === '')) return url.origin;
  } catch {
    // Reported below.
  }
  throw new StartupError(
    `${name} must be an origin such as https://app.example.nhs.uk, not "${text}".`,
  );
}

/** An IPv6 address in a URL needs brackets. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** Host names the server answers to: loopback, the one it listens on, and the app origin's.
 * Any other Host header is refused (a DNS-rebinding page would send its own name). */
export function allowedHostNames(
  config: Pick<ServerConfig, 'host' | 'appOrigin' | 'linkOrigin'>,
): string[] {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', new URL(config.appOrigin).hostname]);
  if (config.linkOrigin) names.add(new URL(config.linkOrigin).hostname);
  if (config.host !== '0.0.0.0' && config.host !== '::') names.add(urlHost(config.host));
  return [...names];
}

function readAuditSigningKey(env: Record<string, string | undefined>): string | null {
  const key = env.AUDIT_SIGNING_KEY?.trim() || null;
  if (key !== null && key.length < 32)
    throw new StartupError(
      'AUDIT_SIGNING_KEY must be at least 32 characters (openssl rand -base64 32).',
    );
  return key;
}
