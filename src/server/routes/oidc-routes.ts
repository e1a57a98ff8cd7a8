import type { Hono } from 'hono';
import { SINGLE_SIGN_ON } from '../../api/endpoints/sign-in-options';
import { decodeFlow, encodeFlow, FLOW_MAX_AGE_MS, type OidcClient } from '../auth/oidc';
import {
  clearFlowCookie,
  readFlowCookie,
  setFlowCookie,
  setSessionCookie,
  type CookieSettings,
} from '../auth/session-cookie';
import { signInByIdentity } from '../auth/sign-on-accounts';
import type { AppEnv } from '../http/app-env';

// Single sign-on's pages, under /api/auth/oidc. They are browser navigations, not
// JSON endpoints of ENDPOINTS: each answers with a redirect.
//   GET login?returnTo=/path  -> the provider's sign-in page (PKCE, state, nonce)
//   GET callback              -> the session cookie, then the app at returnTo; or the app's
//                                sign-in page saying why not (?reason=sso-unknown, ...)
//   GET jwks                  -> this service's public key, for providers that fetch it

const FLOW_COOKIE = 'cohort-sign-on';

/** Why a single sign-on did not sign anyone in, as the sign-in page explains it. */
export type SignOnProblem = 'unknown' | 'deactivated' | 'failed' | 'expired' | 'unavailable';

/** A path of the app (not `//host`, no backslash, space or control character), else the start. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith('/')) return '/';
  const odd = [...value].some((ch) => ch <= ' ' || ch === '\\' || ch === '\x7f');
  return odd || value.startsWith('//') ? '/' : value;
}

/** Adds the pages to the API (mounted under /api). */
export function addSingleSignOnRoutes(
  routes: Hono<AppEnv>,
  options: { client: OidcClient; appOrigin: string; cookies: CookieSettings },
): void {
  const { client, appOrigin, cookies } = options;

  const toSignIn = (problem: SignOnProblem, returnTo = '/') => {
    const search = new URLSearchParams({ reason: `sso-${problem}` });
    if (returnTo !== '/') search.set('redirect', returnTo);
    return `${appOrigin}/sign-in?${search}`;
  };

  routes.get(SINGLE_SIGN_ON.login, async (c) => {
    const returnTo = safeReturnTo(c.req.query('returnTo'));
    try {
      const { url, flow } = await client.start(returnTo);
      setFlowCookie(c, cookies, FLOW_COOKIE, encodeFlow(flow), FLOW_MAX_AGE_MS / 1000);
      return c.redirect(url.href, 302);
    } catch (error) {
      c.var.log.warn({ err: { type: (error as Error).name } }, 'single sign-on unavailable');
      return c.redirect(toSignIn('unavailable', returnTo), 303);
    }
  });

  routes.get(SINGLE_SIGN_ON.callback, async (c) => {
    // The round trip's secrets are used once, whatever happens next.
    const flow = decodeFlow(readFlowCookie(c, cookies, FLOW_COOKIE));
    clearFlowCookie(c, cookies, FLOW_COOKIE);
    if (!flow) return c.redirect(toSignIn('expired'), 303);
    let identity;
    try {
      identity = await client.finish(new URL(c.req.url).searchParams, flow);
    } catch (error) {
      // The kind of failure only: never the provider's description, which may name the user.
      const err = error as Error & { code?: string; error?: string };
      c.var.log.warn(
        { err: { type: err.name, code: err.code ?? err.error } },
        'single sign-on failed',
      );
      return c.redirect(toSignIn('failed', flow.returnTo), 303);
    }
    const outcome = await signInByIdentity(c.var.db, identity, c.var.requestId);
    if (!outcome.ok) return c.redirect(toSignIn(outcome.reason, flow.returnTo), 303);
    setSessionCookie(c, cookies, outcome.token);
    return c.redirect(`${appOrigin}${safeReturnTo(flow.returnTo)}`, 303);
  });

  routes.get(SINGLE_SIGN_ON.jwks, (c) => c.json({ keys: [client.settings.publicJwk] }));
}
