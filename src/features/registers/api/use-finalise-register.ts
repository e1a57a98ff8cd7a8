import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { registerSchema } from '../../../api/schemas/registers';
import { registerQueries } from './register-queries';

export function useFinaliseRegister(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    // Same scope as the marks: finalising waits for every queued mark to reach the server first.
    scope: { id: `register:${sessionId}` },
    mutationFn: (version: number) =>
      apiRequest(`/sessions/${encodeURIComponent(sessionId)}/finalise`, registerSchema, {
        method: 'POST',
        body: {},
        version,
      }),
    onSuccess: (register) => {
      qc.setQueryData(registerQueries.detail(sessionId).queryKey, register);
      void qc.invalidateQueries({ queryKey: registerQueries.list().queryKey });
    },
  });
}
