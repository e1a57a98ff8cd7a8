import { Text } from '@mantine/core';
import { staleReader } from '../../../api/declared-errors';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { Vacancy } from '../../../api/schemas/referrals';
import type { VacancySummary } from '../../../api/schemas/vacancies';
import { ConflictNotice } from '../../../components/conflict-notice';
import { DEFAULT_OFFER_HOURS } from '../../../domain/offers';
import { count } from '../../../domain/plural';
import { vacancyStanding } from '../../../domain/vacancy';
import { formatDateTime } from '../../../lib/format';
import { sendCallbacks, useVersionedEdit, type SendOptions } from '../../../lib/versioned-edit';
import { vacancyQueries } from '../api/vacancy-queries';
import { useMakeOffer, type MakeOffer } from '../api/use-make-offer';

// Offering a place stands on the vacancy's version (If-Match): a colleague who offered it,
// answered its offer or closed it first makes this offer stale (412). The version, the server's
// copy in the cache and the conflict are owned by useVersionedEdit, as on every form.

type Mine = Omit<MakeOffer, 'version'>;
const staleVacancy = staleReader(vacancyEndpoints, 'POST /vacancies/:id/offers');

/** One offer mutation for the page (the suggested candidates and the search's dialog). */
export function useOfferPlace(vacancy: VacancySummary) {
  const edit = useVersionedEdit<Vacancy, Mine>({
    record: vacancy,
    recordId: vacancy.id,
    stale: staleVacancy,
    follow: true,
    writeCache: (qc, theirs) =>
      qc.setQueryData(
        vacancyQueries.detail(theirs.id).queryKey,
        (d) => d && { ...d, vacancy: { ...d.vacancy, ...theirs } },
      ),
  });
  const offer = useMakeOffer(vacancy.id, (error, { input, name }) => {
    edit.refused(error, { input, name });
  });
  return {
    edit,
    offer,
    /** The failure to show beside the list: a stale one is the conflict notice's instead. */
    error: edit.conflict ? null : offer.error,
    send: (mine: Mine, options: SendOptions = {}) =>
      offer.mutate({ ...mine, version: edit.base.version }, sendCallbacks(staleVacancy, options)),
  };
}
export type OfferPlace = ReturnType<typeof useOfferPlace>;

/** Where the place stands now, in words (the badge's words). */
function standingWords(v: VacancySummary): string {
  const standing = vacancyStanding({
    status: v.status,
    offerable: v.offerable,
    hasOpenOffer: v.openOffer !== null,
  });
  if (standing === 'offered' && v.openOffer)
    return `Offered to ${v.openOffer.name} until ${formatDateTime(v.openOffer.expiresAt)}`;
  if (standing === 'closed') return `Closed${v.closedReason ? `: ${v.closedReason}` : ''}`;
  return {
    filled: 'Filled',
    late_joining_closed: 'Late joining closed',
    not_offered: 'Not offered to anyone',
    offered: 'Offered',
    closed: 'Closed',
  }[standing];
}

/** The one conflict notice, for a place: theirs as the page now shows it, mine the offer that
 * was refused. Mine can still go only while nobody holds the place. */
export function VacancyConflict({
  place,
  vacancy,
}: {
  place: OfferPlace;
  vacancy: VacancySummary;
}) {
  const { edit, offer } = place;
  const conflict = edit.conflict;
  if (!conflict) return null;
  const { mine } = conflict;
  const hours = mine.input.expiresInHours ?? DEFAULT_OFFER_HOURS;
  const free = vacancy.status === 'open' && vacancy.offerable && !vacancy.openOffer;
  return (
    <ConflictNotice
      what="this place"
      lastSave={conflict.lastSave}
      fields={[
        {
          label: 'This place',
          theirs: standingWords(vacancy),
          mine: `Offered to ${mine.name} for ${count(hours, 'hour')}`,
        },
      ]}
      busy={offer.isPending}
      kept="on this page"
      onLoadTheirs={() => {
        edit.loadTheirs();
        offer.reset();
      }}
      onSaveMine={free ? () => offer.mutate({ ...mine, version: edit.keepMine() }) : undefined}
    >
      {!free && (
        <Text size="sm" mt="xs">
          Your offer cannot go now: the place is no longer free to offer.
        </Text>
      )}
    </ConflictNotice>
  );
}
