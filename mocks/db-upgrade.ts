import { DEFAULT_REMINDER_TIMES } from '../src/domain/reminders';
import { TEMPORARY_PASSWORD_HOURS } from '../src/domain/temporary-passwords';
import { slotsFromDaysAndTimes } from '../src/domain/availability';
import type { Db } from './db';

/** Data saved by an earlier version of the mock (the browser's localStorage, the HTTP API's
 * file), brought to today's shape as it loads, as the server's migrations do for its tables:
 * availability saved as `{ days, times }` becomes the slots it meant; staff saved before
 * accounts had a state are active; offers saved before declines said why have no reason. */
export function upgradeDb(db: Db): Db {
  for (const r of db.referrals) {
    const saved: unknown = r.availability;
    if (!Array.isArray(saved)) {
      r.availability = slotsFromDaysAndTimes(saved as { days?: string[]; times?: string[] });
    }
  }
  // A store saved before reads were on the record has no access log.
  db.access ??= [];
  // A store saved before the contact log existed has none.
  db.contactAttempts ??= [];
  // Nor before outcome measures and safety alerts.
  db.measures ??= [];
  db.alerts ??= [];
  // Offers saved before a decline said why.
  for (const o of db.offers) {
    o.declineReason ??= null;
    o.declineNote ??= '';
  }
  // Settings saved before the Notify templates have none; attempts saved
  // before it were all made by staff.
  db.settings.offerSmsTemplateId ??= null;
  db.settings.offerEmailTemplateId ??= null;
  // Settings saved before missed material and group messages have neither.
  db.settings.materialSmsTemplateId ??= null;
  db.settings.materialEmailTemplateId ??= null;
  db.settings.topicMaterials ??= [];
  db.settings.groupSmsTemplateId ??= null;
  db.settings.groupEmailTemplateId ??= null;
  // Settings saved before temporary passwords expired take the default.
  db.settings.temporaryPasswordHours ??= TEMPORARY_PASSWORD_HOURS.default;
  for (const c of db.contactAttempts) {
    c.notifyMessageId ??= null;
    c.deliveryStatus ??= null;
    c.sessionId ??= null;
  }
  // Saved before reminders and contact preferences: the defaults a new person gets.
  db.settings.reminderDayBeforeAt ??= DEFAULT_REMINDER_TIMES.reminderDayBeforeAt;
  db.settings.reminderTwoHoursBefore ??= DEFAULT_REMINDER_TIMES.reminderTwoHoursBefore;
  db.settings.reminderSmsTemplateId ??= null;
  db.settings.reminderEmailTemplateId ??= null;
  for (const s of db.sessions) s.videoLink ??= null;
  for (const p of db.participants) {
    p.contactChannel ??= 'text';
    p.remindersConsent ??= true;
  }
  // A store saved before staff accounts had a state reads as all of them active.
  db.staff = db.staff.map((s) => ({
    ...s,
    active: s.active ?? true,
    deactivationReason: s.deactivationReason ?? null,
    version: s.version ?? 1,
  }));
  return db;
}
