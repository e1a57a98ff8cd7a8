import { Button, List, Text } from '@mantine/core';
import type { StaffUser } from '../../../api/schemas/staff';
import { ConflictNotice } from '../../../components/conflict-notice';
import type { LastSave } from '../../../lib/last-save-queries';
import { COHORT_FIELD_LABELS, describeField, type CohortMerge } from './cohort-merge';

interface CohortMergeNoticeProps {
  merge: CohortMerge;
  lastSave: LastSave | null;
  staff: StaffUser[];
  busy: boolean;
  onLoadTheirs: () => void;
  /** Saves the form as it is: mine for the fields both changed. */
  onSaveMine: () => void;
  /** Puts theirs into the fields both changed, then saves. */
  onSaveTheirs: () => void;
}

/** A colleague saved the cohort while this form was open (412), in the one conflict notice:
 * their changes are in the form beside mine, and only the fields both of us changed are left
 * to decide, each with both values. */
export function CohortMergeNotice(props: CohortMergeNoticeProps) {
  const { merge, lastSave, staff, busy } = props;
  const { theirs, result } = merge;
  const words = (field: keyof typeof COHORT_FIELD_LABELS, value: unknown) =>
    describeField(field, value, staff);
  return (
    <ConflictNotice
      what="this cohort"
      lastSave={lastSave}
      caption="Changed by both of you: choose whose to save"
      fields={result.conflicts.map((f) => ({
        label: COHORT_FIELD_LABELS[f],
        theirs: words(f, theirs[f]),
        mine: words(f, result.merged[f]),
      }))}
      busy={busy}
      onLoadTheirs={props.onLoadTheirs}
      onSaveMine={props.onSaveMine}
      actions={
        result.conflicts.length > 0 && (
          <Button size="xs" variant="default" onClick={props.onSaveTheirs} disabled={busy}>
            Save theirs for these
          </Button>
        )
      }
    >
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
    </ConflictNotice>
  );
}
