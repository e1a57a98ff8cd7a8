import { registerEndpoints } from '../../../api/endpoints/registers';
import { useEndpointMutation } from '../../../lib/endpoint-hooks';
import { patchRow } from './register-cache';
import { registerQueries } from './register-queries';

/** docs/domain.md: the group-rules-and-confidentiality agreement, recorded before anyone is marked present. */
export function useRecordAgreement(sessionId: string) {
  const key = registerQueries.detail(sessionId).queryKey;
  return useEndpointMutation(registerEndpoints, 'PATCH /enrolments/:id', {
    call: ({ enrolmentId, version }: { enrolmentId: string; version: number }) => ({
      params: { id: enrolmentId },
      body: { agreementRecorded: true as const },
      version,
    }),
    onSuccess: (entry, _v, qc) => {
      qc.setQueryData(key, (old) => patchRow(old, entry.id, (r) => ({ ...r, enrolment: entry })));
    },
  });
}
