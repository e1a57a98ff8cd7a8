// Where the app returns after sign-in: a path of this app, never another site, never the
// sign-in page itself. A target that is itself a sign-in address (a page that sent the user
// to sign in while already on the sign-in page) is unwrapped to the page first asked for,
// so the address never nests and one sign-in always ends on a real page.

const SIGN_IN_PATH = '/sign-in';
/** Deeper than any real chain: a hand-made address cannot make the unwrapping loop long. */
const MAX_UNWRAP = 8;
const ORIGIN = 'https://app.invalid';

/** The same-origin path (with its query and hash) to return to, or undefined for the
 * role's start page. Accepts what a URL or a router location may hold. */
export function redirectTarget(raw: unknown): string | undefined {
  let target = raw;
  for (let depth = 0; depth < MAX_UNWRAP; depth += 1) {
    if (typeof target !== 'string' || !target.startsWith('/') || /^\/[/\\]/.test(target))
      return undefined;
    let url: URL;
    try {
      url = new URL(target, ORIGIN);
    } catch {
      return undefined;
    }
    // Tabs, newlines or a backslash can make a browser read "/\evil.example" as another host.
    if (url.origin !== ORIGIN || /[\s\\]/.test(target)) return undefined;
    if (url.pathname.replace(/\/+$/, '') !== SIGN_IN_PATH) {
      const path = `${url.pathname}${url.search}${url.hash}`;
      // Dot segments normalise away: "/.//evil.example" becomes "//evil.example", which a
      // browser reads as another site. Check the answer, not only what was given.
      return /^\/[/\\]/.test(path) ? undefined : path;
    }
    target = url.searchParams.get('redirect') ?? undefined;
  }
  return undefined;
}
