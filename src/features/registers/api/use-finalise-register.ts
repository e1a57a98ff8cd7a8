import { registerEndpoints } from '../../../api/endpoints/registers';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';
import { registerQueries } from './register-queries';

export function useFinaliseRegister(sessionId: string) {
  return useEndpointMutation(registerEndpoints, 'POST /sessions/:sessionId/finalise', {
    // Same scope as the marks: finalising waits for every queued mark to reach the server first.
    scope: { id: `register:${sessionId}` },
    call: (version: number) => ({ params: { sessionId }, body: {}, version }),
    onSuccess: (register, _v, qc) => {
      qc.setQueryData(registerQueries.detail(sessionId).queryKey, register);
      void qc.invalidateQueries({ queryKey: registerQueries.list().queryKey });
    },
  });
}
