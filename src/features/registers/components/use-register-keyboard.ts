import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { codeForKey, MARKABLE_CODES, type MarkableCode } from '../../../domain/attendance-codes';

/** Keyboard-first register (issue "Registers" 3): one tab stop for the whole register;
 * arrows move between rows and options without marking; Space or Enter marks the focused
 * option; A, S, N, C or D marks the row and moves on to the next one. */
export function useRegisterKeyboard(rowCount: number, mark: (rowIndex: number, code: MarkableCode) => void) {
  const [active, setActive] = useState({ row: 0, option: 0 });
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef(false);

  const registerRef = useCallback((row: number, option: number, el: HTMLButtonElement | null) => {
    const key = `${row}:${option}`;
    if (el) refs.current.set(key, el);
    else refs.current.delete(key);
  }, []);

  const onFocusOption = useCallback((row: number, option: number) => {
    setActive((a) => (a.row === row && a.option === option ? a : { row, option }));
  }, []);

  const moveTo = useCallback((row: number, option: number) => {
    pendingFocus.current = true;
    setActive({ row: Math.max(0, Math.min(rowCount - 1, row)), option: (option + MARKABLE_CODES.length) % MARKABLE_CODES.length });
  }, [rowCount]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    refs.current.get(`${active.row}:${active.option}`)?.focus();
  }, [active]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'radio' || event.altKey || event.ctrlKey || event.metaKey) return;
    const { row, option } = active;
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
  }, [active, mark, moveTo]);

  return { active, registerRef, onFocusOption, onKeyDown };
}
