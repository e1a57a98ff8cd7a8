import type { QueryClient } from '@tanstack/react-query';

// The idle sign-out, outside React: loaded after the page, so the shell
// carries none of it. Activity is the user's input in any tab of the app: each tab tells the
// others (BroadcastChannel; nothing is stored), so a colleague typing in one tab keeps every
// tab open, and all of them warn and sign out together. The warning does not restart the
// clock: the app signs out 15 minutes after the last input, whatever was shown meanwhile.
// Unsaved marks are sent first; the server's own limit is a minute longer, so they land.
// A sign-out in one tab (by hand, everywhere, idle or an ended session) ends the others too,
// and says why: with a real API they share one session cookie. A sign-out by hand reads in
// the others as "signed out in another tab", never as idle.

export type IdlePhase = 'active' | 'warning' | 'ending';

/** Why the session ended (./session-end.ts), as it crosses between tabs. */
type End = { reason: string; idleMinutes?: number };

// It imports nothing (its caller hands it what it needs), so as a chunk of its own it moves no
// shared module of the pages around.
export interface IdleWatchOptions<Q extends Pick<QueryClient, 'isMutating'>> {
  queryClient: Q;
  idleMs: number;
  warnMs: number;
  /** Ends the session here, saying why (./api/session.ts signOut). */
  signOut: (queryClient: Q, end: End) => Promise<void>;
  /** Who is signed in in this tab, why its session ended, and news of a change (./auth-store.ts). */
  auth: { get(): unknown; ended(): End | null; subscribe(listener: () => void): () => void };
  /** A message from another tab, checked (./session-end.ts readSessionEnd). */
  readEnd: (value: unknown) => End | null;
  onPhase: (phase: IdlePhase) => void;
  /** After the session has ended here (idle, or signed out in another tab), and why. */
  onSignedOut: (end: End) => void;
}

export interface IdleWatch {
  /** "Stay signed in": counts as input, in every tab. */
  stay(): void;
  stop(): void;
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;
const CHANNEL = 'cohort-register.session';
/** Input is told to the other tabs at most this often; a gap this short never matters. */
const SHARE_EVERY_MS = 5_000;

type Message = { type: 'activity'; at: number } | { type: 'signed-out'; end?: End };

export function watchIdle<Q extends Pick<QueryClient, 'isMutating'>>(
  options: IdleWatchOptions<Q>,
): IdleWatch {
  const { queryClient, idleMs, warnMs, signOut, onPhase, onSignedOut } = options;
  const idleEnd: End = { reason: 'idle', idleMinutes: Math.round(idleMs / 60_000) || undefined };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  let last = Date.now();
  let shared = 0;
  let phase: IdlePhase = 'active';
  let stopped = false;

  const set = (next: IdlePhase) => {
    if (next === phase) return;
    phase = next;
    onPhase(next);
  };
  const check = () => {
    if (phase === 'ending' || stopped) return;
    const idle = Date.now() - last;
    if (idle >= idleMs) void end();
    else if (idle >= warnMs) set('warning');
    else set('active');
  };
  const touch = (at = Date.now(), share = true) => {
    if (phase === 'ending' || at <= last) return;
    last = at;
    if (share && channel && at - shared >= SHARE_EVERY_MS) {
      shared = at;
      channel.postMessage({ type: 'activity', at } satisfies Message);
    }
    check();
  };
  const onInput = () => touch();
  const end = async () => {
    set('ending');
    // The page stays covered (nothing about patients visible) until unsaved marks are sent.
    while (!stopped && queryClient.isMutating() > 0) await new Promise((r) => setTimeout(r, 250));
    if (stopped) return;
    channel?.postMessage({ type: 'signed-out', end: idleEnd } satisfies Message);
    await signOut(queryClient, idleEnd);
    onSignedOut(idleEnd);
  };
  if (channel)
    channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data?.type === 'activity' && typeof data.at === 'number')
        touch(Math.min(data.at, Date.now()), false);
      else if (data?.type === 'signed-out' && phase !== 'ending' && !stopped) {
        // Another tab signed out (idle, by hand, or its session ended): gone here too, and why.
        phase = 'ending';
        const end = options.readEnd(data.end) ?? { reason: 'other_tab' };
        void signOut(queryClient, end).then(() => onSignedOut(end));
      }
    };
  // This tab signed out some other way (by hand, or told by the server): tell the others.
  const unsubscribe = options.auth.subscribe(() => {
    if (options.auth.get() || phase === 'ending' || stopped) return;
    phase = 'ending';
    const end = options.auth.ended() ?? undefined;
    channel?.postMessage({ type: 'signed-out', ...(end ? { end } : {}) } satisfies Message);
  });
  ACTIVITY.forEach((e) => window.addEventListener(e, onInput, { passive: true }));
  const timer = window.setInterval(check, Math.min(1000, warnMs / 4));

  return {
    stay: () => {
      shared = 0;
      touch(Math.max(Date.now(), last + 1));
    },
    stop: () => {
      stopped = true;
      window.clearInterval(timer);
      ACTIVITY.forEach((e) => window.removeEventListener(e, onInput));
      unsubscribe();
      channel?.close();
    },
  };
}
