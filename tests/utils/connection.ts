import { onlineManager } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** The browser losing or finding its connection: navigator.onLine and the window event, which
 * TanStack Query's onlineManager hears too (pausing and resuming mutations) while a page is
 * mounted; with none mounted (between two "page loads") it is told directly, as a new page's
 * would start. */
export function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    onlineManager.setOnline(online);
  });
}
