import type { Cohort } from '../../api/schemas/cohorts';
import type { Offer, OfferOutcome, Referral, Vacancy } from '../../api/schemas/referrals';
import { checkEligibility } from '../eligibility';
import { isPastExpiry, MAX_OFFER_HOURS, offerExpiresAt } from '../offers';
import { vacancyWindow, type VacancyWindow } from '../vacancy';
import { ChangeSet, expectVersion, refuse, type CommandContext, type Outcome } from './command';
import {
  expectPlaceFor,
  found,
  newEnrolment,
  takeOffWaitingList,
  type PlaceRecords,
} from './places';

export interface OfferRecords extends PlaceRecords {
  referrals: readonly Referral[];
  vacancies: readonly Vacancy[];
  offers: readonly Offer[];
}

/** DOMAIN.md: a freed place can be offered only while it is open and before the late-joining
 * cut-off (the setting's session for a course, the first session for a workshop). */
export function offerWindow(
  r: Pick<PlaceRecords, 'cohorts' | 'sessions' | 'settings'>,
  vacancy: Vacancy,
  today: string,
): { cohort: Cohort; window: VacancyWindow; offerable: boolean } {
  const cohort = found(
    r.cohorts.find((c) => c.id === vacancy.cohortId),
    'That cohort',
  );
  const window = vacancyWindow({
    type: cohort.type,
    sessions: r.sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled'),
    cutoffSession: r.settings.lateJoinCutoffSession,
    today,
  });
  return { cohort, window, offerable: vacancy.status === 'open' && window.open };
}

/** One open offer per vacancy. */
export function openOfferFor(offers: readonly Offer[], vacancyId: string): Offer | undefined {
  return offers.find((o) => o.vacancyId === vacancyId && o.status === 'open');
}

/** One open offer per person: someone offered a place is not offered another meanwhile. */
export function holdsOpenOffer(offers: readonly Offer[], referral: Referral): boolean {
  return (
    referral.status === 'offered' ||
    offers.some((o) => o.referralId === referral.id && o.status === 'open')
  );
}

const fullName = (r: Referral) => `${r.givenName} ${r.familyName}`;

/** POST /vacancies/:id/offers. The vacancy's version changes with every offer, so two admins
 * offering the same place at once cannot both succeed (If-Match). */
export function makeOffer(
  r: OfferRecords,
  input: { vacancyId: string; version: number; referralId: string; expiresInHours: number },
  ctx: CommandContext,
): Outcome<Offer> {
  const vacancy = found(
    r.vacancies.find((v) => v.id === input.vacancyId),
    'That vacancy',
  );
  expectVersion(input.version, vacancy);
  if (
    !Number.isInteger(input.expiresInHours) ||
    input.expiresInHours < 1 ||
    input.expiresInHours > MAX_OFFER_HOURS
  ) {
    refuse('validation_failed', 'Some details need correcting.', {
      expiresInHours: [`Between 1 and ${MAX_OFFER_HOURS} hours`],
    });
  }
  if (!offerWindow(r, vacancy, ctx.today).offerable) {
    refuse(
      'invalid_state',
      vacancy.status === 'open'
        ? 'Late joining has closed for this place.'
        : `This place is ${vacancy.status}.`,
    );
  }
  const open = openOfferFor(r.offers, vacancy.id);
  if (open) {
    const holder = r.referrals.find((x) => x.id === open.referralId);
    refuse(
      'conflict',
      `This place is already offered to ${holder ? fullName(holder) : 'someone'}.`,
      undefined,
      open,
    );
  }
  const referral = found(
    r.referrals.find((x) => x.id === input.referralId),
    'That referral',
  );
  if (holdsOpenOffer(r.offers, referral)) {
    refuse('conflict', `${fullName(referral)} already has an open offer.`);
  }
  if (referral.status !== 'waiting' || !checkEligibility(referral.borough).eligible) {
    refuse('invalid_state', `${fullName(referral)} is not waiting for a place.`);
  }
  const cs = new ChangeSet();
  const offer = cs.put('offers', {
    id: ctx.newId('off'),
    vacancyId: vacancy.id,
    referralId: referral.id,
    createdAt: ctx.now,
    createdBy: ctx.actor.id,
    expiresAt: offerExpiresAt(new Date(ctx.now), input.expiresInHours),
    status: 'open',
    decidedAt: null,
    version: 1,
  });
  cs.put('referrals', { ...referral, status: 'offered', version: referral.version + 1 });
  cs.put('vacancies', { ...vacancy, version: vacancy.version + 1 });
  cs.audit('offer.create', 'offer', offer.id, null, offer);
  return cs.done(offer);
}

const OUTCOME_ACTION: Record<OfferOutcome, string> = {
  accepted: 'offer.accept',
  declined: 'offer.decline',
  expired: 'offer.expire',
};

/** POST /offers/:id/outcome. The offer's version changes with its outcome, so of many concurrent
 * answers only the first finds its version current (If-Match). */
export function recordOfferOutcome(
  r: OfferRecords,
  input: { offerId: string; version: number; outcome: OfferOutcome },
  ctx: CommandContext,
): Outcome<Offer> {
  const offer = found(
    r.offers.find((o) => o.id === input.offerId),
    'That offer',
  );
  expectVersion(input.version, offer);
  if (offer.status !== 'open') {
    refuse('invalid_state', `This offer was already ${offer.status}.`);
  }
  const vacancy = found(
    r.vacancies.find((v) => v.id === offer.vacancyId),
    'That vacancy',
  );
  const cs = new ChangeSet();
  if (input.outcome === 'accepted') acceptOffer(r, offer, vacancy, ctx, cs);
  else {
    if (input.outcome === 'expired' && !isPastExpiry(offer, new Date(ctx.now))) {
      refuse('invalid_state', 'This offer has not expired yet.');
    }
    // Issue 6: back to the waiting list at their original position (referral date unchanged).
    const referral = r.referrals.find((x) => x.id === offer.referralId);
    if (referral) {
      cs.put('referrals', { ...referral, status: 'waiting', version: referral.version + 1 });
    }
    cs.put('vacancies', { ...vacancy, version: vacancy.version + 1 });
  }
  const decided = cs.put('offers', {
    ...offer,
    status: input.outcome,
    decidedAt: ctx.now,
    version: offer.version + 1,
  });
  cs.audit(OUTCOME_ACTION[input.outcome], 'offer', offer.id, offer, decided);
  return cs.done(decided);
}

/** An accepted offer enrols the person as 'confirmed' (by the same rules as any enrolment),
 * takes them off the waiting list and fills the vacancy. */
function acceptOffer(
  r: OfferRecords,
  offer: Offer,
  vacancy: Vacancy,
  ctx: CommandContext,
  cs: ChangeSet,
): void {
  if (isPastExpiry(offer, new Date(ctx.now))) {
    refuse(
      'invalid_state',
      'This offer has expired: record it as expired and offer the place again.',
    );
  }
  if (vacancy.status !== 'open') refuse('invalid_state', `This place is ${vacancy.status}.`);
  const cohort = found(
    r.cohorts.find((c) => c.id === vacancy.cohortId),
    'That cohort',
  );
  const referral = found(
    r.referrals.find((x) => x.id === offer.referralId),
    'That referral',
  );
  // DOMAIN.md: refuse past capacity (even if the place was meanwhile taken another way), into a
  // closed cohort, or for someone who already has a place.
  expectPlaceFor(
    r,
    cohort,
    { participantId: referral.participantId, name: fullName(referral) },
    ctx.today,
  );
  const enrolment = cs.put(
    'enrolments',
    newEnrolment(ctx, cohort, referral.participantId, {
      agreementRecordedAt: null,
      note: `Accepted offer ${offer.id}`,
    }),
  );
  cs.audit('enrolment.create', 'enrolment', enrolment.id, null, enrolment);
  cs.put('referrals', { ...referral, status: 'enrolled', version: referral.version + 1 });
  takeOffWaitingList(r.referrals, referral.participantId, cs);
  const filled = cs.put('vacancies', {
    ...vacancy,
    status: 'filled',
    version: vacancy.version + 1,
  });
  cs.audit('vacancy.fill', 'vacancy', vacancy.id, vacancy, filled);
}
