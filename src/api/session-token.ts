// The bearer token lives in sessionStorage: it is not patient data, it ends with the tab,
// and it lets a reload keep the user signed in. Nothing else about a session is stored.
const KEY = 'cohort-register.token';

export function readToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeToken(token: string | null): void {
  try {
    if (token) globalThis.sessionStorage?.setItem(KEY, token);
    else globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Storage can be disabled (private mode); the session then lasts until reload.
  }
}
