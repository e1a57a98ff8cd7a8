import { NotifyClient } from 'notifications-node-client';
import type { NotifyConfig } from './notify-config';

// The one place the Notify client is made. What the rest of the server sees is this small
// interface, so tests can put a fake in its place, and a send that hangs gives up in time.

export interface Notifier {
  /** Sends a text or an email; resolves with Notify's id for the message. */
  send(message: {
    channel: 'sms' | 'email';
    templateId: string;
    to: string;
    personalisation: Record<string, string>;
    /** Ours, to find the message in Notify's own records (the offer's id: no personal data). */
    reference: string;
  }): Promise<{ id: string }>;
  /** Notify's status word for a message ('created', 'sending', 'delivered', ...). */
  status(messageId: string): Promise<string>;
}

const TIMEOUT_MS = 10_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotifyError('timeout', null)), TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A failed call in words that hold no personal data: Notify's HTTP status and error type
 * only (its messages can repeat what was sent). */
export class NotifyError extends Error {
  constructor(
    readonly kind: string,
    readonly status: number | null,
  ) {
    super(status ? `GOV.UK Notify refused it (HTTP ${status}, ${kind})` : `GOV.UK Notify: ${kind}`);
    this.name = 'NotifyError';
  }
}

function notifyErrorOf(error: unknown): NotifyError {
  if (error instanceof NotifyError) return error;
  const e = error as {
    response?: { status?: number; data?: { errors?: { error?: unknown }[] } };
    code?: unknown;
  };
  const status = typeof e.response?.status === 'number' ? e.response.status : null;
  const type = e.response?.data?.errors?.[0]?.error;
  const kind =
    typeof type === 'string' && /^\w{1,40}$/.test(type)
      ? type
      : typeof e.code === 'string' && /^[A-Z_]{1,30}$/.test(e.code)
        ? `could not be reached (${e.code})`
        : 'could not be reached';
  return new NotifyError(kind, status);
}

export function notifierFor(config: NotifyConfig): Notifier {
  const client = new NotifyClient(config.baseUrl, config.apiKey());
  return {
    async send({ channel, templateId, to, personalisation, reference }) {
      try {
        const options = { personalisation, reference };
        const answer =
          channel === 'sms'
            ? await withTimeout(client.sendSms(templateId, to, options))
            : await withTimeout(client.sendEmail(templateId, to, options));
        return { id: String(answer.data.id) };
      } catch (error) {
        throw notifyErrorOf(error);
      }
    },
    async status(messageId) {
      try {
        const answer = await withTimeout(client.getNotificationById(messageId));
        return String(answer.data.status);
      } catch (error) {
        throw notifyErrorOf(error);
      }
    },
  };
}
