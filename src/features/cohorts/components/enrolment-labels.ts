import type { EnrolmentStatus } from '../../../api/schemas/participants';

/** docs/domain.md "Words": how each enrolment status reads to staff. */
export const ENROLMENT_LABEL: Record<EnrolmentStatus, string> = {
  offered: 'Offered',
  confirmed: 'Confirmed',
  active: 'Active',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
  transferred: 'Transferred',
  removed_after_absences: 'Removed after absences',
};
