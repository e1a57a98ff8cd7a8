import type { ContactView } from '../../api/schemas/contacts';
import type { Participant } from '../../api/schemas/participants';
import type { Referral, ReferralDetail, ReferralUpdate } from '../../api/schemas/referrals';
import { normaliseSlots } from '../availability';
import type { IsoDate } from '../dates';
import { fullName } from '../names';
import type { CloseReason } from '../referral-closure';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { contactLog, type ContactRecords } from './contacts';
import { isOnWaitingList } from './referrals';

// Keeping a waiting-list entry true. Each change is audited with what it was before,
// which is the entry's history on its page.

interface EntryRecords extends Pick<ContactRecords, 'contactAttempts' | 'staff'> {
  referrals: readonly Referral[];
  participants: readonly Participant[];
}

/** The entry as its page shows it: the referral with the contact details kept on the person's
 * participant record and its contact log (newest first). Also the `current` a stale If-Match
 * gets back. */
export function referralDetailOf(
  referral: Referral,
  person: Participant | undefined,
  today: IsoDate,
  contacts: ContactView[],
): ReferralDetail {
  return {
    ...referral,
    dateOfBirth: person?.dateOfBirth ?? '1900-01-01',
    phone: person?.phone ?? null,
    email: person?.email ?? null,
    contactChannel: person?.contactChannel ?? 'text',
    remindersConsent: person?.remindersConsent ?? true,
    today,
    contacts,
  };
}

function entry(r: EntryRecords, id: string, seen: number, today: IsoDate) {
  const referral = found(
    r.referrals.find((x) => x.id === id),
    'That referral',
  );
  const person = r.participants.find((p) => p.id === referral.participantId);
  const contacts = contactLog(r, { referralId: referral.id });
  expectVersion(seen, referral, referralDetailOf(referral, person, today, contacts));
  return { referral, person, contacts };
}

/** What an entry's history follows: the person's contact details and preferences too. */
const ENTRY_FIELDS = [
  'phone',
  'email',
  'contactChannel',
  'remindersConsent',
  'availability',
  'urgent',
  'accessNeeds',
  'notes',
] as const;
const contactOf = (p: Participant | undefined) => ({
  phone: p?.phone ?? null,
  email: p?.email ?? null,
  contactChannel: p?.contactChannel ?? 'text',
  remindersConsent: p?.remindersConsent ?? true,
});

/** PATCH /referrals/:id: contact details, availability, urgency, access needs and notes. */
export function updateReferral(
  r: EntryRecords,
  input: { id: string; version: number; changes: ReferralUpdate },
  ctx: CommandContext,
): Outcome<ReferralDetail> {
  const { referral, person, contacts } = entry(r, input.id, input.version, ctx.today);
  const c = input.changes;
  const cs = new ChangeSet();
  const next = cs.put('referrals', {
    ...referral,
    availability: normaliseSlots(c.availability),
    accessNeeds: c.accessNeeds,
    urgent: c.urgent,
    notes: c.notes,
    version: referral.version + 1,
  });
  let nextPerson = person;
  if (person) {
    nextPerson = cs.put('participants', {
      ...person,
      phone: c.phone || null,
      email: c.email || null,
      contactChannel: c.contactChannel ?? person.contactChannel,
      remindersConsent: c.remindersConsent ?? person.remindersConsent,
    });
  }
  // Only what changed goes in the history, with what it was.
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const was = { ...referral, ...contactOf(person) };
  const now = { ...next, ...contactOf(nextPerson) };
  for (const key of ENTRY_FIELDS) {
    if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) {
      before[key] = was[key];
      after[key] = now[key];
    }
  }
  cs.audit('referral.update', 'referral', referral.id, before, after);
  return cs.done(referralDetailOf(next, nextPerson, ctx.today, contacts));
}

/** POST /referrals/:id/close: the entry leaves the list with a reason. Someone holding an
 * offer has it answered first (accepted, declined or expired), so no offer is left open. */
export function closeReferral(
  r: EntryRecords,
  input: { id: string; version: number; reason: CloseReason; note: string },
  ctx: CommandContext,
): Outcome<ReferralDetail> {
  const { referral, person, contacts } = entry(r, input.id, input.version, ctx.today);
  if (referral.status === 'offered') {
    refuse(
      'invalid_state',
      `${fullName(referral)} holds an open offer: record its outcome before closing the entry.`,
    );
  }
  if (referral.status !== 'waiting') {
    refuse('invalid_state', `This entry is ${referral.status}, not on the waiting list.`);
  }
  const cs = new ChangeSet();
  const next = cs.put('referrals', {
    ...referral,
    status: 'closed',
    closure: { reason: input.reason, note: input.note, at: ctx.now, byStaffId: ctx.actor.id },
    version: referral.version + 1,
  });
  cs.audit(
    'referral.close',
    'referral',
    referral.id,
    { status: referral.status },
    { status: next.status, reason: input.reason, note: input.note },
  );
  return cs.done(referralDetailOf(next, person, ctx.today, contacts));
}

/** POST /referrals/:id/reopen: a closed entry goes back on the list at its original place
 * (its referral date), unless the person is on the list again by another referral. */
export function reopenReferral(
  r: EntryRecords,
  input: { id: string; version: number },
  ctx: CommandContext,
): Outcome<ReferralDetail> {
  const { referral, person, contacts } = entry(r, input.id, input.version, ctx.today);
  if (referral.status !== 'closed') {
    refuse('invalid_state', 'Only a closed entry can be reopened.');
  }
  const other = r.referrals.find(
    (x) => x.id !== referral.id && x.nhsNumber === referral.nhsNumber && isOnWaitingList(x),
  );
  if (other) {
    refuse(
      'duplicate_nhs_number',
      `${fullName(other)} is already on the waiting list by another referral.`,
      undefined,
      { id: other.id },
    );
  }
  const cs = new ChangeSet();
  const next = cs.put('referrals', {
    ...referral,
    status: 'waiting',
    closure: null,
    version: referral.version + 1,
  });
  cs.audit(
    'referral.reopen',
    'referral',
    referral.id,
    { status: referral.status, reason: referral.closure?.reason ?? null },
    { status: next.status },
  );
  return cs.done(referralDetailOf(next, person, ctx.today, contacts));
}
