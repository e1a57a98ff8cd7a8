import { auditEndpoints } from '../../../api/endpoints/service';
import { queryKeys } from '../../../api/query-keys';
import { endpointQuery } from '../../../lib/endpoint-hooks';

// Apart from referral-queries.ts, which the waiting list loads: only the entry's page asks.

/** The entry's history: its audit entries, newest first. Under the detail's key, so every
 * write to the entry (which invalidates the referrals) brings it up to date. */
export const referralHistoryQuery = (id: string) =>
  endpointQuery(
    auditEndpoints,
    'GET /audit',
    [...queryKeys.referrals.detail(id), 'history'] as const,
    {
      query: { entity: 'referral', record: id, offset: 0, limit: 200 },
    },
  );
