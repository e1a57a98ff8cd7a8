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

/** The change a row's problem still holds for sending, if any. */
export function waitingChange(problem: RowProblem | undefined): MarkAttendance | null {
  if (problem?.kind === 'failed') return problem.change;
  return problem?.kind === 'conflict' ? problem.mine : null;
}

/** What of an unsaved change is left once a newer change sets some of its fields (null when
 * nothing is): a note and a mark wait independently, so a mark made after a failed note
 * leaves the note waiting, and an older mark never comes back over a newer one. */
export function leftAfter(older: MarkAttendance, next: MarkAttendance): MarkAttendance | null {
  const rest: MarkAttendance = { ...older };
  for (const field of FIELDS) if (next[field] !== undefined) delete rest[field];
  return FIELDS.some((field) => rest[field] !== undefined) ? rest : null;
}

/** The same problem holding a narrower change (see leftAfter). */
export function withChange(problem: RowProblem, change: MarkAttendance): RowProblem {
  if (problem.kind === 'failed') return { ...problem, change, resendKey: undefined };
  return problem.kind === 'conflict' ? { ...problem, mine: change } : problem;
}

export function sameChange(a: MarkAttendance, b: MarkAttendance): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof MarkAttendance)[]);
  return [...keys].every((k) => a[k] === b[k]);
}
