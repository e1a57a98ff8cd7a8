import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CohortDetail } from '../../../api/schemas/cohorts';
import { meetingPattern } from '../../../lib/format';
import { CohortStatusBadge, Places } from './cohort-badges';

export function CohortFacts({ detail }: { detail: CohortDetail }) {
  const c = detail.cohort;
  return (
    <Card withBorder mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Fact label="Status">
          <CohortStatusBadge status={c.status} />
        </Fact>
        <Fact label="When">{`${meetingPattern(c)}, ${c.sessionLengthMinutes} minutes`}</Fact>
        <Fact label="Delivery">
          {c.delivery === 'online' ? 'Online (video)' : `Face to face: ${c.venue}`}
        </Fact>
        <Fact label="Places">
          <Places filled={c.filled} capacity={c.capacity} status={c.status} />
        </Fact>
        <Fact label="Facilitators">
          {c.facilitators.map((f) => `${f.name} (${f.discipline ?? 'staff'})`).join(', ')}
        </Fact>
        {c.cancelReason && <Fact label="Cancelled because">{c.cancelReason}</Fact>}
      </SimpleGrid>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}
