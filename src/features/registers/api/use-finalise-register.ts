import { registerEndpoints } from '../../../api/endpoints/registers';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';
import { registerQueries } from './register-queries';

export function useFinaliseRegister(sessionId: string) {
  return useEndpointMutation(registerEndpoints, 'POST /sessions/:sessionId/finalise', {
    // Same scope as the marks: finalising waits for every queued mark to reach the server first.
    scope: { id: `register:${sessionId}` },
    call: (version: number) => ({ params: { sessionId }, body: {}, version }),
    onSuccess: async (register, _v, qc) => {
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
