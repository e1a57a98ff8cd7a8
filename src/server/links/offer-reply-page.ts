import { html } from 'hono/html';
import type { OfferPersonalisation } from '../../domain/offer-message';
import {
  PERSON_DECLINE_REASONS,
  PERSON_DECLINE_REASON_LABELS,
} from '../../domain/commands/offer-link-replies';
import type { Html } from './link-layout';

// The offer's page: what the message said (first name, day, time, first date, where, reply
// by), and two forms that work without script: take the place, or say no with a reason.

export function offerReplyBody(
  p: OfferPersonalisation,
  kind: 'course' | 'workshop',
  error?: string,
): Html {
  const when =
    kind === 'workshop'
      ? html`<dt>When</dt>
          <dd>${p.course_time} on ${p.first_session}</dd>`
      : html`<dt>When</dt>
          <dd>${p.course_day}s at ${p.course_time}, from ${p.first_session}</dd>`;
  return html`<h1>Hello ${p.first_name}, a place is ready for you</h1>
    <p>A place has come up for you on the group course you were referred to.</p>
    <dl>
      ${when}
      <dt>Where</dt>
      <dd>${p.venue}</dd>
      <dt>Please answer by</dt>
      <dd>${p.reply_by}</dd>
    </dl>
    <form method="post">
      <input type="hidden" name="answer" value="accept" />
      <button type="submit">Yes, I would like the place</button>
    </form>
    <h2>If you do not want the place</h2>
    <form method="post">
      <input type="hidden" name="answer" value="decline" />
      <fieldset ${error ? html`aria-describedby="reason-error"` : ''}>
        <legend>Why not? (this helps us plan)</legend>
        ${error ? html`<p id="reason-error" class="notice" role="alert">${error}</p>` : ''}
        ${PERSON_DECLINE_REASONS.map(
          (reason) =>
            html`<label
              ><input type="radio" name="reason" value="${reason}" required />
              ${PERSON_DECLINE_REASON_LABELS[reason]}</label
            >`,
        )}
      </fieldset>
      <button type="submit" class="secondary">No, I do not want the place</button>
    </form>`;
}

export function offerAnsweredBody(firstName: string, outcome: string): Html {
  if (outcome === 'accepted')
    return html`<h1>Thank you, ${firstName}: the place is yours</h1>
      <p>We will be in touch before the course starts.</p>`;
  if (outcome === 'declined')
    return html`<h1>Thank you, ${firstName}</h1>
      <p>You have said no to this place. You keep your place on the waiting list.</p>`;
  return html`<h1>This offer has ended</h1>
    <p>The time to answer has passed, so the place may have gone to someone else.</p>`;
}
