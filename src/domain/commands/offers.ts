import type { Cohort } from '../../api/schemas/cohorts';
import type { Offer, Referral, Vacancy } from '../../api/schemas/referrals';
import { checkEligibility } from '../eligibility';
import { fullName } from '../names';
import { MAX_OFFER_HOURS, offerExpiresAt } from '../offers';
import type { VacancyWindow } from '../vacancy';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { cohortById, currentPlace, type PlaceRecords } from './places';
import { expireLapsed, recordsAt } from './offer-expiry';
import { cohortVacancyWindow } from './vacancies';

export interface OfferRecords extends PlaceRecords {
  referrals: readonly Referral[];
  vacancies: readonly Vacancy[];
  offers: readonly Offer[];
}

/** docs/domain.md: a freed place can be offered only while it is open and before the late-joining
 * cut-off (the setting's session for a course, the first session for a workshop). */
export function offerWindow(
  r: Pick<PlaceRecords, 'cohorts' | 'sessions' | 'settings'>,
  vacancy: Vacancy,
  today: string,
): { cohort: Cohort; window: VacancyWindow; offerable: boolean } {
  const cohort = cohortById(r.cohorts, vacancy.cohortId);
  const window = cohortVacancyWindow(r, cohort, today);
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

/** POST /vacancies/:id/offers. The vacancy's version changes with every offer, so two admins
 * offering the same place at once cannot both succeed (If-Match). Any person on the list may
 * be offered it (the admin has confirmed any reason they were not suggested), but
 * never someone closed, placed, ineligible or holding another open offer. Offers that have
 * lapsed are recorded as expired first, so the place and the person are free again. */
export function makeOffer(
  stored: OfferRecords,
  input: { vacancyId: string; version: number; referralId: string; expiresInHours: number },
  ctx: CommandContext,
): Outcome<Offer> {
  const r = recordsAt(stored, new Date(ctx.now));
  const cs = new ChangeSet();
  expireLapsed(stored, ctx, cs);
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
  if (referral.status === 'enrolled' || currentPlace(r, referral.participantId, ctx.today)) {
    refuse('already_enrolled', `${fullName(referral)} already has a place in a cohort.`);
  }
  if (referral.status !== 'waiting' || !checkEligibility(referral.borough).eligible) {
    refuse('invalid_state', `${fullName(referral)} is not waiting for a place.`);
  }
  const offer = cs.put('offers', {
    id: ctx.newId('off'),
    vacancyId: vacancy.id,
    referralId: referral.id,
    createdAt: ctx.now,
    createdBy: ctx.actor.id,
    expiresAt: offerExpiresAt(new Date(ctx.now), input.expiresInHours),
    status: 'open',
    decidedAt: null,
    declineReason: null,
    declineNote: '',
    version: 1,
  });
  cs.put('referrals', { ...referral, status: 'offered', version: referral.version + 1 });
  cs.put('vacancies', { ...vacancy, version: vacancy.version + 1 });
  cs.audit('offer.create', 'offer', offer.id, null, offer);
  return cs.done(offer);
}
