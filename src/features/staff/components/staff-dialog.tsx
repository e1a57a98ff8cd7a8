import type { StaffAccountView } from '../../../api/schemas/staff-accounts';
import { DeactivateDialog, ReactivateDialog } from './activation-dialogs';
import { AddStaffDialog } from './add-staff-dialog';
import { EditStaffDialog } from './edit-staff-dialog';
import type { StaffAction } from './staff-columns';
import { TemporaryPasswordDialog } from './temporary-password-dialog';

export type StaffDialogState =
  { action: 'add' } | { action: StaffAction; account: StaffAccountView };

/** Every dialog of the staff page, loaded when an admin first opens one (the forms, their
 * schemas and Modal stay out of the page until then). Default export: loaded with lazy(). */
export default function StaffDialog({
  dialog,
  onClose,
  onAdded,
}: {
  dialog: StaffDialogState;
  onClose: () => void;
  onAdded: (account: StaffAccountView) => void;
}) {
  if (dialog.action === 'add') return <AddStaffDialog onClose={onClose} onAdded={onAdded} />;
  const { account } = dialog;
  if (dialog.action === 'edit') return <EditStaffDialog account={account} onClose={onClose} />;
  if (dialog.action === 'deactivate')
    return <DeactivateDialog account={account} onClose={onClose} />;
  if (dialog.action === 'reactivate')
    return <ReactivateDialog account={account} onClose={onClose} />;
  return <TemporaryPasswordDialog account={account} onClose={onClose} />;
}
