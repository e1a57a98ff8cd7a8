import { zodResolver } from '@hookform/resolvers/zod';
import { TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import type { z } from 'zod/mini';
import { newStaffSchema, type StaffAccountView } from '../../../api/schemas/staff-accounts';
import { FormDialog } from '../../../components/form-dialog';
import { ROLES } from '../../../domain/policy';
import { needsDiscipline } from '../../../domain/staff';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useAddStaff } from '../api/use-add-staff';
import { StaffDetailFields } from './staff-fields';

type Schema = typeof newStaffSchema;
// Most people added are facilitators: the form starts with that role.
const EMPTY: z.input<Schema> = {
  name: '',
  email: '',
  role: ROLES.find(needsDiscipline) ?? ROLES[0],
  discipline: null,
};

/** Adds a member of staff with the schema POST /staff enforces. An email already in use
 * comes back as a 409 on the email field; nothing typed is lost. */
export function AddStaffDialog({
  onClose,
  onAdded,
}: {
  onClose: () => void;
  onAdded: (account: StaffAccountView) => void;
}) {
  const add = useAddStaff();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(newStaffSchema),
    defaultValues: EMPTY,
  });
  useLeaveGuard(form.formState.isDirty, 'this member of staff');
  return (
    <FormDialog
      title="Add a member of staff"
      opened
      onClose={onClose}
      submitLabel="Add member of staff"
      busy={add.isPending}
      error={add.error}
      onSubmit={form.handleSubmit((values) =>
        add.mutate(values, {
          onSuccess: (account) => {
            onAdded(account);
            onClose();
          },
          onError: (e) => applyServerErrors(e, form.setError),
        }),
      )}
    >
      <StaffDetailFields
        control={form.control}
        afterName={
          <TextInput
            label="Email"
            description="Their work address, for example name@nhs.net"
            type="email"
            autoComplete="off"
            {...form.register('email')}
            error={form.formState.errors.email?.message}
          />
        }
      />
    </FormDialog>
  );
}
