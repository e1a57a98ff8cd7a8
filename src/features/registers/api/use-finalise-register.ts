import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import { registerQueries } from './register-queries';

export function useFinaliseRegister(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    // Same scope as the marks: finalising waits for every queued mark to reach the server first.
    scope: { id: `register:${sessionId}` },
    mutationFn: (version: number) =>
      callApi(registerEndpoints, 'POST /sessions/:sessionId/finalise', {
        params: { sessionId },
        body: {},
        version,
      }),
    onSuccess: (register) => {
      qc.setQueryData(registerQueries.detail(sessionId).queryKey, register);
      void qc.invalidateQueries({ queryKey: registerQueries.list().queryKey });
    },
  });
}
