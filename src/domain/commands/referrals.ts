import type { Participant } from '../../api/schemas/participants';
import type { NewReferral, Referral } from '../../api/schemas/referrals';
import { normaliseSlots } from '../availability';
import { checkEligibility, type Signposting } from '../eligibility';
import { fullName } from '../names';
import { refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';

/** Waiting and offered people are still on the list: one referral of theirs per NHS number. */
export const ON_WAITING_LIST: readonly Referral['status'][] = ['waiting', 'offered'];

export function isOnWaitingList(referral: Pick<Referral, 'status'>): boolean {
  return ON_WAITING_LIST.includes(referral.status);
}

interface ReferralRecords {
  referrals: readonly Referral[];
  participants: readonly Participant[];
  settings: Signposting;
}

/** POST /referrals: an eligible person joins the waiting list, once, on one participant record. */
export function createReferral(
  r: ReferralRecords,
  input: NewReferral,
  ctx: CommandContext,
): Outcome<Referral> {
  // docs/domain.md: a referral from an ineligible borough is not added; the answer says where to signpost.
  const eligibility = checkEligibility(input.borough, r.settings);
  if (!eligibility.eligible) {
    refuse(
      'ineligible_borough',
      `Not added. ${eligibility.message}`,
      { borough: [eligibility.message] },
      { reason: eligibility.reason },
    );
  }
  const existing = r.referrals.find((x) => x.nhsNumber === input.nhsNumber && isOnWaitingList(x));
  if (existing) {
    refuse(
      'duplicate_nhs_number',
      `${fullName(existing)} is already on the waiting list with this NHS number.`,
      { nhsNumber: ['Already on the waiting list'] },
      { id: existing.id },
    );
  }
  const cs = new ChangeSet();
  // Someone re-referred after an earlier course keeps one participant record.
  const person =
    r.participants.find((p) => p.nhsNumber === input.nhsNumber) ??
    cs.put('participants', {
      id: ctx.newId('ptc'),
      givenName: input.givenName,
      familyName: input.familyName,
      nhsNumber: input.nhsNumber,
      dateOfBirth: input.dateOfBirth,
      borough: input.borough,
      phone: input.phone || null,
      email: input.email || null,
      contactChannel: input.contactChannel ?? 'text',
      remindersConsent: input.remindersConsent ?? true,
    });
  const referral = cs.put('referrals', {
    id: ctx.newId('ref'),
    participantId: person.id,
    givenName: input.givenName,
    familyName: input.familyName,
    nhsNumber: input.nhsNumber,
    borough: input.borough,
    gpPractice: input.gpPractice,
    referralDate: input.referralDate,
    availability: normaliseSlots(input.availability),
    accessNeeds: input.accessNeeds,
    urgent: input.urgent,
    notes: input.notes,
    status: 'waiting',
    closure: null,
    version: 1,
  });
  cs.audit('referral.create', 'referral', referral.id, null, referral);
  return cs.done(referral);
}
