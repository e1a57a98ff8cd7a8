import { useCallback, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { codeForKey, MARKABLE_CODES, type MarkableCode } from '../../../domain/attendance-codes';

interface Cell {
  row: number;
  option: number;
}

/** Where the register's single tab stop is. Kept outside React state so moving focus
 * re-renders only the two rows concerned, never the whole register (mark latency). */
export function createFocusStore() {
  let cell: Cell = { row: 0, option: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => cell,
    set(next: Cell) {
      if (next.row === cell.row && next.option === cell.option) return;
      cell = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type FocusStore = ReturnType<typeof createFocusStore>;

/** The option of this row that Tab reaches, or null when the tab stop is in another row. */
const noStore = { subscribe: () => () => {}, get: () => null };

export function useRowTabStop(store: FocusStore | null, rowIndex: number): number | null {
  const s = store ?? noStore;
  return useSyncExternalStore(s.subscribe, () => {
    const cell = s.get();
    return cell && cell.row === rowIndex ? cell.option : null;
  });
}

/** Keyboard-first register: one tab stop for the whole register;
 * arrows move between rows and options without marking; Space or Enter marks the focused
 * option; A, S, N, C or D marks the row and moves on to the next one. */
export function useRegisterKeyboard(
  rowCount: number,
  mark: (rowIndex: number, code: MarkableCode) => void,
) {
  const [store] = useState(createFocusStore);
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const registerRef = useCallback((row: number, option: number, el: HTMLButtonElement | null) => {
    const key = `${row}:${option}`;
    if (el) refs.current.set(key, el);
    else refs.current.delete(key);
  }, []);

  const onFocusOption = useCallback(
    (row: number, option: number) => store.set({ row, option }),
    [store],
  );

  const moveTo = useCallback(
    (row: number, option: number) => {
      const next = {
        row: Math.max(0, Math.min(rowCount - 1, row)),
        option: (option + MARKABLE_CODES.length) % MARKABLE_CODES.length,
      };
      store.set(next);
      refs.current.get(`${next.row}:${next.option}`)?.focus();
    },
    [rowCount, store],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target.getAttribute('role') !== 'radio' || event.altKey || event.ctrlKey || event.metaKey)
        return;
      const { row, option } = store.get();
      const code = codeForKey(event.key);
      let handled = true;
      if (event.key === 'ArrowDown') moveTo(row + 1, option);
      else if (event.key === 'ArrowUp') moveTo(row - 1, option);
      else if (event.key === 'ArrowRight') moveTo(row, option + 1);
      else if (event.key === 'ArrowLeft') moveTo(row, option - 1);
      else if (event.key === 'Home') moveTo(row, 0);
      else if (event.key === 'End') moveTo(row, MARKABLE_CODES.length - 1);
      else if (code !== undefined) {
        mark(row, code);
        moveTo(row + 1, MARKABLE_CODES.indexOf(code));
      } else handled = false;
      if (handled) event.preventDefault();
    },
    [mark, moveTo, store],
  );

  return { store, registerRef, onFocusOption, onKeyDown };
}
