import { useEffect, useState } from 'react';
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

  return (
    <div aria-live="polite" className="no-print">
      {!online && (
        <>
          <div aria-hidden="true" className="connection-spacer" />
          <div role="status" className="connection-banner" data-offline>
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
