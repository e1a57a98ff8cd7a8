import { useBlocker } from '@tanstack/react-router';
import { count, pluralWord } from '../../../domain/plural';

/** Leaving the page with marks not yet saved asks first (in-app navigation and tab close). */
export function UnsavedGuard({ unsaved }: { unsaved: number }) {
  useBlocker({
    shouldBlockFn: () =>
      unsaved > 0 &&
      !window.confirm(
        `${count(unsaved, 'mark')} ${pluralWord(unsaved, 'is', 'are')} not saved yet. Leave this register anyway?`,
      ),
    enableBeforeUnload: () => unsaved > 0,
  });
  return null;
}
