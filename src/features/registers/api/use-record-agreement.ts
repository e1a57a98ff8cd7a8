import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../api/client';
import { registerEndpoints } from '../../../api/endpoints/registers';
import { patchRow } from './register-cache';
import { registerQueries } from './register-queries';

/** docs/domain.md: the group-rules-and-confidentiality agreement, recorded before anyone is marked present. */
export function useRecordAgreement(sessionId: string) {
  const qc = useQueryClient();
  const key = registerQueries.detail(sessionId).queryKey;
  return useMutation({
    mutationFn: ({ enrolmentId, version }: { enrolmentId: string; version: number }) =>
      callApi(registerEndpoints, 'PATCH /enrolments/:id', {
        params: { id: enrolmentId },
        body: { agreementRecorded: true },
        version,
      }),
    onSuccess: (entry) => {
      qc.setQueryData(key, (old) => patchRow(old, entry.id, (r) => ({ ...r, enrolment: entry })));
    },
  });
}
