// What the server writes into the app's page (src/server/http/app-html.ts) and the page reads
// (./page-boot.ts): the one shape both sides share, with no browser or Node code in it.

/** The id of the page's `<script type="application/json">`: data, never run, so the CSP holds. */
export const PAGE_BOOT_ID = 'page-boot';

export interface PageBoot {
  /** The server's answer to "who is signed in" (`GET /auth/me`'s user), or null for nobody. */
  user: unknown;
  /** API paths (`/api/...`) the page reads first, for the signed-in user. */
  requests?: string[];
}
