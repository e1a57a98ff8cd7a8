import { howToReach } from '../../domain/contact-preferences';
import { dueReminders } from '../../domain/reminders';
import type { Db } from '../db/database';
import { readSnapshot } from '../db/records';
import { tryAcquireLease } from '../leases';
import type { Logger } from '../logger';
import { jobHolder } from '../offer-expiry-job';
import type { Notifier } from './notify-client';
import { sendReminder } from './reminder-sender';
import { repeatEvery } from '../repeat-every';

// Reminders before each session, like offer expiry a job under a database lease
// (`send-reminders`, decision 0007): of several instances one sends. Each run finds what is
// due now (src/domain/reminders.ts), asks the person's contact rule how to reach them
// (howToReach: consent, channel, a mobile or an email) and sends each reminder once; people
// it cannot reach are not written anywhere, the cohort's reminders read says why from the
// same rule. Without a reminder template nothing is sent at all.

export const REMINDER_LEASE = 'send-reminders';
const LEASE_MS = 5 * 60_000;

export async function runReminders(
  db: Db,
  notifier: Notifier,
  options: { holder: string; now?: Date; linkOrigin: string; log: Logger; leaseMs?: number },
): Promise<{ held: boolean; sent: number; notSent: number }> {
  const now = options.now ?? new Date();
  if (!(await tryAcquireLease(db, REMINDER_LEASE, options.holder, options.leaseMs ?? LEASE_MS)))
    return { held: false, sent: 0, notSent: 0 };
  const records = await readSnapshot(db, {});
  const { settings } = records;
  const templates = {
    sms: settings.reminderSmsTemplateId,
    email: settings.reminderEmailTemplateId,
  };
  let sent = 0;
  let notSent = 0;
  if (!templates.sms && !templates.email) return { held: true, sent, notSent };
  for (const due of dueReminders(records, settings, now)) {
    const person = records.participants.find((p) => p.id === due.enrolment.participantId);
    const cohort = records.cohorts.find((c) => c.id === due.session.cohortId);
    const lastSession = records.sessions
      .filter((s) => s.cohortId === due.session.cohortId)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!person || !cohort || !lastSession) continue;
    const reach = howToReach(person, 'reminder', {
      sms: Boolean(templates.sms),
      email: Boolean(templates.email),
    });
    if ('reason' in reach) continue;
    const templateId = templates[reach.channel];
    if (!templateId) continue;
    const outcome = await sendReminder(
      db,
      notifier,
      { ...due, person, cohort, lastSession },
      { ...reach, templateId },
      { now, linkOrigin: options.linkOrigin, log: options.log },
    );
    if (outcome === 'sent') sent += 1;
    if (outcome === 'not-sent') notSent += 1;
  }
  return { held: true, sent, notSent };
}

/** Runs the job every `everyMs` on this instance (the lease decides who sends); returns stop,
 * which waits for a run under way. */
export function scheduleReminders(
  db: Db,
  notifier: Notifier,
  options: { everyMs: number; linkOrigin: string; log: Logger },
  onRun: (outcome: 'done' | 'skipped' | 'failed') => void = () => undefined,
): () => Promise<void> {
  const holder = jobHolder();
  const run = async () => {
    try {
      const result = await runReminders(db, notifier, { holder, ...options });
      if (result.sent || result.notSent)
        options.log.info({ sent: result.sent, notSent: result.notSent }, 'reminders sent');
      onRun(result.held ? 'done' : 'skipped');
    } catch (error) {
      options.log.warn({ err: { type: (error as Error).name } }, 'reminders failed');
      onRun('failed');
    }
  };
  return repeatEvery(options.everyMs, run);
}
