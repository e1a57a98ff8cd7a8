import { staffEndpoints } from '../../../api/endpoints/staff';
import type { UpdateStaff } from '../../../api/schemas/staff-accounts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

/** A change of details, a deactivation or a reactivation, from the version the admin saw. */
export function useUpdateStaff(staffId: string) {
  return useEndpointMutation(staffEndpoints, 'PATCH /staff/:id', {
    call: ({ version, body }: { version: number; body: UpdateStaff }) => ({
      params: { id: staffId },
      version,
      body,
    }),
    invalidates: 'staff',
  });
}
