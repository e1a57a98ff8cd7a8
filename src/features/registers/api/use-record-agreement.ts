import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { rosterEntrySchema } from '../../../api/schemas/participants';
import { registerQueries } from './register-queries';

/** DOMAIN.md: the group-rules-and-confidentiality agreement, recorded before anyone is marked present. */
export function useRecordAgreement(sessionId: string) {
  const qc = useQueryClient();
  const key = registerQueries.detail(sessionId).queryKey;
  return useMutation({
    mutationFn: ({ enrolmentId, version }: { enrolmentId: string; version: number }) =>
      apiRequest(`/enrolments/${encodeURIComponent(enrolmentId)}`, rosterEntrySchema, {
        method: 'PATCH',
        body: { agreementRecorded: true },
        version,
      }),
    onSuccess: (entry) => {
      qc.setQueryData(
        key,
        (old) =>
          old && {
            ...old,
            rows: old.rows.map((r) =>
              r.enrolment.id === entry.id ? { ...r, enrolment: entry } : r,
            ),
          },
      );
    },
  });
}
