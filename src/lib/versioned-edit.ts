import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CurrentReader } from '../api/declared-errors';
import { lastSaveQuery, type LastSave } from './last-save-queries';

// One owner for what an If-Match form edits: the version its values stand on, the server's
// copy when a save comes back stale (412), and the choice the user then makes. Every form
// saved with If-Match (cohort, waiting-list entry, staff, settings, and with `follow` the
// vacancy page's offers and answers) uses useVersionedEdit;
// register rows, whose versions the mark queue keeps, read a 412 through a staleReader too
// (src/api/declared-errors.ts: the 412's copy was parsed once, with the schema its endpoint
// declares).

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
  /** Reads a 412's copy from the endpoints this form saves through (staleReader). */
  stale: CurrentReader<T>;
  /** Puts the server's copy where the record is cached, so every view shows it at once. */
  writeCache: (qc: QueryClient, theirs: T) => void;
  /** An action page (an offer, an answer: nothing typed to lose) acts on what it shows: while
   * no conflict is open the base follows `record`, so the page's own saves and refetches move
   * it; a form leaves this off, as its values stand on what it opened. */
  follow?: boolean;
}

export function useVersionedEdit<T extends { version: number }, M>(options: Options<T>) {
  const { record, recordId, stale: readStale, writeCache, follow = false } = options;
  const qc = useQueryClient();
  // Where the form's values stand: as opened (a background refetch must not move it, or a
  // colleague's save would be overwritten unseen), then moved only by the user's own choice.
  const [opened, setBase] = useState(record);
  const [stale, setStale] = useState<Omit<Conflict<T, M>, 'lastSave'> | null>(null);
  const lastSave = useQuery({
    ...lastSaveQuery(recordId, stale?.theirs.version ?? -1),
    enabled: stale !== null,
  }).data;
  const base = follow && !stale ? record : opened;
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
      const theirs = readStale(error)?.current ?? null;
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

export interface SendOptions {
  onSuccess?: () => void;
  /** A failure other than a colleague's save first (a refusal to show beside the fields). */
  onError?: (error: unknown) => void;
  /** A colleague saved first: the conflict notice now shows (a dialog closes for it). */
  onConflict?: () => void;
}

/** A send's own callbacks, with a stale answer told apart from any other failure. */
export function sendCallbacks<T>(stale: CurrentReader<T>, options: SendOptions) {
  return {
    onSuccess: options.onSuccess,
    onError: (error: unknown) =>
      stale(error)?.current ? options.onConflict?.() : options.onError?.(error),
  };
}
