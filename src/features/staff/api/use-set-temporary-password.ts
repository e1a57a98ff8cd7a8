import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { staffEndpoints } from '../../../api/endpoints/staff';
import { invalidateAfter } from '../../../lib/invalidate';

/** The answer holds the password, shown once: it is kept in this mutation only, never cached. */
export function useSetTemporaryPassword(staffId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      callApi(staffEndpoints, 'POST /staff/:id/temporary-password', { params: { id: staffId } }),
    onSuccess: () => invalidateAfter(qc, 'staff'),
  });
}
