import { readFileSync } from 'node:fs';
import { StartupError } from '../startup-error';

// GOV.UK Notify's API key comes from the server's environment only
// (NOTIFY_API_KEY, or NOTIFY_API_KEY_FILE for a secrets mount). It is never logged, never in
// the database and never in any answer: the key is held in a closure that JSON, string
// conversion and util.inspect cannot reach, so logging the config by mistake shows nothing.

/** Notify's key: `{key name}-{service id}-{secret}`, both of the last two UUIDs. */
const KEY_SHAPE =
  /^(?<name>.+)-(?<service>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface NotifyConfig {
  /** The key, to hand to the Notify client and nowhere else. */
  apiKey(): string;
  /** The service id part of the key (not secret: Notify shows it in its page addresses). */
  serviceId: string;
  /** Notify's API, or a stand-in for tests (NOTIFY_BASE_URL). */
  baseUrl: string;
  /** How often delivery statuses are asked for (NOTIFY_STATUS_EVERY_SECONDS, default 60). */
  statusEveryMs: number;
  /** The templates a session's questionnaire link is sent with (a text first, else an email):
   * NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID and NOTIFY_QUESTIONNAIRE_EMAIL_TEMPLATE_ID. */
  questionnaireTemplates: { sms: string | null; email: string | null };
  /** How often due reminders are looked for (NOTIFY_REMINDERS_EVERY_SECONDS, default 60). */
  remindersEveryMs: number;
}

const TEMPLATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function readTemplateId(env: Record<string, string | undefined>, name: string): string | null {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return null;
  if (!TEMPLATE_ID.test(value))
    throw new StartupError(`${name} must be a GOV.UK Notify template ID (a UUID), not "${value}".`);
  return value;
}

export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';

/** null: Notify is not set up (offers are contacted by hand). Refuses a key of the wrong shape
 * with a message that never repeats the key. */
export function readNotifyConfig(env: Record<string, string | undefined>): NotifyConfig | null {
  const file = env.NOTIFY_API_KEY_FILE?.trim();
  let key = env.NOTIFY_API_KEY?.trim() || null;
  if (file) {
    if (key) throw new StartupError('Set NOTIFY_API_KEY or NOTIFY_API_KEY_FILE, not both.');
    try {
      key = readFileSync(file, 'utf8').trim();
    } catch {
      throw new StartupError(`NOTIFY_API_KEY_FILE cannot be read: "${file}".`);
    }
  }
  const baseText = env.NOTIFY_BASE_URL?.trim();
  if (!key) {
    if (baseText) throw new StartupError('NOTIFY_BASE_URL is set but NOTIFY_API_KEY is not.');
    return null;
  }
  const shape = KEY_SHAPE.exec(key);
  if (!shape?.groups)
    throw new StartupError(
      'NOTIFY_API_KEY is not a GOV.UK Notify API key: expected "{key name}-{service id}-{secret}" ' +
        '(two UUIDs at the end), as Notify shows it once when the key is made.',
    );
  const serviceId = shape.groups.service!;
  let baseUrl = NOTIFY_PRODUCTION_URL;
  if (baseText) {
    try {
      const url = new URL(baseText);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
      baseUrl = url.origin + url.pathname.replace(/\/$/, '');
      // The key signs every request: over plain HTTP only to a stand-in, never in production.
      if (url.protocol === 'http:' && env.NODE_ENV?.trim() === 'production')
        throw new StartupError('NOTIFY_BASE_URL must be https with NODE_ENV=production.');
    } catch (error) {
      if (error instanceof StartupError) throw error;
      throw new StartupError(`NOTIFY_BASE_URL must be an http(s) address, not "${baseText}".`);
    }
  }
  const every = secondsSetting(env, 'NOTIFY_STATUS_EVERY_SECONDS');
  const reminders = secondsSetting(env, 'NOTIFY_REMINDERS_EVERY_SECONDS');
  const secret = key;
  return {
    apiKey: () => secret,
    serviceId,
    baseUrl,
    statusEveryMs: every * 1000,
    questionnaireTemplates: {
      sms: readTemplateId(env, 'NOTIFY_QUESTIONNAIRE_SMS_TEMPLATE_ID'),
      email: readTemplateId(env, 'NOTIFY_QUESTIONNAIRE_EMAIL_TEMPLATE_ID'),
    },
    remindersEveryMs: reminders * 1000,
  };
}

function secondsSetting(env: Record<string, string | undefined>, name: string): number {
  const every = Number(env[name]?.trim() || 60);
  if (!Number.isInteger(every) || every < 5 || every > 3600)
    throw new StartupError(`${name} must be a whole number from 5 to 3600, not "${env[name]}".`);
  return every;
}
