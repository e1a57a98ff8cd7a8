import { reminderEndpoints } from '../../../api/endpoints/reminders';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

export const reminderQueries = {
  cohort: (id: string) =>
    endpointQuery(
      reminderEndpoints,
      'GET /cohorts/:id/reminders',
      queryKeys.cohorts.reminders(id),
      {
        params: { id },
      },
    ),
};
