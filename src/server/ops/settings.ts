// Every environment setting the server and its commands read: the one list `.env.example` is
// generated from (`npm run env:example`), and CI checks that the list, the file and the code
// agree (.ci/env-example-check.mjs: a name read in src/server but missing here fails).
// `example` is what the file shows for a setting with no default worth writing out.

export interface Setting {
  name: string;
  /** The value used when unset, in words when it depends on others. */
  default: string;
  /** What it does, one or two sentences. */
  about: string;
  /** A secret: never written out, only named. */
  secret?: boolean;
}

export interface SettingGroup {
  title: string;
  settings: Setting[];
}

export const SETTINGS: SettingGroup[] = [
  {
    title: 'Server',
    settings: [
      {
        name: 'NODE_ENV',
        default: 'development',
        about:
          '"production" refuses the embedded database, demo data and a plain-http APP_ORIGIN, and turns metrics off unless METRICS=on.',
      },
      {
        name: 'PORT',
        default: '8787',
        about: 'The port the app and the API listen on (0: any free port).',
      },
      {
        name: 'HOST',
        default: '127.0.0.1',
        about: 'The address to listen on; 0.0.0.0 in a container.',
      },
      {
        name: 'APP_ORIGIN',
        default: 'http://<HOST>:<PORT>',
        about:
          'The origin users open (https in production): CORS, the Secure session cookie and the allowed Host names follow it.',
      },
      {
        name: 'TRUSTED_PROXY',
        default: 'false',
        about:
          'How many proxies in front append to X-Forwarded-For ("true" = 1); sign-in throttling counts by the client address this gives.',
      },
      {
        name: 'STATIC_DIR',
        default: 'dist-app',
        about: 'The built app to serve (npm run build:app).',
      },
      {
        name: 'SHUTDOWN_TIMEOUT_SECONDS',
        default: '10',
        about:
          'On SIGTERM, how long requests in flight may take to finish before their connections are closed.',
      },
    ],
  },
  {
    title: 'Database',
    settings: [
      {
        name: 'DATABASE_URL',
        default: '(none: the embedded database)',
        about:
          'PostgreSQL as the app role (postgres://user:password@host:5432/db). Required in production.',
        secret: true,
      },
      {
        name: 'DATABASE_OWNER_URL',
        default: 'the same as DATABASE_URL',
        about:
          'PostgreSQL as the owner role, for npm run db:migrate, db:backup and db:restore only; never give it to the server.',
        secret: true,
      },
      {
        name: 'DATABASE_APP_ROLE',
        default: 'the user in DATABASE_URL',
        about: 'The role db:migrate grants the server its rights to.',
      },
      {
        name: 'DATA_DIR',
        default: '.data',
        about:
          'The folder of the embedded database (and its lock file) when DATABASE_URL is not set.',
      },
      {
        name: 'SEED',
        default: 'demo on the embedded database, none on PostgreSQL',
        about:
          '"demo" writes the demo data into an empty database (refused in production); "none" starts empty.',
      },
      {
        name: 'BACKUP_DIR',
        default: 'backups',
        about:
          'Where npm run db:backup writes, and db:restore looks for the newest backup when given no file.',
      },
    ],
  },
  {
    title: 'Sign-in',
    settings: [
      {
        name: 'SIGN_IN_ACCOUNT_LIMIT',
        default: '5',
        about: 'Failed sign-ins for one email within the window before further attempts get 429.',
      },
      {
        name: 'SIGN_IN_ADDRESS_LIMIT',
        default: '20',
        about:
          'Failed sign-ins from one client address within the window before further attempts get 429.',
      },
      {
        name: 'SIGN_IN_WINDOW_MINUTES',
        default: '15',
        about: 'The window failed sign-ins are counted over.',
      },
      {
        name: 'OUTBOX_KEY_SECRET',
        default: '(none: keys stored as they are)',
        about:
          "At least 32 characters (openssl rand -base64 32): seals each account's offline outbox key in the database.",
        secret: true,
      },
      {
        name: 'AUDIT_SIGNING_KEY',
        default: '(none: the audit chain is not checkpointed)',
        about:
          "At least 32 characters (openssl rand -base64 32), kept out of the database: signs the audit chain's head every minute, which npm run audit:verify checks.",
        secret: true,
      },
      {
        name: 'OUTBOX_KEY_SECRET_FILE',
        default: '(none)',
        about: 'A file holding OUTBOX_KEY_SECRET instead (not both).',
      },
    ],
  },
  {
    title: 'Single sign-on (OpenID Connect; none set: passwords only)',
    settings: [
      {
        name: 'OIDC_ISSUER',
        default: '(none)',
        about: "The provider's issuer, exactly as its discovery document says (https).",
      },
      {
        name: 'OIDC_CLIENT_ID',
        default: '(none)',
        about: "This service's client id at the provider.",
      },
      {
        name: 'OIDC_SIGNING_KEY',
        default: '(none)',
        about: 'The private key for private_key_jwt, as a JWK (JSON) or PEM text.',
        secret: true,
      },
      {
        name: 'OIDC_SIGNING_KEY_FILE',
        default: '(none)',
        about: 'A file holding OIDC_SIGNING_KEY instead.',
      },
      {
        name: 'OIDC_SIGNING_KEY_ID',
        default: "the JWK's kid",
        about: 'The key id (kid) when the key has none.',
      },
      {
        name: 'OIDC_SIGNING_ALG',
        default: 'RS256 (RSA) or ES256 (P-256)',
        about: 'The signing algorithm; must fit the key.',
      },
      {
        name: 'OIDC_SIGNING_CERT_FILE',
        default: '(none)',
        about:
          "The key's X.509 certificate (PEM), for providers that name the key by thumbprint (Entra ID).",
      },
      {
        name: 'OIDC_SCOPES',
        default: 'openid profile email',
        about: 'Scopes asked for; must include openid.',
      },
      {
        name: 'OIDC_ACR_VALUES',
        default: '(none)',
        about: "Authentication context classes asked for; the ID token's acr must be one of them.",
      },
      {
        name: 'OIDC_REDIRECT_URI',
        default: '<APP_ORIGIN>/api/auth/oidc/callback',
        about: 'The callback registered at the provider.',
      },
    ],
  },
  {
    title: 'GOV.UK Notify (none set: offers are contacted by hand)',
    settings: [
      {
        name: 'NOTIFY_API_KEY',
        default: '(none)',
        about: 'The Notify API key (key name, service id and secret).',
        secret: true,
      },
      {
        name: 'NOTIFY_API_KEY_FILE',
        default: '(none)',
        about: 'A file holding NOTIFY_API_KEY instead (not both).',
      },
      {
        name: 'NOTIFY_BASE_URL',
        default: 'https://api.notifications.service.gov.uk',
        about: "Notify's address (https in production).",
      },
      {
        name: 'NOTIFY_STATUS_EVERY_SECONDS',
        default: '60',
        about: 'How often delivery statuses are asked for (5-3600).',
      },
      {
        name: 'NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID',
        default: '(none)',
        about:
          "The Notify text template a session's questionnaire link is sent with (personalisation: first_name, session_day, session_time, questionnaire_link).",
      },
      {
        name: 'NOTIFY_QUESTIONNAIRE_EMAIL_TEMPLATE_ID',
        default: '(none)',
        about: 'The email template for the same, used when the person has no mobile number.',
      },
      {
        name: 'NOTIFY_REMINDERS_EVERY_SECONDS',
        default: '60',
        about: 'How often reminders due before a session are looked for and sent (5-3600).',
      },
      {
        name: 'LINK_ORIGIN',
        default: '(APP_ORIGIN)',
        about:
          'Where people reach this server from their phones, for the links in their messages (<origin>/link/...).',
      },
      {
        name: 'SERVICE_PHONE',
        default: '(none)',
        about:
          "The service's phone number, shown on the pages a message's link opens, for anything else.",
      },
    ],
  },
  {
    title: 'Metrics (GET /metrics, Prometheus text format)',
    settings: [
      {
        name: 'METRICS',
        default: 'on, except off with NODE_ENV=production',
        about: '"on" or "off": serve /metrics.',
      },
      {
        name: 'METRICS_PORT',
        default: "(none: the app's port)",
        about:
          "Serve /metrics on this port (on HOST) instead of the app's, to keep it off the public route.",
      },
    ],
  },
];
