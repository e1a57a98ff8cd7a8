import { Alert, Button, Group, List, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { StaffUser } from '../../../api/schemas/staff';
import { TONE_TEXT } from '../../../components/tones';
import { formatDateTime } from '../../../lib/format';
import { cohortLastSaveQuery } from '../api/cohort-last-save-queries';
import { COHORT_FIELD_LABELS, describeField, type CohortMerge } from './cohort-merge';

interface CohortMergeNoticeProps {
  merge: CohortMerge;
  staff: StaffUser[];
  busy: boolean;
  /** Saves the form as it is: mine for the fields both changed. */
  onSaveMine: () => void;
  /** Puts theirs into the fields both changed, then saves. */
  onSaveTheirs: () => void;
}

/** A colleague saved the cohort while this form was open (412): their changes are in the form
 * beside mine, and only the fields both of us changed are left to decide, each with both values. */
export function CohortMergeNotice({
  merge,
  staff,
  busy,
  onSaveMine,
  onSaveTheirs,
}: CohortMergeNoticeProps) {
  const { theirs, result } = merge;
  // Save is at the foot of a long form: bring the merge into view, and focus to it.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [merge]);
  const lastSave = useQuery(cohortLastSaveQuery(theirs.id, theirs.version)).data;
  const who = lastSave?.name ?? 'A colleague';
  const words = (field: keyof typeof COHORT_FIELD_LABELS, value: unknown) =>
    describeField(field, value, staff);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={TONE_TEXT.warning}
      role="alert"
      title={`${who} saved this cohort while you were editing`}
    >
      {lastSave && <Text size="sm">Saved {formatDateTime(lastSave.at)}.</Text>}
      {result.theirsOnly.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            Their changes, now in the form:
          </Text>
          <List size="sm">
            {result.theirsOnly.map((f) => (
              <List.Item key={f}>
                {COHORT_FIELD_LABELS[f]}: “{words(f, theirs[f])}”
              </List.Item>
            ))}
          </List>
        </>
      )}
      {result.mineOnly.length > 0 && (
        <Text size="sm" mt="xs">
          Your changes, kept: {result.mineOnly.map((f) => COHORT_FIELD_LABELS[f]).join(', ')}.
        </Text>
      )}
      {result.conflicts.length === 0 ? (
        <Text size="sm" mt="xs">
          Nothing you changed was changed by them too. Check the form, then save.
        </Text>
      ) : (
        <>
          <Table
            mt="xs"
            mb="xs"
            withTableBorder
            fz="sm"
            captionSide="top"
            bg="var(--mantine-color-body)"
          >
            <Table.Caption>Changed by both of you: choose whose to save</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Field</Table.Th>
                <Table.Th scope="col">{who}</Table.Th>
                <Table.Th scope="col">You</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.conflicts.map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row">{COHORT_FIELD_LABELS[f]}</Table.Th>
                  <Table.Td>{words(f, theirs[f])}</Table.Td>
                  <Table.Td>{words(f, result.merged[f])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group gap="xs">
            <Button size="xs" onClick={onSaveMine} loading={busy}>
              Save mine
            </Button>
            <Button size="xs" variant="default" onClick={onSaveTheirs} disabled={busy}>
              Save theirs for these
            </Button>
          </Group>
          <Text size="xs" mt={4}>
            Either way only these fields are decided: the rest of the form, yours and theirs, is
            saved as it is.
          </Text>
        </>
      )}
    </Alert>
  );
}
