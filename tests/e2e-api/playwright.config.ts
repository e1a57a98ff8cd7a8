import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import {
  NOTIFY_API_KEY,
  NOTIFY_FIELDS,
  NOTIFY_MORE_TEMPLATES,
  NOTIFY_PORT,
  NOTIFY_QUESTIONNAIRE_SMS,
  NOTIFY_TEMPLATES,
  NOTIFY_URL,
} from './notify-settings';

// Real-backend mode end to end: the app built with VITE_API_BASE_URL, served on one origin,
// calling the real server (src/server, embedded database, demo seed) on another, so CORS and
// credentials are exercised for real.
const API_PORT = 8787;
const APP_PORT = 4174;
const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const API_BASE_URL = `http://127.0.0.1:${API_PORT}/api`;
// A fresh data directory per run.
const DATA_DIR = join(mkdtempSync(join(tmpdir(), 'e2e-api-')), 'data');
// Single sign-on: a local OpenID provider (tests/e2e-api/oidc-provider.mjs) with
// this client registered for private_key_jwt; a key pair made for the run, its private half
// for the server, its public half for the provider.
const OIDC_PORT = 8790;
const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
const OIDC_CLIENT_ID = 'cohort-register-e2e';
// The API is on another origin than the app here, so the callback is the API's.
const OIDC_REDIRECT_URI = `${API_BASE_URL}/auth/oidc/callback`;
const clientKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const CLIENT_JWK = { kid: 'e2e-client', alg: 'RS256', use: 'sig' };

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e-api',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../reports/e2e-api.json' }]],
  use: {
    baseURL: APP_ORIGIN,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium, never a downloaded browser.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      cwd: '../..',
      command: 'npm run --silent build:server && node dist-server/main.js',
      env: {
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        DATA_DIR,
        SEED: 'demo',
        APP_ORIGIN,
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_SIGNING_KEY: JSON.stringify({
          ...clientKey.privateKey.export({ format: 'jwk' }),
          kid: CLIENT_JWK.kid,
        }),
        OIDC_REDIRECT_URI,
        OIDC_ACR_VALUES: 'AAL3_ANY',
        // GOV.UK Notify: the local stand-in, asked about delivery often.
        NOTIFY_API_KEY,
        NOTIFY_BASE_URL: NOTIFY_URL,
        NOTIFY_STATUS_EVERY_SECONDS: '5',
        NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID: NOTIFY_QUESTIONNAIRE_SMS,
        // Reminders due are looked for often, so a journey sees one within seconds.
        NOTIFY_REMINDERS_EVERY_SECONDS: '5',
        // The people's links open on the server itself here (the app is on another origin).
        LINK_ORIGIN: `http://127.0.0.1:${API_PORT}`,
        SERVICE_PHONE: '020 7946 0000',
      },
      // Ready when it answers at all: 401 without a session (Playwright accepts 2xx-403).
      url: `${API_BASE_URL}/auth/me`,
      reuseExistingServer: false,
      // The build and the first migration with the demo seed take over a minute on a busy
      // machine (seen at a load of 20 on 2 CPUs).
      timeout: 180_000,
    },
    {
      cwd: '../..',
      command: 'node tests/e2e-api/oidc-provider.mjs',
      env: {
        OIDC_PROVIDER_PORT: String(OIDC_PORT),
        OIDC_CLIENT_ID,
        OIDC_REDIRECT_URI,
        OIDC_CLIENT_JWK: JSON.stringify({
          ...clientKey.publicKey.export({ format: 'jwk' }),
          ...CLIENT_JWK,
        }),
      },
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // GOV.UK Notify's API, checked as Notify checks it (tests/e2e-api/notify-stand-in.mjs).
      cwd: '../..',
      command: 'node tests/e2e-api/notify-stand-in.mjs',
      env: {
        NOTIFY_STAND_IN_PORT: String(NOTIFY_PORT),
        NOTIFY_STAND_IN_KEY: NOTIFY_API_KEY,
        NOTIFY_STAND_IN_TEMPLATES: JSON.stringify(NOTIFY_TEMPLATES),
        NOTIFY_STAND_IN_FIELDS: JSON.stringify(NOTIFY_FIELDS),
        NOTIFY_STAND_IN_MORE: JSON.stringify(NOTIFY_MORE_TEMPLATES),
      },
      url: `${NOTIFY_URL}/_health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The preview needs the same VITE_API_BASE_URL: its Content-Security-Policy allows connecting to that origin.
      cwd: '../..',
      command: `npx vite build --outDir dist-api --emptyOutDir --logLevel warn && npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort --outDir dist-api`,
      env: { VITE_API_BASE_URL: API_BASE_URL },
      url: APP_ORIGIN,
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
});
