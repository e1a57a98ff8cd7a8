import { Button, Checkbox, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { FormDialog } from '../../../components/form-dialog';
import { formatDate } from '../../../lib/format';
import { enrolmentQueries } from '../api/enrolment-queries';
import { useEnrolParticipant } from '../api/use-enrol-participant';

/** Add someone from the waiting list (urgent first, then longest waiting) or by search. */
export function EnrolDialog({ cohort, onClose }: { cohort: CohortSummary; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [agreement, setAgreement] = useState(false);
  const waiting = useQuery(enrolmentQueries.waitingCandidates(cohort.id));
  const search = useQuery(enrolmentQueries.search(debounced));
  const enrol = useEnrolParticipant(cohort.id);

  const pick = (id: string, name: string) => (
    <Button
      key={id}
      size="compact-sm"
      variant={chosen?.id === id ? 'filled' : 'default'}
      aria-pressed={chosen?.id === id}
      onClick={() => setChosen({ id, name })}
    >
      {name}
    </Button>
  );
  return (
    <FormDialog
      title={`Enrol a participant in ${cohort.name}`}
      opened
      onClose={onClose}
      submitLabel={chosen ? `Enrol ${chosen.name}` : 'Enrol'}
      busy={enrol.isPending}
      error={enrol.error}
      onSubmit={() =>
        chosen &&
        enrol.mutate(
          { participantId: chosen.id, agreementRecorded: agreement },
          { onSuccess: onClose },
        )
      }
    >
      <Text size="sm">
        {cohort.filled} of {cohort.capacity} places filled.
      </Text>
      <Stack gap={6}>
        <Title order={3} size="h5">
          From the waiting list
        </Title>
        {waiting.isPending ? (
          <Loader size="sm" role="status" aria-label="Loading the waiting list" />
        ) : (
          <Group gap={6} role="group" aria-label="Waiting list">
            {waiting.data?.items.map((c) => (
              <span
                key={c.participantId}
                title={`Referred ${formatDate(c.referralDate)}${c.urgent ? ', urgent' : ''}`}
              >
                {pick(c.participantId, c.name)}
                {c.urgent && (
                  <Text span size="xs" fw={700}>
                    {' '}
                    urgent
                  </Text>
                )}
              </span>
            ))}
          </Group>
        )}
      </Stack>
      <TextInput
        label="Search participants"
        description="Name or NHS number (at least 2 characters)"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      {search.data && (
        <Group gap={6} aria-label="Search results" role="group">
          {search.data.items.length === 0 ? (
            <Text size="sm">No one matches.</Text>
          ) : (
            search.data.items.map((p) => pick(p.id, `${p.givenName} ${p.familyName}`))
          )}
        </Group>
      )}
      <Checkbox
        label="Group rules and confidentiality agreement recorded"
        checked={agreement}
        onChange={(e) => setAgreement(e.currentTarget.checked)}
      />
      {!chosen && (
        <Text size="sm" c="dimmed">
          Choose a person above.
        </Text>
      )}
    </FormDialog>
  );
}
