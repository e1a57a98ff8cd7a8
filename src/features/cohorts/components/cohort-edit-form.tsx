import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { cohortSchema, type Cohort, type CohortInput } from '../../../api/schemas/cohorts';
import type { StaffAccount as StaffUser } from '../../../api/schemas/staff-accounts';
import { resolveConflicts } from '../../../domain/three-way-merge';
import { useSaveCohort } from '../api/use-save-cohort';
import { CohortForm, type CohortFormApi } from './cohort-form';
import { mergeCohort, type CohortMerge } from './cohort-merge';
import { CohortMergeNotice } from './cohort-merge-notice';

interface CohortEditFormProps {
  cohort: Cohort;
  staff: StaffUser[];
  onSaved: () => void;
}

/** The cohort edit form, saved on the version it was opened at (If-Match). When a colleague
 * saved first (412), the form is merged three ways: what only they changed
 * comes into the form, what only I changed stays, and the fields we both changed are listed
 * with both values; saving then goes on their version and overwrites only what I chose. */
export function CohortEditForm({ cohort, staff, onSaved }: CohortEditFormProps) {
  const save = useSaveCohort();
  // The version the form's values stand on: as opened (a background refetch must not move
  // it, or a colleague's save would be overwritten unseen), then each colleague's save merged.
  const [base, setBase] = useState(cohort);
  const [merge, setMerge] = useState<CohortMerge | null>(null);
  const formRef = useRef<CohortFormApi | null>(null);

  const submit = (values: CohortInput, form: CohortFormApi) => {
    formRef.current = form;
    save.mutate(
      { id: cohort.id, version: base.version, input: values },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (!isApiError(error) || error.code !== 'stale_version') return;
          const theirs = cohortSchema.safeParse(error.current);
          if (!theirs.success) return; // the error itself is shown: reload to see theirs
          const next = mergeCohort(base, theirs.data, values);
          form.reset(next.result.merged);
          setBase(theirs.data);
          setMerge(next);
          save.reset();
        },
      },
    );
  };
  const saveWith = (choice: 'mine' | 'theirs') => {
    const form = formRef.current;
    if (!form || !merge) return;
    if (choice === 'theirs') {
      const theirs = resolveConflicts(merge.result, merge.theirs as CohortInput, 'theirs');
      for (const field of merge.result.conflicts)
        form.setValue(field, theirs[field] as never, { shouldDirty: true });
    }
    void form.handleSubmit((values) => submit(values, form))();
  };

  return (
    <CohortForm
      staff={staff}
      defaultValues={cohort}
      submitLabel="Save changes"
      error={save.error}
      busy={save.isPending}
      notice={
        merge && (
          <CohortMergeNotice
            merge={merge}
            staff={staff}
            busy={save.isPending}
            onSaveMine={() => saveWith('mine')}
            onSaveTheirs={() => saveWith('theirs')}
          />
        )
      }
      onSubmit={submit}
    />
  );
}
