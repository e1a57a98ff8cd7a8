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
    onSuccess: async (register) => {
      // A refetch of the register may be on its way (the last mark's settle asks for one): its
      // answer was read before the finalise and would put the draft back on screen. The
      // finalise's answer is the newest, so that fetch is cancelled before it is shown.
      const { queryKey } = registerQueries.detail(sessionId);
      await qc.cancelQueries({ queryKey });
      qc.setQueryData(queryKey, register);
      void qc.invalidateQueries({ queryKey: registerQueries.list().queryKey });
    },
  });
}
