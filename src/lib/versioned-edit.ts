import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod/mini';
import { isApiError } from '../api/api-error';
import { lastSaveQuery, type LastSave } from './last-save-queries';

// One owner for what an If-Match form edits: the version its values stand on, the server's
// copy when a save comes back stale (412), and the choice the user then makes. Every form
// saved with If-Match (cohort, waiting-list entry, staff, settings) uses useVersionedEdit;
// register rows, whose versions the mark queue keeps, read a 412 through staleCopy too.

/** A 412's `current`, parsed once with the record's own schema: null when the error is not a
 * stale version; `current: null` when the server holds no record (or sent none we can read). */
export function staleCopy<T>(
  error: unknown,
  schema: z.ZodMiniType<T>,
): { current: T | null } | null {
  if (!isApiError(error) || error.code !== 'stale_version') return null;
  const parsed = schema.safeParse(error.current);
  return { current: parsed.success ? parsed.data : null };
}

export interface Conflict<T, M> {
  /** The record as the server holds it now. */
  theirs: T;
  /** What the user tried to save. */
  mine: M;
  /** The record that save stood on (a three-way merge's common ancestor). */
  base: T;
  /** Who saved theirs, and when, if the audit trail says. */
  lastSave: LastSave | null;
}

interface Options<T> {
  /** The record as the form opened it. */
  record: T;
  /** Its id in the audit trail (who saved theirs). */
  recordId: string;
  /** The record's own schema: the 412's copy is read with it. */
  schema: z.ZodMiniType<T>;
  /** Puts the server's copy where the record is cached, so every view shows it at once. */
  writeCache: (qc: QueryClient, theirs: T) => void;
}

export function useVersionedEdit<T extends { version: number }, M>(options: Options<T>) {
  const { record, recordId, schema, writeCache } = options;
  const qc = useQueryClient();
  // Where the form's values stand: as opened (a background refetch must not move it, or a
  // colleague's save would be overwritten unseen), then moved only by the user's own choice.
  const [base, setBase] = useState(record);
  const [stale, setStale] = useState<Omit<Conflict<T, M>, 'lastSave'> | null>(null);
  const lastSave = useQuery({
    ...lastSaveQuery(recordId, stale?.theirs.version ?? -1),
    enabled: stale !== null,
  }).data;
  const settle = (next: T) => {
    setBase(next);
    setStale(null);
  };
  return {
    /** The record the form stands on; its version goes as If-Match. */
    base,
    conflict: stale ? ({ ...stale, lastSave: lastSave ?? null } as Conflict<T, M>) : null,
    /** After a failed save: their copy when it was stale (now the conflict to show), else null. */
    refused(error: unknown, mine: M): T | null {
      const theirs = staleCopy(error, schema)?.current ?? null;
      if (!theirs) return null;
      writeCache(qc, theirs);
      setStale({ theirs, mine, base });
      return theirs;
    },
    /** "Load their version": the form takes theirs (the caller resets its values to it). */
    loadTheirs(): T | null {
      if (!stale) return null;
      settle(stale.theirs);
      return stale.theirs;
    },
    /** "Save mine over theirs": the version to save on now, theirs. */
    keepMine(): number {
      if (stale) settle(stale.theirs);
      return (stale?.theirs ?? base).version;
    },
    /** The user's own save: the next one stands on it. */
    saved(next: T): void {
      settle(next);
    },
  };
}
