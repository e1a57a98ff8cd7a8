import type { Offer, Vacancy } from '../../api/schemas/referrals';
import type { OfferView, VacancySummary } from '../../api/schemas/vacancies';
import { suggestCandidates } from '../../domain/candidates';
import { daysBetween, todayIso } from '../../domain/dates';
import { contactLog } from '../../domain/commands/contacts';
import { offerWindow, openOfferFor } from '../../domain/commands/offers';
import { isPastExpiry } from '../../domain/offers';
import { waitWeeks } from '../../domain/waiting-list';
import type { Snapshot as Db } from '../snapshot';
import { notFound } from '../refusals';

export function offerView(db: Db, offer: Offer): OfferView {
  const r = db.referrals.find((x) => x.id === offer.referralId);
  return {
    ...offer,
    name: r ? `${r.givenName} ${r.familyName}` : 'Unknown person',
    pastExpiry: offer.status === 'open' && isPastExpiry(offer, new Date()),
    contacts: contactLog(db, { offerId: offer.id }),
  };
}

export function findVacancy(db: Db, id: string | undefined): Vacancy {
  return db.vacancies.find((v) => v.id === id) ?? notFound('That vacancy');
}

/** A vacancy as the admin sees it: the cohort, sessions left and the DOMAIN.md late-joining cut-off. */
export function vacancySummary(db: Db, vacancy: Vacancy, today = todayIso()): VacancySummary {
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
    openOffer: open ? offerView(db, open) : null,
  };
}

export function candidatesFor(db: Db, vacancy: Vacancy, today = todayIso()) {
  const cohort = db.cohorts.find((c) => c.id === vacancy.cohortId) ?? notFound('That cohort');
  const openOfferReferralIds = new Set(
    db.offers.filter((o) => o.status === 'open').map((o) => o.referralId),
  );
  const alreadyOfferedIds = new Set(
    db.offers.filter((o) => o.vacancyId === vacancy.id).map((o) => o.referralId),
  );
  return suggestCandidates({
    cohort,
    referrals: db.referrals,
    openOfferReferralIds,
    alreadyOfferedIds,
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
