import { Text } from '@mantine/core';
import type { Referral, WaitingListItem } from '../../../api/schemas/referrals';
import { ToneBadge } from '../../../components/tone-badge';
import { type Tone } from '../../../components/tones';
import { describeSlots } from '../../../domain/availability';

const STATUS: Record<Referral['status'], { label: string; tone: Tone }> = {
  waiting: { label: 'Waiting', tone: 'info' },
  offered: { label: 'Offered a place', tone: 'warning' },
  enrolled: { label: 'Enrolled', tone: 'success' },
  closed: { label: 'Closed', tone: 'neutral' },
};

export function ReferralStatusBadge({ status }: { status: Referral['status'] }) {
  return <ToneBadge tone={STATUS[status].tone}>{STATUS[status].label}</ToneBadge>;
}

export function UrgencyBadge({ urgent }: { urgent: boolean }) {
  return urgent ? (
    <ToneBadge tone="danger">Urgent</ToneBadge>
  ) : (
    <Text size="sm" component="span">
      Routine
    </Text>
  );
}

/** "Mon mornings and evenings; Sat mornings" (src/domain/availability.ts). */
export function availabilityText(a: WaitingListItem['availability']): string {
  return describeSlots(a);
}
