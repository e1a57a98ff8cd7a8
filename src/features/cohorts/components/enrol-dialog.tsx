import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import type { CohortSummary } from '../../../api/schemas/cohorts';
import { createEnrolmentSchema } from '../../../api/schemas/participants';
import { FormDialog } from '../../../components/form-dialog';
import { TONE_TEXT } from '../../../components/tones';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { enrolmentQueries } from '../api/enrolment-queries';
import { useEnrolParticipant } from '../api/use-enrol-participant';

type CreateEnrolment = typeof createEnrolmentSchema;
const CHOOSE = 'Choose a person above.';

/** Add someone from the waiting list (urgent first, then longest waiting) or by search. */
export function EnrolDialog({ cohort, onClose }: { cohort: CohortSummary; onClose: () => void }) {
  // The search box only finds people to choose from; it is not part of what is sent.
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  // The chosen person's name, for the button; it stays when the lists it came from change.
  const [chosenName, setChosenName] = useState('');
  const form = useForm<z.input<CreateEnrolment>, unknown, z.output<CreateEnrolment>>({
    resolver: zodResolver(createEnrolmentSchema, {
      error: (issue) => (issue.path?.[0] === 'participantId' ? CHOOSE : undefined),
    }),
    defaultValues: { participantId: '', agreementRecorded: false },
  });
  const { field: person, fieldState: personState } = useController({
    control: form.control,
    name: 'participantId',
  });
  const waiting = useQuery(enrolmentQueries.waitingCandidates(cohort.id));
  const search = useQuery(enrolmentQueries.search(debounced));
  const enrol = useEnrolParticipant(cohort.id);
  const full = cohort.filled >= cohort.capacity;

  const pick = (id: string, name: string) => (
    <Button
      key={id}
      size="compact-sm"
      variant={person.value === id ? 'filled' : 'default'}
      aria-pressed={person.value === id}
      onClick={() => {
        setChosenName(name);
        person.onChange(id);
      }}
    >
      {name}
    </Button>
  );
  return (
    <FormDialog
      title={`Enrol a participant in ${cohort.name}`}
      opened
      onClose={onClose}
      submitLabel={person.value ? `Enrol ${chosenName}` : 'Enrol'}
      busy={enrol.isPending}
      error={enrol.error}
      onSubmit={form.handleSubmit((input) =>
        enrol.mutate(input, {
          onSuccess: onClose,
          onError: (e) => applyServerErrors(e, form.setError),
        }),
      )}
    >
      <Text size="sm" role={full ? 'alert' : undefined}>
        {cohort.filled} of {cohort.capacity} places filled.
        {full && ' The cohort is full: no one can be enrolled until a place is freed.'}
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
                <Text span size="xs" c={c.freeAtCohortTime ? undefined : TONE_TEXT.danger}>
                  {' '}
                  ({c.availability})
                </Text>
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
        {...form.register('agreementRecorded')}
        error={form.formState.errors.agreementRecorded?.message}
      />
      {(!person.value || personState.error) && (
        <Text size="sm" c={personState.error ? TONE_TEXT.danger : 'dimmed'}>
          {personState.error?.message ?? CHOOSE}
        </Text>
      )}
    </FormDialog>
  );
}
