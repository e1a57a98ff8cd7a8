import type { Offer, OfferOutcome, Vacancy } from '../../api/schemas/referrals';
import type { AuditAction } from '../audit-actions';
import { fullName } from '../names';
import { isPastExpiry, type DeclineReason } from '../offers';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { newEnrolment, takeOffWaitingList } from './enrolment-changes';
import { expireLapsed } from './offer-expiry';
import type { OfferRecords } from './offers';
import { cohortById, expectPlaceFor } from './places';

const OUTCOME_ACTION: Record<OfferOutcome, AuditAction> = {
  accepted: 'offer.accept',
  declined: 'offer.decline',
  expired: 'offer.expire',
};

/** POST /offers/:id/outcome. The offer's version changes with its outcome, so of many concurrent
 * answers only the first finds its version current (If-Match). A decline says why. */
export function recordOfferOutcome(
  r: OfferRecords,
  input: {
    offerId: string;
    version: number;
    outcome: OfferOutcome;
    reason?: DeclineReason | undefined;
    note?: string;
  },
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
  // A lapsed offer expired at its expiry time (every read already shows it so): "expired"
  // records just that, as the expiry job would; no other answer can be given to it.
  if (isPastExpiry(offer, new Date(ctx.now))) {
    if (input.outcome !== 'expired')
      refuse('invalid_state', 'This offer has expired: offer the place again.');
    expireLapsed({ offers: [offer], referrals: r.referrals }, ctx, cs);
    return cs.done(cs.changes.put.offers?.[0] ?? offer);
  }
  if (input.outcome === 'declined' && !input.reason) {
    refuse('validation_failed', 'Some details need correcting.', {
      reason: ['Choose why the offer was declined'],
    });
  }
  if (input.outcome === 'accepted') acceptOffer(r, offer, vacancy, ctx, cs);
  else {
    if (input.outcome === 'expired') {
      refuse('invalid_state', 'This offer has not expired yet.');
    }
    // Back to the waiting list at their original position (referral date unchanged).
    const referral = r.referrals.find((x) => x.id === offer.referralId);
    if (referral) {
      cs.put('referrals', { ...referral, status: 'waiting', version: referral.version + 1 });
    }
    cs.put('vacancies', { ...vacancy, version: vacancy.version + 1 });
  }
  const declined = input.outcome === 'declined';
  const decided = cs.put('offers', {
    ...offer,
    status: input.outcome,
    decidedAt: ctx.now,
    declineReason: declined ? (input.reason ?? null) : null,
    declineNote: declined ? (input.note ?? '') : '',
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
  if (vacancy.status !== 'open') refuse('invalid_state', `This place is ${vacancy.status}.`);
  const cohort = cohortById(r.cohorts, vacancy.cohortId);
  const referral = found(
    r.referrals.find((x) => x.id === offer.referralId),
    'That referral',
  );
  // docs/domain.md: refuse past capacity (even if the place was meanwhile taken another way), into a
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
