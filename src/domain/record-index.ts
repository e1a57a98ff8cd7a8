// Lookups over one set of records, made once and kept while that set is in use. Views and
// rules ask "this person's mark at this session" for every row of every register; with a
// list scan each time that is hundreds of thousands of comparisons a request. Keyed by the
// records object a read returns (a new one for every read, on both backends), so a later read
// after a write gets fresh lookups. The arrays are checked too: a records object whose arrays
// were swapped for others is indexed again.

interface Mark {
  sessionId: string;
  enrolmentId: string;
}
interface HasCohort {
  cohortId: string;
}

interface Index<S, A> {
  sessions: readonly S[];
  attendance: readonly A[];
  sessionsByCohort: Map<string, S[]>;
  markByKey: Map<string, A>;
  marksBySession: Map<string, A[]>;
}

const indexes = new WeakMap<object, Index<unknown, unknown>>();

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function recordIndex<S extends HasCohort, A extends Mark>(r: {
  sessions: readonly S[];
  attendance: readonly A[];
}): Index<S, A> {
  const known = indexes.get(r) as Index<S, A> | undefined;
  if (known && known.sessions === r.sessions && known.attendance === r.attendance) return known;
  const made: Index<S, A> = {
    sessions: r.sessions,
    attendance: r.attendance,
    sessionsByCohort: groupBy(r.sessions, (s) => s.cohortId),
    markByKey: new Map(r.attendance.map((a) => [`${a.sessionId}|${a.enrolmentId}`, a])),
    marksBySession: groupBy(r.attendance, (a) => a.sessionId),
  };
  indexes.set(r, made as Index<unknown, unknown>);
  return made;
}

/** The mark for one person at one session, if any. */
export function markOf<A extends Mark>(
  r: { sessions: readonly HasCohort[]; attendance: readonly A[] },
  sessionId: string,
  enrolmentId: string,
): A | undefined {
  return recordIndex(r).markByKey.get(`${sessionId}|${enrolmentId}`);
}

/** A cohort's sessions, in stored order. */
export function sessionsOf<S extends HasCohort>(
  r: { sessions: readonly S[]; attendance: readonly Mark[] },
  cohortId: string,
): readonly S[] {
  return recordIndex(r).sessionsByCohort.get(cohortId) ?? [];
}

/** The marks at one session. */
export function marksAt<A extends Mark>(
  r: { sessions: readonly HasCohort[]; attendance: readonly A[] },
  sessionId: string,
): readonly A[] {
  return recordIndex(r).marksBySession.get(sessionId) ?? [];
}
