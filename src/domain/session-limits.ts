// How long a signed-in session lasts (issue 15). The app signs out after APP_IDLE_MS without
// the user's input in any of its tabs, warning at APP_IDLE_WARNING_MS; the server ends a
// session one minute later than the app does, so marks the app sends just before its
// sign-out still land, and SESSION_MAX_MS after sign-in whatever happens.

export const APP_IDLE_MS = 15 * 60_000;
export const APP_IDLE_WARNING_MS = 14 * 60_000;
export const SERVER_IDLE_MS = APP_IDLE_MS + 60_000;
export const SESSION_MAX_MS = 12 * 60 * 60_000;
