import { useRef } from 'react';
import { queryKeys } from '../../../api/query-keys';
import { staleReader } from '../../../api/declared-errors';
import { cohortEndpoints } from '../../../api/endpoints/cohorts';
import type { Cohort, CohortInput } from '../../../api/schemas/cohorts';
import type { StaffAccount as StaffUser } from '../../../api/schemas/staff-accounts';
import { resolveConflicts } from '../../../domain/three-way-merge';
import { useVersionedEdit } from '../../../lib/versioned-edit';
import { useSaveCohort } from '../api/use-save-cohort';
import { CohortForm, type CohortFormApi } from './cohort-form';
import { inputOf, mergeCohort } from './cohort-merge';
import { CohortMergeNotice } from './cohort-merge-notice';

interface CohortEditFormProps {
  cohort: Cohort;
  staff: StaffUser[];
  onSaved: () => void;
}

/** The cohort edit form, saved on the version its values stand on (If-Match, owned by
 * useVersionedEdit). When a colleague saved first (412), the form is merged three ways: what
 * only they changed comes into the form, what only I changed stays, and the fields we both
 * changed are listed with both values; saving mine then goes on their version. */
export function CohortEditForm({ cohort, staff, onSaved }: CohortEditFormProps) {
  const save = useSaveCohort();
  const edit = useVersionedEdit<Cohort, CohortInput>({
    record: cohort,
    recordId: cohort.id,
    stale: staleReader(cohortEndpoints, 'PATCH /cohorts/:id'),
    writeCache: (qc, theirs) =>
      qc.setQueryData(
        queryKeys.cohorts.detail(cohort.id),
        (old: { cohort: Cohort } | undefined) =>
          old && { ...old, cohort: { ...old.cohort, ...theirs } },
      ),
  });
  const formRef = useRef<CohortFormApi | null>(null);
  const { conflict } = edit;
  // Merged against the version the form stood on when the save was refused.
  const merge = conflict && mergeCohort(conflict.base, conflict.theirs, conflict.mine);

  const submit = (values: CohortInput, form: CohortFormApi, version = edit.base.version) => {
    formRef.current = form;
    save.mutate(
      { id: cohort.id, version, input: values },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const theirs = edit.refused(error, values);
          if (!theirs) return; // the error itself is shown
          form.reset(mergeCohort(edit.base, theirs, values).result.merged);
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
    const version = edit.keepMine();
    void form.handleSubmit((values) => submit(values, form, version))();
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
            lastSave={conflict.lastSave}
            staff={staff}
            busy={save.isPending}
            onLoadTheirs={() => {
              const theirs = edit.loadTheirs();
              if (theirs) formRef.current?.reset(inputOf(theirs));
            }}
            onSaveMine={() => saveWith('mine')}
            onSaveTheirs={() => saveWith('theirs')}
          />
        )
      }
      // Once merged, the form's values stand on their version: saving the form is saving mine.
      onSubmit={(values, form) => submit(values, form, conflict ? edit.keepMine() : undefined)}
    />
  );
}
