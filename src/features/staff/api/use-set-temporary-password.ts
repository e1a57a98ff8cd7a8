import { staffEndpoints } from '../../../api/endpoints/staff';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** The answer holds the password, shown once: it is kept in this mutation only, never cached. */
export function useSetTemporaryPassword(staffId: string) {
  return useEndpointMutation(staffEndpoints, 'POST /staff/:id/temporary-password', {
    call: () => ({ params: { id: staffId } }),
    invalidates: 'staff',
  });
}
