import { useCallback, useEffect, useState } from 'react';
import { useOnline } from '../lib/online';

/** On every page: says when the connection is lost, and when it is back. The live region is
 * always there (empty while online), so the change is announced, politely. */
export function ConnectionBanner() {
  const online = useOnline();
  const [wasOffline, setWasOffline] = useState(false);
  const [back, setBack] = useState(false);
  if (!online && !wasOffline) setWasOffline(true);
  if (online && wasOffline) {
    setWasOffline(false);
    setBack(true);
  }
  useEffect(() => {
    if (!back) return;
    const timer = window.setTimeout(() => setBack(false), 5000);
    return () => window.clearTimeout(timer);
  }, [back]);

  // The banner wraps to two or three lines on a phone: the space kept for it (the spacer at the
  // end of the page, the navigation column's foot) follows its real height, so it never covers
  // the last row at any width.
  const measure = useCallback((el: HTMLDivElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty('--connection-banner-height', `${Math.ceil(el.offsetHeight)}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--connection-banner-height');
    };
  }, []);

  return (
    <div aria-live="polite" className="no-print">
      {!online && (
        <>
          <div aria-hidden="true" className="connection-spacer" />
          <div role="status" className="connection-banner" data-offline ref={measure}>
            You are offline. Marks and notes you make are kept and sent when the connection returns.
          </div>
        </>
      )}
      {online && back && (
        <div role="status" className="connection-banner">
          Back online.
        </div>
      )}
    </div>
  );
}
