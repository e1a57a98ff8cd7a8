import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import type { RowProblem } from './register-cache';

// Each row's problem, by enrolment id, for one register. Kept in the query cache rather than in
// the page's state: a mark that fails after the user has left the page still reports here, and
// signing out (queryClient.clear()) forgets it with everything else. Not server state, so its
// key stays outside queryKeys.registers: refreshing registers never touches it.
export type RowProblems = Partial<Record<string, RowProblem>>;

function problemsQuery(qc: QueryClient, sessionId: string) {
  const queryKey = ['register-problems', sessionId] as const;
  return queryOptions({
    queryKey,
    // Never fetched for real: a refetch (after a blanket invalidation) keeps what is there.
    queryFn: (): RowProblems => qc.getQueryData<RowProblems>(queryKey) ?? {},
    initialData: {},
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function rowProblemsOf(qc: QueryClient, sessionId: string): RowProblems {
  return qc.getQueryData(problemsQuery(qc, sessionId).queryKey) ?? {};
}

export function setRowProblem(
  qc: QueryClient,
  sessionId: string,
  enrolmentId: string,
  problem: RowProblem | null,
): void {
  qc.setQueryData(problemsQuery(qc, sessionId).queryKey, (all = {}) => {
    if (!problem && !all[enrolmentId]) return all;
    const next = { ...all };
    if (problem) next[enrolmentId] = problem;
    else delete next[enrolmentId];
    return next;
  });
}

export function useRowProblems(sessionId: string): RowProblems {
  const qc = useQueryClient();
  return useQuery(problemsQuery(qc, sessionId)).data;
}

/** A change the server has not taken (failed, or in conflict) still waits to be sent. */
export function isUnsaved(problem: RowProblem | undefined): boolean {
  return problem?.kind === 'failed' || problem?.kind === 'conflict';
}

const FIELDS = ['code', 'note', 'catchUpSent'] as const;

/** A newer change replaces an unsaved one only when it sets everything the unsaved one set:
 * a note typed after a failed mark must not throw the mark away. */
export function supersedes(next: MarkAttendance, problem: RowProblem | undefined): boolean {
  if (!problem || problem.kind === 'notice') return true;
  const older = problem.kind === 'failed' ? problem.change : problem.mine;
  return FIELDS.every((field) => older[field] === undefined || next[field] !== undefined);
}
