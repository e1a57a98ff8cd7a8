// What the server wrote into the page for this address (src/server/http/app-html.ts): who is
// signed in, and the API reads the page will make first. The server adds this module to the
// page as an async script of its own, run as soon as it arrives, so those reads start while
// the code downloads instead of after it; the app imports it too, and a module runs once, so
// both get the same requests. A page with nothing written in it (mock mode, the static demo,
// `vite dev`) starts nothing and the app asks the API as it always does.
import { PAGE_BOOT_ID, type PageBoot } from './page-boot-data';

/** An early answer not taken by then is dropped, so no page ever reads an old one. */
const KEEP_MS = 30_000;
const early = new Map<string, Promise<Response>>();
const boot = readPageBoot();

/** What the server said; undefined when the page says nothing (no server wrote it). */
export function pageBoot(): PageBoot | undefined {
  return boot;
}

/** The early answer to a GET of `url` (absolute), once: a second call, or one after
 * KEEP_MS, finds nothing and sends its own request. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

/** Signed out: answers not yet read (about patients) are forgotten with the rest. */
export function dropEarlyResponses(): void {
  early.clear();
}

function readPageBoot(): PageBoot | undefined {
  const text = globalThis.document?.getElementById(PAGE_BOOT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as PageBoot;
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Starts each read as the app's client would send it (src/api/request.ts): JSON, with the
 * session cookie. Only this origin's /api paths: the page says what to read, never where. */
function startEarlyRequests(paths: readonly string[]): void {
  for (const path of paths) {
    if (typeof path !== 'string' || !path.startsWith('/api/')) continue;
    const url = new URL(path, location.origin).toString();
    const response = fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'include',
    });
    // A failure is the app's to report when it reads the answer, not an unhandled rejection.
    response.catch(() => undefined);
    early.set(url, response);
  }
  if (early.size > 0) setTimeout(dropEarlyResponses, KEEP_MS);
}

if (boot?.requests) startEarlyRequests(boot.requests);
