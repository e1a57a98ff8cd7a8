import { staffEndpoints } from '../../../api/endpoints/staff';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

/** The staff accounts (admins and managers): who is active, and the cohorts each still
 * facilitates. The cohort form reads it too, to offer only active facilitators. */
export const staffAccountQueries = {
  list: () => endpointQuery(staffEndpoints, 'GET /staff', queryKeys.staff.accounts()),
};
