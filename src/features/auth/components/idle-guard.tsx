import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { lazyComponent } from '../../../lib/lazy-component';
import { signOut } from '../api/session';

const IdleDialogs = lazyComponent(() => import('./idle-dialogs'));

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;

interface IdleGuardProps {
  /** Issue 8: sign out after 15 minutes idle, warning a minute before. */
  idleMs?: number;
  warnMs?: number;
  onSignedOut: () => void;
}

/** Ends an unattended session. Marks not yet saved are sent first: until they are, the page
 * stays covered (nothing about patients visible), then the session ends. */
export function IdleGuard({
  idleMs = 15 * 60_000,
  warnMs = 14 * 60_000,
  onSignedOut,
}: IdleGuardProps) {
  const queryClient = useQueryClient();
  const last = useRef(0);
  const [phase, setPhase] = useState<'active' | 'warning' | 'ending'>('active');

  useEffect(() => {
    last.current = Date.now();
    const touch = () => {
      if (phase !== 'ending') last.current = Date.now();
      if (phase === 'warning') setPhase('active');
    };
    ACTIVITY.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    const timer = window.setInterval(
      () => {
        const idle = Date.now() - last.current;
        if (idle >= idleMs) setPhase('ending');
        else if (idle >= warnMs) setPhase((p) => (p === 'active' ? 'warning' : p));
      },
      Math.min(1000, warnMs / 4),
    );
    return () => {
      ACTIVITY.forEach((e) => window.removeEventListener(e, touch));
      window.clearInterval(timer);
    };
  }, [idleMs, warnMs, phase]);

  useEffect(() => {
    if (phase !== 'ending') return;
    let cancelled = false;
    const finish = async () => {
      while (!cancelled && queryClient.isMutating() > 0)
        await new Promise((r) => setTimeout(r, 250));
      if (cancelled) return;
      await signOut(queryClient);
      onSignedOut();
    };
    void finish();
    return () => {
      cancelled = true;
    };
  }, [phase, queryClient, onSignedOut]);

  const seconds = Math.round((idleMs - warnMs) / 1000);
  if (phase === 'active') return null;
  return (
    <Suspense fallback={null}>
      <IdleDialogs phase={phase} seconds={seconds} onStay={() => setPhase('active')} />
    </Suspense>
  );
}
