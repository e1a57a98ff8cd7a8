import { staffEndpoints } from '../../../api/endpoints/staff';
import type { NewStaff } from '../../../api/schemas/staff-accounts';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';

export function useAddStaff() {
  return useEndpointMutation(staffEndpoints, 'POST /staff', {
    call: (body: NewStaff) => ({ body }),
    invalidates: 'staff',
  });
}
