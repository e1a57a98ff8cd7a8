import { useLayoutEffect } from 'react';

// Mantine keeps the user's light/dark choice under this key (its localStorage manager, see
// src/app/color-scheme-toggle.tsx) and shows the scheme as this attribute on <html>.
const STORAGE_KEY = 'mantine-color-scheme-value';
const ATTRIBUTE = 'data-mantine-color-scheme';

/** For a page drawn without Mantine's provider (the sign-in page): the scheme Mantine would
 * set, before the first paint, so the page is in the user's scheme from the start and the app
 * behind it opens in the same one. A device change is followed until the user has chosen. */
export function useMantineSchemeWithoutMantine() {
  useLayoutEffect(() => {
    const html = document.documentElement;
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage refused (a locked-down browser): follow the device.
    }
    if (stored === 'light' || stored === 'dark') {
      html.setAttribute(ATTRIBUTE, stored);
      return;
    }
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => html.setAttribute(ATTRIBUTE, dark.matches ? 'dark' : 'light');
    apply();
    dark.addEventListener('change', apply);
    return () => dark.removeEventListener('change', apply);
  }, []);
}
