import type { Enrolment } from '../../api/schemas/participants';

/** One entry of an enrolment's status history, as the contract describes it. */
export type EnrolmentHistoryEntry = Enrolment['history'][number];
