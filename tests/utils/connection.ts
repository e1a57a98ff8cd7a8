import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** The browser losing or finding its connection: navigator.onLine and the window event (which
 * TanStack Query's onlineManager listens to as well, pausing and resuming mutations). */
export function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}
