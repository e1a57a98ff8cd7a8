import type { OfferView, VacancySummary } from '../../../api/schemas/vacancies';
import { ToneBadge } from '../../../components/tone-badge';
import type { Tone } from '../../../components/tones';
import { formatDateTime } from '../../../lib/format';

const OUTCOME: Record<OfferView['status'], { label: string; tone: Tone }> = {
  open: { label: 'Open', tone: 'warning' },
  accepted: { label: 'Accepted', tone: 'success' },
  declined: { label: 'Declined', tone: 'neutral' },
  expired: { label: 'Expired', tone: 'neutral' },
};

export function OfferStatusBadge({ status }: { status: OfferView['status'] }) {
  return <ToneBadge tone={OUTCOME[status].tone}>{OUTCOME[status].label}</ToneBadge>;
}

/** Where a vacancy stands, in the list: offered (to whom, until when), not yet offered, or too late. */
export function VacancyOfferState({ vacancy }: { vacancy: VacancySummary }) {
  if (vacancy.openOffer) {
    return (
      <ToneBadge tone="warning">
        Offered to {vacancy.openOffer.name} until {formatDateTime(vacancy.openOffer.expiresAt)}
      </ToneBadge>
    );
  }
  if (!vacancy.offerable) return <ToneBadge tone="neutral">Late joining closed</ToneBadge>;
  return <ToneBadge tone="info">Not offered yet</ToneBadge>;
}
