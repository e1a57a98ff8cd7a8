import { Alert, Stack, Text, Title } from '@mantine/core';
import type { VacancyDetail } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { formatDate, weekdayName } from '../../../lib/format';
import { CandidateList } from './candidate-list';
import { VacancyOfferState } from './offer-badges';
import { OfferContacts } from './offer-contacts';
import { OfferHistory } from './offer-history';
import { OpenOfferCard } from './open-offer-card';

/** One vacancy: its facts, the open offer (if any), suggested candidates and earlier offers. */
export function VacancyPanel({ detail, canAct }: { detail: VacancyDetail; canAct: boolean }) {
  const { vacancy, candidates, offers } = detail;
  const { cohort } = vacancy;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text>
          {weekdayName(cohort.startDate)}s at {cohort.startTime}, from{' '}
          {formatDate(cohort.startDate)}. {vacancy.sessionsLeft} sessions left.
          {vacancy.cutoffDate && ` Join before ${formatDate(vacancy.cutoffDate)}.`} Open for{' '}
          {vacancy.openForDays} {vacancy.openForDays === 1 ? 'day' : 'days'}.
        </Text>
        <div>
          <VacancyOfferState vacancy={vacancy} />
        </div>
      </Stack>
      {vacancy.status !== 'open' && (
        <Alert color={TONE_TEXT.info} title={`This place is ${vacancy.status}`}>
          {vacancy.closedReason ?? 'It no longer needs filling.'}
        </Alert>
      )}
      {vacancy.openOffer && (
        <OpenOfferCard key={vacancy.openOffer.id} offer={vacancy.openOffer} canAct={canAct} />
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
            vacancyId={vacancy.id}
            vacancyVersion={vacancy.version}
            candidates={candidates}
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
