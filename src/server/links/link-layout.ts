import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

// The frame of every page a person's link opens: plain HTML, no script, one small inline
// style sheet (the CSP allows inline styles, never inline script), readable on a basic phone.
// Nothing here names a condition: anyone holding the phone may read it.

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;background:#fff}
header{background:#005eb8;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-weight:700}
main{max-width:38rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
dl{margin:0 0 1.5rem}dt{font-weight:700}dd{margin:0 0 .75rem}
fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:700;margin-bottom:.5rem}
label{display:block;padding:.5rem 0;min-height:24px}
input[type=radio],input[type=checkbox]{width:1.5rem;height:1.5rem;margin-right:.5rem;vertical-align:middle}
button{font:inherit;font-weight:700;padding:.75rem 1.25rem;border:2px solid #00703c;border-radius:4px;background:#00703c;color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:#0b0c0c;border-color:#0b0c0c}
button:focus,a:focus,input:focus{outline:3px solid #ffbf47;outline-offset:2px}
form{margin:0 0 1.5rem}
a{color:#003078}
.notice{border-left:.5rem solid #005eb8;padding:.5rem 1rem;margin:0 0 1.5rem;background:#eef4fa}
footer{max-width:38rem;margin:2rem auto 0;padding:1rem;border-top:1px solid #b1b4b6}
`;

/** What a link's page answers: its status, title and content. */
export interface LinkAnswer {
  status: 200 | 400 | 404 | 409 | 410 | 429;
  title: string;
  body: Html;
}

export interface PageOptions {
  title: string;
  /** The service's phone number (SERVICE_PHONE), or null. */
  phone: string | null;
  body: Html;
}

export function contactLine(phone: string | null): Html {
  return phone
    ? html`For anything else, call us on
        <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>.`
    : html`For anything else, call the service that invited you.`;
}

export function page({ title, phone, body }: PageOptions): Html {
  return html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title} – your group course</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <header><p>Your group course</p></header>
        <main id="main">${body}</main>
        <footer>
          <p>${contactLine(phone)}</p>
        </footer>
      </body>
    </html>`;
}
