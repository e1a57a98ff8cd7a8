import type { Cohort, CohortInput } from '../../../api/schemas/cohorts';
import type { StaffUser } from '../../../api/schemas/staff';
import { threeWayMerge, type MergeResult } from '../../../domain/three-way-merge';
import { formatDate } from '../../../lib/format';

/** The fields the edit form changes, in the form's order, with their labels. */
export const COHORT_FIELD_LABELS = {
  name: 'Name',
  type: 'Type',
  delivery: 'Delivery',
  videoLink: 'Video link',
  venue: 'Venue',
  startDate: 'Start date',
  startTime: 'Start time',
  sessionLengthMinutes: 'Session length',
  capacity: 'Capacity',
  facilitatorIds: 'Facilitators',
} as const satisfies Record<keyof CohortInput, string>;
export type CohortField = keyof typeof COHORT_FIELD_LABELS;
const FIELDS = Object.keys(COHORT_FIELD_LABELS) as CohortField[];

/** The form's fields of a saved cohort. */
export function inputOf(cohort: Cohort): CohortInput {
  return Object.fromEntries(FIELDS.map((f) => [f, cohort[f]])) as CohortInput;
}

export interface CohortMerge {
  /** The cohort as the colleague saved it: the version the next save is made on. */
  theirs: Cohort;
  result: MergeResult<CohortInput>;
}

/** A stale save (412) merged three ways: the version the form was opened at, the colleague's
 * save, and the form. */
export function mergeCohort(base: Cohort, theirs: Cohort, mine: CohortInput): CohortMerge {
  return { theirs, result: threeWayMerge(inputOf(base), inputOf(theirs), mine, FIELDS) };
}

/** A field's value in words, as the form shows it. */
export function describeField(field: CohortField, value: unknown, staff: StaffUser[]): string {
  switch (field) {
    case 'facilitatorIds':
      return (value as string[])
        .map((id) => staff.find((s) => s.id === id)?.name ?? 'someone no longer listed')
        .join(', ');
    case 'delivery':
      return value === 'online' ? 'Online' : 'Face to face';
    case 'type':
      return value === 'workshop' ? 'Workshop' : 'Course';
    case 'startDate':
      return value ? formatDate(value as string) : 'none';
    case 'sessionLengthMinutes':
      return `${String(value)} minutes`;
    default:
      return value === '' || value == null ? 'none' : String(value);
  }
}
