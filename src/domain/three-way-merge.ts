// Two people edited one record from the same starting point. A field only
// one of them changed takes that change; a field both changed to different values is a
// conflict for the user to decide. Pure, so the rule is tested apart from any form.

/** Structural equality for the plain values a record holds (strings, numbers, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

export interface MergeResult<T> {
  /** Theirs where only they changed a field, mine where only I did (or we agree), and mine
   * where we both changed it differently: saving `merged` is "save mine" for the conflicts. */
  merged: T;
  /** Fields only they changed (now taken from theirs). */
  theirsOnly: (keyof T)[];
  /** Fields only I changed (kept). */
  mineOnly: (keyof T)[];
  /** Fields we both changed, to different values. */
  conflicts: (keyof T)[];
}

/** Merges `mine` and `theirs`, both edits of `base`, over the given fields. */
export function threeWayMerge<T extends object>(
  base: T,
  theirs: T,
  mine: T,
  fields: readonly (keyof T)[],
): MergeResult<T> {
  const merged = { ...mine };
  const result: MergeResult<T> = { merged, theirsOnly: [], mineOnly: [], conflicts: [] };
  for (const field of fields) {
    const theyChanged = !sameValue(theirs[field], base[field]);
    const iChanged = !sameValue(mine[field], base[field]);
    if (theyChanged && !iChanged) {
      merged[field] = theirs[field];
      result.theirsOnly.push(field);
    } else if (iChanged && !theyChanged) result.mineOnly.push(field);
    else if (iChanged && theyChanged && !sameValue(mine[field], theirs[field]))
      result.conflicts.push(field);
  }
  return result;
}

/** The merge with the conflicting fields decided: 'mine' keeps mine, 'theirs' takes theirs. */
export function resolveConflicts<T extends object>(
  result: MergeResult<T>,
  theirs: T,
  choice: 'mine' | 'theirs',
): T {
  if (choice === 'mine') return result.merged;
  const next = { ...result.merged };
  for (const field of result.conflicts) next[field] = theirs[field];
  return next;
}
