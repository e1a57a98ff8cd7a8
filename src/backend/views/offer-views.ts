import type { Offer, Referral, Vacancy } from '../../api/schemas/referrals';
import type { OfferView, VacancySearchItem, VacancySummary } from '../../api/schemas/vacancies';
import { describeSlots } from '../../domain/availability';
import {
  canBeOffered,
  suggestCandidates,
  whyNotSuggested,
  type FitContext,
} from '../../domain/candidates';
import { daysBetween, todayIso } from '../../domain/dates';
import { contactLog } from '../../domain/commands/contacts';
import { offerMessageOf } from '../../domain/commands/offer-messages';
import { offerWindow, openOfferFor } from '../../domain/commands/offers';
import { currentPlace } from '../../domain/commands/places';
import { isPastExpiry } from '../../domain/offers';
import { waitWeeks } from '../../domain/waiting-list';
import type { Snapshot as Db } from '../snapshot';
import { notFound } from '../refusals';

// The records a view gets are already as they stand at the request's moment (each backend's
// `read` applies recordsAt), so an offer past its expiry shows as expired here.

export function offerView(db: Db, offer: Offer, now: Date): OfferView {
  const r = db.referrals.find((x) => x.id === offer.referralId);
  return {
    ...offer,
    name: r ? `${r.givenName} ${r.familyName}` : 'Unknown person',
    pastExpiry: offer.status === 'open' && isPastExpiry(offer, now),
    contacts: contactLog(db, { offerId: offer.id }),
    message:
      offer.status === 'open'
        ? (offerMessageOf(db, offer, todayIso(now))?.personalisation ?? null)
        : null,
  };
}

export function findVacancy(db: Db, id: string | undefined): Vacancy {
  return db.vacancies.find((v) => v.id === id) ?? notFound('That vacancy');
}

/** A vacancy as the admin sees it: the cohort, sessions left and the docs/domain.md late-joining cut-off. */
export function vacancySummary(db: Db, vacancy: Vacancy, now: Date): VacancySummary {
  const today = todayIso(now);
  const { cohort, window, offerable } = offerWindow(db, vacancy, today);
  const sessions = db.sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled');
  const open = openOfferFor(db.offers, vacancy.id);
  return {
    ...vacancy,
    cohort: {
      id: cohort.id,
      name: cohort.name,
      type: cohort.type,
      startDate: cohort.startDate,
      startTime: cohort.startTime,
    },
    sessionsLeft: sessions.filter((s) => s.date >= today).length,
    openForDays: Math.max(0, daysBetween(vacancy.openedAt.slice(0, 10), today)),
    cutoffDate: window.cutoffDate,
    offerable,
    openOffer: open ? offerView(db, open, now) : null,
  };
}

/** What the suggestion rule needs to know about a place: its cohort's day and time, who holds
 * an open offer, how earlier offers of it ended, who already has a place. */
export function fitContextFor(db: Db, vacancy: Vacancy, now: Date): FitContext {
  const cohort = db.cohorts.find((c) => c.id === vacancy.cohortId) ?? notFound('That cohort');
  const today = todayIso(now);
  const placed = new Set(
    db.enrolments
      .filter((e) => currentPlace(db, e.participantId, today) !== undefined)
      .map((e) => e.participantId),
  );
  return {
    cohort,
    openOfferReferralIds: new Set(
      db.offers.filter((o) => o.status === 'open').map((o) => o.referralId),
    ),
    offeredThisPlace: new Map(
      db.offers
        .filter((o) => o.vacancyId === vacancy.id && o.status !== 'open')
        .map((o) => [o.referralId, o.status]),
    ),
    placedParticipantIds: placed,
  };
}

export function candidatesFor(db: Db, vacancy: Vacancy, now: Date) {
  const today = todayIso(now);
  return suggestCandidates({
    ...fitContextFor(db, vacancy, now),
    referrals: db.referrals,
    today,
  }).map(({ referral: r, why }) => ({
    referralId: r.id,
    name: `${r.givenName} ${r.familyName}`,
    referralDate: r.referralDate,
    waitWeeks: waitWeeks(r.referralDate, today),
    urgent: r.urgent,
    why,
  }));
}

/** One person found by the vacancy's search, with why they would not be suggested (the same
 * rule that picks the suggestions) and whether they may be offered the place at all. */
export function searchItem(r: Referral, fit: FitContext, today: string): VacancySearchItem {
  const reasons = whyNotSuggested(r, fit);
  return {
    referralId: r.id,
    name: `${r.givenName} ${r.familyName}`,
    referralDate: r.referralDate,
    waitWeeks: waitWeeks(r.referralDate, today),
    urgent: r.urgent,
    status: r.status,
    availability: describeSlots(r.availability),
    reasons,
    canOffer: canBeOffered(reasons),
  };
}
