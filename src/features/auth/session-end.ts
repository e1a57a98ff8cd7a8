import { isApiError } from '../../api/api-error';
import type { SessionEndReason } from '../../api/schemas/error';
import { count } from '../../domain/plural';

// Why a session ended here, as the sign-in page tells it: the server's reason (a 401 says
// it), this tab's own idle sign-out, or another tab of this browser signing out by hand.

export type SignOutReason = SessionEndReason | 'other_tab' | 'unknown';

export interface SessionEnd {
  reason: SignOutReason;
  /** With 'idle': the service's idle limit, in minutes. */
  idleMinutes?: number;
}

/** What a 401 says about the session it ended. */
export function sessionEndOf(error: unknown): SessionEnd {
  return (isApiError(error) && error.sessionEnded) || { reason: 'unknown' };
}

/** A session end as the message another tab sends (../idle-watch.ts), checked: a message is
 * input from outside this tab. */
export function readSessionEnd(value: unknown): SessionEnd | null {
  if (!value || typeof value !== 'object' || !('reason' in value)) return null;
  const { reason, idleMinutes } = value as { reason: unknown; idleMinutes?: unknown };
  if (typeof reason !== 'string' || !(reason in SIGN_OUT_NOTICES)) return null;
  return {
    reason: reason as SignOutReason,
    ...(typeof idleMinutes === 'number' && idleMinutes > 0 ? { idleMinutes } : {}),
  };
}

/** The sign-in page's `reason` and `minutes` for a session end (the address carries no
 * patient data, only why). */
export function signInReasonSearch(end: SessionEnd): { reason: string; minutes?: number } {
  return end.reason === 'idle' && end.idleMinutes
    ? { reason: end.reason, minutes: end.idleMinutes }
    : { reason: end.reason };
}

const minutesText = (n: number | undefined) => (n ? count(n, 'minute') : 'a period');

/** What the sign-in page says for each reason a session ended. */
export const SIGN_OUT_NOTICES: Record<
  SignOutReason,
  (minutes?: number) => { title: string; text: string; refused?: boolean }
> = {
  signed_out: () => ({
    title: 'Signed out',
    text: 'This session was signed out. Sign in again to carry on.',
  }),
  other_tab: () => ({
    title: 'Signed out in another tab',
    text: 'You signed out in another tab of this browser, so this one was signed out too.',
  }),
  signed_out_everywhere: () => ({
    title: 'Signed out everywhere',
    text: 'Your account was signed out on every device ("Sign out everywhere"). Sign in again to carry on.',
  }),
  deactivated: () => ({
    title: 'Your account has been switched off',
    text: 'A service admin switched your account off, so you were signed out. Ask them if you still need access.',
    refused: true,
  }),
  password_changed: () => ({
    title: 'Your password was changed',
    text: 'Your password was changed, which signs out every other session. Sign in with the new password.',
  }),
  idle: (minutes) => ({
    title: 'Signed out',
    text: `You were signed out after ${minutesText(minutes)} without activity, to protect patients' information.`,
  }),
  too_long: () => ({
    title: 'Signed out',
    text: "Your session reached the service's longest session, so you were signed out. Sign in again to carry on.",
  }),
  unknown: () => ({
    title: 'Your session has ended',
    text: 'Sign in again to carry on.',
  }),
};
