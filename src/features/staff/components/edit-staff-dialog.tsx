import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import type { z } from 'zod/mini';
import {
  DISCIPLINE_NAMES,
  ROLE_NAMES,
  staffDetailsSchema,
  type StaffAccount,
  type StaffDetails,
} from '../../../api/schemas/staff-accounts';
import { staleReader } from '../../../api/declared-errors';
import { staffEndpoints } from '../../../api/endpoints/staff';
import { ConflictNotice, type Difference } from '../../../components/conflict-notice';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import { useVersionedEdit } from '../../../lib/versioned-edit';
import '../../../lib/zod-english';
import { staffAccountQueries } from '../api/staff-account-queries';
import { useUpdateStaff } from '../api/use-update-staff';
import { StaffDetailFields } from './staff-fields';

type Schema = typeof staffDetailsSchema;
const detailsOf = ({ name, role, discipline }: StaffAccount): StaffDetails => ({
  name,
  role,
  discipline,
});

const describe = (d: StaffDetails) => ({
  name: d.name,
  role: ROLE_NAMES[d.role],
  discipline: d.discipline ? DISCIPLINE_NAMES[d.discipline] : 'none',
});
const differences = (theirs: StaffDetails, mine: StaffDetails): Difference[] => {
  const [t, m] = [describe(theirs), describe(mine)];
  return [
    { label: 'Name', theirs: t.name, mine: m.name },
    { label: 'Role', theirs: t.role, mine: m.role },
    { label: 'Discipline', theirs: t.discipline, mine: m.discipline },
  ];
};

/** Name, role and discipline, saved on the version the dialog opened at. A demotion of the
 * last active admin comes back as a 409 on the role; a colleague's save first as a 412, shown
 * by the one conflict notice, keeping what was typed. */
export function EditStaffDialog({
  account,
  onClose,
}: {
  account: StaffAccount;
  onClose: () => void;
}) {
  const update = useUpdateStaff(account.id);
  const edit = useVersionedEdit<StaffAccount, StaffDetails>({
    record: account,
    recordId: account.id,
    stale: staleReader(staffEndpoints, 'PATCH /staff/:id'),
    writeCache: (qc, theirs) =>
      qc.setQueryData(
        staffAccountQueries.list().queryKey,
        (list) =>
          list && {
            items: list.items.map((a) => (a.id === theirs.id ? { ...a, ...theirs } : a)),
          },
      ),
  });
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(staffDetailsSchema),
    defaultValues: detailsOf(account),
  });
  useLeaveGuard(form.formState.isDirty, 'this member of staff');
  const { conflict } = edit;
  const save = (atVersion: number) =>
    form.handleSubmit((values) =>
      update.mutate(
        { version: atVersion, body: values },
        {
          onSuccess: onClose,
          onError: (e) => {
            if (edit.refused(e, values)) update.reset();
            else applyServerErrors(e, form.setError);
          },
        },
      ),
    );
  return (
    <FormDialog
      title={`Edit ${account.name}`}
      opened
      onClose={onClose}
      submitLabel="Save changes"
      busy={update.isPending}
      error={update.error}
      onSubmit={save(edit.base.version)}
    >
      {conflict && (
        <ConflictNotice
          what="this account"
          lastSave={conflict.lastSave}
          fields={differences(detailsOf(conflict.theirs), conflict.mine)}
          busy={update.isPending}
          onLoadTheirs={() => {
            const theirs = edit.loadTheirs();
            if (theirs) form.reset(detailsOf(theirs));
          }}
          onSaveMine={() => void save(edit.keepMine())()}
        />
      )}
      <StaffDetailFields control={form.control} />
    </FormDialog>
  );
}
