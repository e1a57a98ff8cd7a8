import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { staffEndpoints } from '../../../api/endpoints/staff';
import type { NewStaff } from '../../../api/schemas/staff-accounts';
import { invalidateAfter } from '../../../lib/invalidate';

export function useAddStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaff) => callApi(staffEndpoints, 'POST /staff', { body }),
    onSuccess: () => invalidateAfter(qc, 'staff'),
  });
}
