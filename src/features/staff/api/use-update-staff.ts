import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { staffEndpoints } from '../../../api/endpoints/staff';
import type { UpdateStaff } from '../../../api/schemas/staff-accounts';
import { invalidateAfter } from '../../../lib/invalidate';

/** A change of details, a deactivation or a reactivation, from the version the admin saw. */
export function useUpdateStaff(staffId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateStaff }) =>
      callApi(staffEndpoints, 'PATCH /staff/:id', { params: { id: staffId }, version, body }),
    onSuccess: () => invalidateAfter(qc, 'staff'),
  });
}
