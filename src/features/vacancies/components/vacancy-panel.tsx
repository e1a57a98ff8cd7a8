import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queryKeys } from '../../../api/query-keys';
import type { OfferView, VacancyDetail, VacancySummary } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { formatDate, meetingPattern } from '../../../lib/format';
import { CandidateList } from './candidate-list';
import { VacancyOfferState } from './offer-badges';
import { OfferByHand } from './offer-by-hand';
import { OfferContacts } from './offer-contacts';
import { OfferHistory } from './offer-history';
import { OpenOfferCard } from './open-offer-card';
import { VacancyConflict, useOfferPlace } from './vacancy-conflict';
import { VacancySearch } from './vacancy-search';
import { count } from '../../../domain/plural';

/** One vacancy: its facts, the open offer (if any), suggested candidates and earlier offers. */
export function VacancyPanel({
  detail,
  canAct,
  notifyConfigured = false,
}: {
  detail: VacancyDetail;
  canAct: boolean;
  /** Whether the server sends offers by GOV.UK Notify (never on the mock). */
  notifyConfigured?: boolean;
}) {
  const { vacancy, candidates, offers } = detail;
  const { cohort } = vacancy;
  useReadAgainAtExpiry(vacancy);
  const place = useOfferPlace(vacancy);
  // An offer a colleague answered first stays on screen, with its conflict notice, until the
  // person loads their answer; then the focus goes to where the place now stands.
  const [held, setHeld] = useState<OfferView | null>(null);
  const shownOffer = vacancy.openOffer ?? held;
  const standing = useRef<HTMLDivElement>(null);
  const settled = () => {
    setHeld(null);
    standing.current?.focus();
  };
  return (
    <Stack gap="lg">
      <Stack gap={4} ref={standing} tabIndex={-1}>
        <Text>
          {cohort.type === 'workshop'
            ? meetingPattern(cohort)
            : `${meetingPattern(cohort)}, from ${formatDate(cohort.startDate)}`}
          . {count(vacancy.sessionsLeft, 'session')} left.
          {vacancy.cutoffDate && ` Join before ${formatDate(vacancy.cutoffDate)}.`} Open for{' '}
          {count(vacancy.openForDays, 'day')}.
        </Text>
        <div>
          <VacancyOfferState vacancy={vacancy} offers={offers} />
        </div>
      </Stack>
      {vacancy.status !== 'open' && (
        <Alert color={TONE_TEXT.info} title={`This place is ${vacancy.status}`}>
          {vacancy.closedReason ?? 'It no longer needs filling.'}
        </Alert>
      )}
      {shownOffer && (
        <OpenOfferCard
          key={shownOffer.id}
          offer={shownOffer}
          canAct={canAct}
          onConflict={setHeld}
          onSettled={settled}
        />
      )}
      <VacancyConflict place={place} vacancy={vacancy} />
      {vacancy.openOffer && (
        <OfferByHand
          offer={vacancy.openOffer}
          kind={cohort.type}
          notifyConfigured={notifyConfigured}
        />
      )}
      {vacancy.openOffer && <OfferContacts offer={vacancy.openOffer} canAct={canAct} />}
      {vacancy.status === 'open' && (
        <section aria-labelledby="candidates-heading">
          <Title order={2} size="h3" id="candidates-heading" mb="xs">
            Candidates
          </Title>
          {vacancy.openOffer && canAct && (
            <Text size="sm" mb="xs">
              Record the answer to the open offer before offering the place again.
            </Text>
          )}
          <CandidateList
            place={place}
            candidates={candidates}
            canOffer={canAct && vacancy.offerable && !vacancy.openOffer}
          />
        </section>
      )}
      {vacancy.status === 'open' && (
        <section aria-labelledby="search-heading">
          <Title order={2} size="h3" id="search-heading" mb="xs">
            Anyone on the waiting list
          </Title>
          <Text size="sm" mb="xs">
            Search the whole list to see why someone is not suggested, or to offer the place to
            someone who is not.
          </Text>
          <VacancySearch
            vacancy={vacancy}
            place={place}
            canOffer={canAct && vacancy.offerable && !vacancy.openOffer}
          />
        </section>
      )}
      <section aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading" mb="xs">
          Earlier offers
        </Title>
        <OfferHistory offers={offers} />
      </section>
    </Stack>
  );
}

/** An open offer expires by itself: the page reads the place again just after its expiry, so
 * it shows the offer expired and the next candidate without a reload (nothing is offered). */
function useReadAgainAtExpiry(vacancy: VacancySummary) {
  const qc = useQueryClient();
  const expiresAt = vacancy.openOffer?.expiresAt;
  useEffect(() => {
    if (!expiresAt) return;
    const wait = Math.min(Date.parse(expiresAt) - Date.now() + 1000, 2 ** 31 - 1);
    const timer = setTimeout(
      () => void qc.invalidateQueries({ queryKey: queryKeys.vacancies.detail(vacancy.id) }),
      Math.max(wait, 1000),
    );
    return () => clearTimeout(timer);
  }, [qc, expiresAt, vacancy.id]);
}
