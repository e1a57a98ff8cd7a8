import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_IDLE_MS, APP_IDLE_WARNING_MS } from '../../../src/domain/session-limits';
import { watchIdle, type IdlePhase } from '../../../src/features/auth/idle-watch';
import { readSessionEnd, type SessionEnd } from '../../../src/features/auth/session-end';

// The warning at 14 minutes, the sign-out at 15 exactly (showing the warning does not
// restart the clock), input in any tab counting for all of them, and a sign-out in one tab
// ending the others. Fake timers and clock; BroadcastChannel is Node's, between watchers.

const MINUTE = 60_000;
/** Lets BroadcastChannel messages (real, not timers) arrive. */
const messages = () => new Promise((r) => setImmediate(r));

function tab(signedIn = { value: true }) {
  const phases: IdlePhase[] = [];
  let ended: SessionEnd | null = null;
  const listeners = new Set<() => void>();
  const signOut = vi.fn(async () => {
    signedIn.value = false;
    listeners.forEach((l) => l());
  });
  const onSignedOut = vi.fn();
  const watch = watchIdle({
    queryClient: { isMutating: () => 0 },
    idleMs: APP_IDLE_MS,
    warnMs: APP_IDLE_WARNING_MS,
    signOut,
    readEnd: readSessionEnd,
    auth: {
      get: () => signedIn.value,
      ended: () => ended,
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    },
    onPhase: (p) => phases.push(p),
    onSignedOut,
  });
  const signOutByHand = (end: SessionEnd | null = null) => {
    signedIn.value = false;
    ended = end;
    listeners.forEach((l) => l());
  };
  return { phases, signOut, onSignedOut, watch, signOutByHand };
}

describe('idle sign-out (fake clock)', () => {
  const tabs: ReturnType<typeof tab>[] = [];
  const open = () => {
    const t = tab();
    tabs.push(t);
    return t;
  };
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    tabs.splice(0).forEach((t) => t.watch.stop());
    vi.useRealTimers();
  });

  it('warns at 14 minutes and signs out at 15 exactly, the warning notwithstanding', async () => {
    const one = open();
    vi.advanceTimersByTime(APP_IDLE_WARNING_MS - 1000);
    expect(one.phases).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(one.phases).toEqual(['warning']);
    vi.advanceTimersByTime(MINUTE - 1000);
    expect(one.signOut).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(one.phases).toEqual(['warning', 'ending']);
    await vi.waitFor(() => expect(one.onSignedOut).toHaveBeenCalledTimes(1));
    expect(one.signOut).toHaveBeenCalledTimes(1);
    // The sign-in page names the service's own limit, not a fixed 15.
    expect(one.onSignedOut).toHaveBeenCalledWith({ reason: 'idle', idleMinutes: 15 });
  });

  it('input restarts the clock; "Stay signed in" ends the warning', () => {
    const one = open();
    vi.advanceTimersByTime(10 * MINUTE);
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(14 * MINUTE);
    expect(one.phases).toEqual(['warning']);
    one.watch.stay();
    expect(one.phases).toEqual(['warning', 'active']);
    vi.advanceTimersByTime(14 * MINUTE - 1000);
    expect(one.signOut).not.toHaveBeenCalled();
  });

  it.runIf(typeof BroadcastChannel === 'function')(
    'input in another tab keeps this one open; a sign-out in one tab ends the others',
    async () => {
      const [one, two] = [open(), open()];
      vi.advanceTimersByTime(10 * MINUTE);
      // The user types in tab one only (its listener and tab two's share this window, so the
      // message from tab one is what tells tab two in a real browser; here both hear it).
      window.dispatchEvent(new Event('keydown'));
      await messages();
      vi.advanceTimersByTime(10 * MINUTE);
      expect(two.phases).toEqual([]);
      one.signOutByHand();
      await messages();
      await vi.waitFor(() => expect(two.onSignedOut).toHaveBeenCalledTimes(1));
      expect(two.signOut).toHaveBeenCalledTimes(1);
      expect(one.onSignedOut).not.toHaveBeenCalled();
      // By hand in tab one reads in tab two as that, never as idle.
      expect(two.onSignedOut).toHaveBeenCalledWith({ reason: 'other_tab' });
    },
  );

  it.runIf(typeof BroadcastChannel === 'function')(
    "a session the server ended says the server's reason in every tab",
    async () => {
      const [one, two] = [open(), open()];
      one.signOutByHand({ reason: 'deactivated' });
      await messages();
      await vi.waitFor(() => expect(two.onSignedOut).toHaveBeenCalledTimes(1));
      expect(two.onSignedOut).toHaveBeenCalledWith({ reason: 'deactivated' });
    },
  );

  it.runIf(typeof BroadcastChannel === 'function')(
    'a message with a reason this app does not know reads as another tab signing out',
    async () => {
      const one = open();
      const other = new BroadcastChannel('cohort-register.session');
      other.postMessage({ type: 'signed-out', end: { reason: '<b>x</b>' } });
      other.close();
      await messages();
      await vi.waitFor(() => expect(one.onSignedOut).toHaveBeenCalledWith({ reason: 'other_tab' }));
    },
  );

  it.runIf(typeof BroadcastChannel === 'function')(
    'activity told by another tab counts here',
    async () => {
      const one = open();
      vi.advanceTimersByTime(13 * MINUTE);
      const other = new BroadcastChannel('cohort-register.session');
      other.postMessage({ type: 'activity', at: Date.now() });
      other.close();
      await messages();
      vi.advanceTimersByTime(2 * MINUTE);
      expect(one.phases).toEqual([]);
      vi.advanceTimersByTime(12 * MINUTE);
      expect(one.phases).toEqual(['warning']);
    },
  );
});
