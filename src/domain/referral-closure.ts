// docs/domain.md "The waiting list, day to day": an entry leaves the list by enrolment, or is
// closed with one of these reasons; a closed entry can be reopened.

export const CLOSE_REASONS = [
  'no_longer_wants_place',
  'moved_out_of_area',
  'not_contactable',
  'discharged',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  no_longer_wants_place: 'No longer wants a place',
  moved_out_of_area: 'Moved out of area',
  not_contactable: 'Not contactable after attempts',
  discharged: 'Discharged',
  other: 'Other',
};
