import type { OfferView, VacancySummary } from '../../../api/schemas/vacancies';
import { ToneBadge } from '../../../components/tone-badge';
import type { Tone } from '../../../components/tones';
import { vacancyStanding } from '../../../domain/vacancy';
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

/** Where a vacancy stands: offered (to whom, until when), filled, closed, not yet offered, or
 * too late (src/domain/vacancy.ts decides which). */
export function VacancyOfferState({
  vacancy,
  offers = [],
}: {
  vacancy: VacancySummary;
  /** The vacancy's offers so far, where known (its own page): after a decline or an expiry the
   * badge says what happened, not merely "not offered yet". */
  offers?: readonly OfferView[];
}) {
  const standing = vacancyStanding({
    status: vacancy.status,
    offerable: vacancy.offerable,
    hasOpenOffer: vacancy.openOffer !== null,
  });
  switch (standing) {
    case 'offered':
      return (
        <ToneBadge tone="warning">
          Offered to {vacancy.openOffer?.name} until{' '}
          {vacancy.openOffer && formatDateTime(vacancy.openOffer.expiresAt)}
        </ToneBadge>
      );
    case 'filled':
      return <ToneBadge tone="success">Filled</ToneBadge>;
    case 'closed':
      return <ToneBadge tone="neutral">Closed</ToneBadge>;
    case 'late_joining_closed':
      return <ToneBadge tone="neutral">Late joining closed</ToneBadge>;
    default: {
      const last = offers
        .filter((o) => o.status === 'declined' || o.status === 'expired')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (!last) return <ToneBadge tone="info">Not offered yet</ToneBadge>;
      return (
        <ToneBadge tone="info">
          {last.status === 'declined'
            ? `Declined by ${last.name}: not offered to anyone else yet`
            : `Offer to ${last.name} expired: not offered to anyone else yet`}
        </ToneBadge>
      );
    }
  }
}
