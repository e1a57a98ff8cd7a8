import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReferralDetail } from '../../../api/schemas/referrals';
import { CHANNEL_LABELS } from '../../../domain/contact-preferences';
import { formatNhsNumber } from '../../../domain/nhs-number';
import { CLOSE_REASON_LABELS } from '../../../domain/referral-closure';
import { waitWeeks } from '../../../domain/waiting-list';
import { formatDate } from '../../../lib/format';
import { availabilityText, ReferralStatusBadge, UrgencyBadge } from './referral-badges';
import { count } from '../../../domain/plural';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export function ReferralDetails({ referral: r }: { referral: ReferralDetail }) {
  const weeks = waitWeeks(r.referralDate, r.today);
  return (
    <Stack gap="md">
      <Group gap="sm">
        <ReferralStatusBadge status={r.status} />
        <UrgencyBadge urgent={r.urgent} />
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
        <Fact label="NHS number">{formatNhsNumber(r.nhsNumber)}</Fact>
        <Fact label="Date of birth">{formatDate(r.dateOfBirth)}</Fact>
        <Fact label="Borough">{r.borough}</Fact>
        <Fact label="GP practice">{r.gpPractice}</Fact>
        <Fact label="Phone">{r.phone || 'Not given'}</Fact>
        <Fact label="Email">{r.email || 'Not given'}</Fact>
        <Fact label="Contact by">{CHANNEL_LABELS[r.contactChannel]}</Fact>
        <Fact label="Reminders and missed material">
          {r.remindersConsent ? 'Yes' : 'No (opted out)'}
        </Fact>
        <Fact label="Referred">
          {formatDate(r.referralDate)} ({count(weeks, 'week')} ago)
        </Fact>
        <Fact label="Availability">{availabilityText(r.availability)}</Fact>
        <Fact label="Access needs">{r.accessNeeds || 'None recorded'}</Fact>
        {/* Inside the list: a term and its description outside a <dl> mean nothing to a
            screen reader (axe: dlitem). */}
        {r.notes && <Fact label="Notes">{r.notes}</Fact>}
        {r.closure && (
          <Fact label="Closed">
            {CLOSE_REASON_LABELS[r.closure.reason]}
            {r.closure.note ? ` (${r.closure.note})` : ''}, {formatDate(r.closure.at.slice(0, 10))}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}
