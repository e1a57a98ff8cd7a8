import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { lazyComponent } from '../../../lib/lazy-component';
import { signOut } from '../api/session';
import { useSessionCheck } from '../api/session-check';
import { useSessionLimits } from '../api/session-limits';
import { authStore } from '../auth-store';
import type { IdlePhase, IdleWatch } from '../idle-watch';
import { readSessionEnd, type SessionEnd } from '../session-end';

const IdleDialogs = lazyComponent(() => import('./session-dialogs'));

interface IdleGuardProps {
  /** Sign out after the service's idle limit (Settings; 15 minutes unless
   * changed) since the last input in any tab, warning a minute before. Tests may set both. */
  idleMs?: number;
  warnMs?: number;
  /** Tests may also set how often the session is checked (./api/session-check.ts). */
  checkMs?: number;
  /** After the session ended here; the sign-in page follows from the auth store by itself. */
  onSignedOut?: (end: SessionEnd) => void;
}

/** Ends an unattended session, and one ended elsewhere (the session check). The watching
 * itself (../idle-watch.ts) loads after the page; this shows its warning and, while unsaved
 * marks are sent, covers the page. */
export function IdleGuard({
  idleMs: idleProp,
  warnMs: warnProp,
  checkMs,
  onSignedOut,
}: IdleGuardProps) {
  useSessionCheck(checkMs);
  const limits = useSessionLimits();
  const idleMs = idleProp ?? limits.appIdleMs;
  const warnMs = warnProp ?? limits.appWarningMs;
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<IdlePhase>('active');
  const watch = useRef<IdleWatch | null>(null);
  const signedOut = useRef(onSignedOut);
  useEffect(() => {
    signedOut.current = onSignedOut;
  });

  useEffect(() => {
    let stopped = false;
    void import('../idle-watch').then(({ watchIdle }) => {
      if (stopped) return;
      watch.current = watchIdle({
        queryClient,
        idleMs,
        warnMs,
        signOut: (qc, end) => signOut(qc, readSessionEnd(end) ?? undefined),
        auth: authStore,
        readEnd: readSessionEnd,
        onPhase: setPhase,
        onSignedOut: (end) => signedOut.current?.(readSessionEnd(end) ?? { reason: 'unknown' }),
      });
    });
    return () => {
      stopped = true;
      watch.current?.stop();
      watch.current = null;
    };
  }, [queryClient, idleMs, warnMs]);

  if (phase === 'active') return null;
  return (
    <Suspense fallback={null}>
      <IdleDialogs
        phase={phase}
        seconds={Math.round((idleMs - warnMs) / 1000)}
        onStay={() => watch.current?.stay()}
      />
    </Suspense>
  );
}
