import { PLACE_HOLDING, type Enrolment } from '../src/api/schemas/participants';
import type { Offer } from '../src/api/schemas/referrals';
import { todayIso } from '../src/domain/dates';
import { isPastExpiry } from '../src/domain/offers';
import { store, type Db } from './db';
import { audit, HttpError, notFound, type Ctx } from './http';
import { findVacancy } from './offer-rules';
import { cohortSummary, placesFilled } from './views';

/** An accepted offer enrols the person as 'confirmed' (as POST /cohorts/:id/enrolments does),
 * takes them off the waiting list and fills the vacancy. Call inside a transaction. */
export function acceptOffer(db: Db, offer: Offer, ctx: Ctx): Enrolment {
  if (isPastExpiry(offer, new Date()))
    throw new HttpError(
      409,
      'invalid_state',
      'This offer has expired: record it as expired and offer the place again.',
    );
  const vacancy = findVacancy(db, offer.vacancyId);
  if (vacancy.status !== 'open')
    throw new HttpError(409, 'invalid_state', `This place is ${vacancy.status}.`);
  const cohort = db.cohorts.find((c) => c.id === vacancy.cohortId) ?? notFound('That cohort');
  const referral = db.referrals.find((r) => r.id === offer.referralId) ?? notFound('That referral');
  // DOMAIN.md: refuse enrolment past max capacity, even if the place was meanwhile taken another way.
  if (placesFilled(db, cohort.id) >= cohort.capacity) {
    throw new HttpError(
      409,
      'cohort_full',
      `${cohort.name} is full (${cohort.capacity} of ${cohort.capacity} places).`,
    );
  }
  const elsewhere = db.enrolments.find((e) => {
    if (e.participantId !== referral.participantId || !PLACE_HOLDING.includes(e.status))
      return false;
    const other = db.cohorts.find((c) => c.id === e.cohortId);
    const status = other ? cohortSummary(db, other).status : 'completed';
    return e.cohortId === cohort.id || status === 'running' || status === 'planned';
  });
  if (elsewhere)
    throw new HttpError(
      409,
      'already_enrolled',
      `${referral.givenName} ${referral.familyName} already has a place in a current cohort.`,
    );

  const now = new Date().toISOString();
  const enrolment: Enrolment = {
    id: store.newId('enr'),
    cohortId: cohort.id,
    participantId: referral.participantId,
    status: 'confirmed',
    joinedOn: todayIso(),
    agreementRecordedAt: null,
    history: [
      { status: 'confirmed', at: now, byStaffId: ctx.user.id, note: `Accepted offer ${offer.id}` },
    ],
    version: 1,
  };
  db.enrolments.push(enrolment);
  audit(ctx, 'enrolment.create', 'enrolment', enrolment.id, null, enrolment);
  Object.assign(referral, { status: 'enrolled', version: referral.version + 1 });
  const before = structuredClone(vacancy);
  vacancy.status = 'filled';
  audit(ctx, 'vacancy.fill', 'vacancy', vacancy.id, before, {
    ...vacancy,
    version: vacancy.version + 1,
  });
  return enrolment;
}
