// Every action the app writes to the audit trail, with the words staff read for it. This table
// is the only list: `AuditAction` is derived from it, and every writer (the domain's ChangeSet,
// the server's appendAudit, the mock's audit) takes an `AuditAction`, so an action without
// words here does not compile. tests/domain/audit-actions.test.ts checks the words themselves.

export const AUDIT_ACTION_WORDS = {
  'cohort.create': 'Cohort created',
  'cohort.update': 'Cohort details changed',
  'cohort.cancel': 'Cohort cancelled',
  'cohort.delete': 'Cohort deleted',
  'session.reschedule': 'Session moved',
  'session.cancel': 'Session cancelled',
  'session.video-link': 'Session video link changed',
  'register.finalise': 'Register finalised',
  'attendance.mark': 'Attendance marked',
  'attendance.amend': 'Attendance corrected',
  'attendance.cannot_attend': 'Said they cannot attend',
  'attendance.session-cancelled': 'Notice replaced: the service cancelled the session',
  'enrolment.create': 'Given a place',
  'enrolment.agreement': 'Group agreement recorded',
  'enrolment.withdraw': 'Withdrawn from the course',
  'enrolment.remove_after_absences': 'Removed after absences',
  'enrolment.transfer': 'Moved to another cohort',
  'flag.keep': 'Kept after a breach',
  'flag.transfer': 'Moved to another cohort after a breach',
  'flag.withdraw': 'Withdrawn after a breach',
  'flag.contact': 'Contacted about absences',
  'measures.record': 'Outcome measures recorded',
  'alert.raise': 'Safety alert raised (PHQ-9 item 9)',
  'alert.review': 'Safety alert reviewed',
  'referral.create': 'Added to the waiting list',
  'referral.update': 'Waiting list entry changed',
  'referral.close': 'Waiting list entry closed',
  'referral.reopen': 'Waiting list entry reopened',
  'contact.record': 'Contact attempt logged',
  'vacancy.open': 'Place freed and open to offer',
  'vacancy.closed': 'Place freed too late to offer',
  'vacancy.fill': 'Freed place filled',
  'offer.create': 'Place offered',
  'offer.accept': 'Offer accepted',
  'offer.decline': 'Offer declined',
  'offer.expire': 'Offer expired',
  'offer.message-sent': 'Offer sent by text or email (Notify)',
  'offer.message-not-sent': 'Offer message not sent (Notify refused it)',
  'offer.message-status': 'Offer message delivery status changed',
  'questionnaire.message-sent': 'Questionnaire link sent by text or email (Notify)',
  'questionnaire.message-not-sent': 'Questionnaire link not sent (Notify refused it)',
  'course-message.sent': 'Missed material or a group message sent by text or email (Notify)',
  'course-message.not-sent':
    'Missed material or a group message not sent (no contact, or Notify refused it)',
  'link.opened': 'Opened their link',
  'participant.opt-out': 'Turned off reminders and missed material by link',
  'reminder.sent': 'Session reminder sent by text or email (Notify)',
  'reminder.not-sent': 'Session reminder not sent (Notify refused it)',
  'link.refused': 'Link refused: unknown, used or expired',
  'link.throttled': 'Link tries refused: too many wrong links from one address',
  'settings.update': 'Service settings changed',
  'staff.create': 'Member of staff added',
  'staff.update': 'Member of staff changed',
  'staff.deactivate': 'Member of staff deactivated',
  'staff.reactivate': 'Member of staff reactivated',
  'staff.temporary-password': 'Temporary password set',
  'sign-in': 'Signed in with a password',
  'sign-in.failed': 'Password sign-in refused',
  'sign-in.throttled': 'Sign-in refused: too many attempts',
  'sign-in.password-change-required': 'Asked to choose a new password',
  'password.change': 'Password changed',
  'sign-out': 'Signed out',
  'session.sign-in': 'Signed in with single sign-on',
  'session.sign-in-refused': 'Single sign-on refused',
  'session.end-all': 'Signed out everywhere',
  'staff.sso-link': 'Account linked to single sign-on',
  'demo.reset': 'Demo data reset',
  'demo.seed-waiting-list': 'Demo waiting list generated',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_WORDS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_WORDS) as AuditAction[];

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_WORDS, action);
}

/** What an audit entry's action says in words. An entry written before an action was renamed
 * (the trail is kept for years) still reads as words, from its key. */
export function auditActionWords(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_WORDS[action] : readableKey(action);
}

/** `enrolment.remove_after_absences` -> "Enrolment remove after absences"; `startDate` ->
 * "Start date": the fallback for an action or a field with no words of its own. */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}
