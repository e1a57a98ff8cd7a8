import { html } from 'hono/html';
import type { Html, LinkAnswer } from './link-layout';
import { count } from '../../domain/plural';

// What a link says when it cannot be used, in plain words: never why in a way that helps a
// guesser (an unknown link and a mistyped one read the same).

export const unknownLinkBody = (): Html =>
  html`<h1>This link does not work</h1>
    <p>
      Check that you opened the whole link from your message. Some phones cut long links short.
    </p>`;

export const throttledBody = (minutes: number): Html =>
  html`<h1>Too many tries</h1>
    <p>
      Links from this device have been stopped for now. Please try again in
      ${count(minutes, 'minute')}.
    </p>`;

export const expiredLinkBody = (): Html =>
  html`<h1>This link has expired</h1>
    <p>The time to use it has passed, so it no longer works.</p>`;

export const usedLinkBody = (when: string, said: string): Html =>
  html`<h1>This link has already been used</h1>
    <p>You answered on ${when}: ${said}</p>
    <p>Each link can be used once.</p>`;

export const refusedAnswerBody = (): Html =>
  html`<h1>We could not record your answer</h1>
    <p>The place may have been taken, or the offer may have ended. Please call us.</p>`;

/** The one answer for a token that names no link (or a link whose subject has gone). */
export const linkNotFound = (): LinkAnswer => ({
  status: 404,
  title: 'Link not working',
  body: unknownLinkBody(),
});
