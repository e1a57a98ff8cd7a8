import { Text } from '@mantine/core';
import { staleReader } from '../../../api/declared-errors';
import { vacancyEndpoints } from '../../../api/endpoints/referrals';
import type { Offer, OfferOutcomeInput } from '../../../api/schemas/referrals';
import type { OfferView } from '../../../api/schemas/vacancies';
import { ConflictNotice } from '../../../components/conflict-notice';
import { DECLINE_REASON_LABELS } from '../../../domain/offers';
import { sendCallbacks, useVersionedEdit, type SendOptions } from '../../../lib/versioned-edit';
import { vacancyQueries } from '../api/vacancy-queries';
import { useRecordOutcome } from '../api/use-record-outcome';

// An offer's answer stands on the offer's version (If-Match): of two people recording an
// answer, the second gets 412 with the first's. useVersionedEdit owns the version, puts their
// answer in the cache and opens the one conflict notice.

const staleOffer = staleReader(vacancyEndpoints, 'POST /offers/:id/outcome');

/** The answer to one open offer. `onConflict` runs before the place is read again: the page
 * keeps the card (and its notice) on screen although the offer is no longer open. */
export function useAnswerOffer(offer: OfferView, onConflict: (offer: OfferView) => void) {
  const edit = useVersionedEdit<Offer, OfferOutcomeInput>({
    record: offer,
    recordId: offer.id,
    stale: staleOffer,
    follow: true,
    writeCache: (qc, theirs) =>
      qc.setQueryData(vacancyQueries.detail(theirs.vacancyId).queryKey, (d) => {
        if (!d) return d;
        const open = d.vacancy.openOffer;
        const openOffer =
          open?.id === theirs.id
            ? theirs.status === 'open'
              ? { ...open, ...theirs }
              : null
            : open;
        const offers = d.offers.map((o) => (o.id === theirs.id ? { ...o, ...theirs } : o));
        return { ...d, vacancy: { ...d.vacancy, openOffer }, offers };
      }),
  });
  const record = useRecordOutcome((error, { answer }) => {
    if (edit.refused(error, answer)) onConflict(offer);
  });
  return {
    edit,
    record,
    error: edit.conflict ? null : record.error,
    send: (answer: OfferOutcomeInput, options: SendOptions = {}) =>
      record.mutate(
        { offerId: offer.id, version: edit.base.version, answer },
        sendCallbacks(staleOffer, options),
      ),
  };
}
export type AnswerOffer = ReturnType<typeof useAnswerOffer>;

function answerWords(a: { outcome: Offer['status']; reason?: Offer['declineReason'] }): string {
  if (a.outcome === 'declined')
    return a.reason ? `Declined: ${DECLINE_REASON_LABELS[a.reason]}` : 'Declined';
  return { open: 'Not answered yet', accepted: 'Accepted (enrolled)', expired: 'Expired' }[
    a.outcome
  ];
}

/** The one conflict notice, for an offer's answer: an offer is answered once, so mine can go
 * over theirs only while theirs left it open. */
export function OfferAnswerConflict({
  answer,
  onSettled,
}: {
  answer: AnswerOffer;
  onSettled: () => void;
}) {
  const { edit, record } = answer;
  const conflict = edit.conflict;
  if (!conflict) return null;
  const { theirs, mine } = conflict;
  const open = theirs.status === 'open';
  return (
    <ConflictNotice
      what="an answer to this offer"
      lastSave={conflict.lastSave}
      fields={[
        {
          label: 'Answer',
          theirs: answerWords({ outcome: theirs.status, reason: theirs.declineReason }),
          mine: answerWords({ outcome: mine.outcome, reason: mine.reason ?? null }),
        },
      ]}
      busy={record.isPending}
      kept="on this page"
      onLoadTheirs={() => {
        edit.loadTheirs();
        record.reset();
        onSettled();
      }}
      onSaveMine={
        open
          ? () => record.mutate({ offerId: theirs.id, version: edit.keepMine(), answer: mine })
          : undefined
      }
    >
      {!open && (
        <Text size="sm" mt="xs">
          An offer is answered once: theirs stands.
        </Text>
      )}
    </ConflictNotice>
  );
}
