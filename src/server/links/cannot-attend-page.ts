import { html } from 'hono/html';
import type { Session } from '../../api/schemas/cohorts';
import {
  CANNOT_ATTEND_REASONS,
  CANNOT_ATTEND_REASON_LABELS,
} from '../../domain/commands/cannot-attend-by-link';
import { timeInWords } from '../../domain/offer-message';
import type { Html } from './link-layout';

// "I can't make it": the sessions still to come as plain checkboxes (day, date, time; never
// the week's topic, which could say what the course is for), an optional reason, one button.

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

export const sessionInWords = (s: Pick<Session, 'date' | 'startTime'>) =>
  `${longDate.format(new Date(`${s.date}T00:00:00Z`)).replace(/,/g, '')} at ${timeInWords(s.startTime)}`;

export function cannotAttendBody(input: {
  firstName: string;
  where: string;
  open: Session[];
  told: Session[];
  error?: string;
}): Html {
  const { firstName, where, open, told, error } = input;
  return html`<h1>Hello ${firstName}, can you not make a session?</h1>
    <p>Let us know as soon as you know. The group is ${where}.</p>
    ${
      told.length
        ? html`<p class="notice">
            You have told us you cannot come on ${told.map(sessionInWords).join('; ')}.
          </p>`
        : ''
    }
    ${
      open.length === 0
        ? html`<p>There are no more sessions to tell us about.</p>`
        : html`<form method="post">
            <fieldset ${error ? html`aria-describedby="session-error"` : ''}>
              <legend>Which sessions can you not come to?</legend>
              ${error ? html`<p id="session-error" class="notice" role="alert">${error}</p>` : ''}
              ${open.map(
                (s) =>
                  html`<label
                    ><input type="checkbox" name="session" value="${s.number}" />
                    ${sessionInWords(s)}</label
                  >`,
              )}
            </fieldset>
            <fieldset>
              <legend>Why? (you do not have to say)</legend>
              ${CANNOT_ATTEND_REASONS.map(
                (r) =>
                  html`<label
                    ><input type="radio" name="reason" value="${r}" />
                    ${CANNOT_ATTEND_REASON_LABELS[r]}</label
                  >`,
              )}
            </fieldset>
            <button type="submit">Tell the service</button>
          </form>`
    }`;
}

export function cannotAttendDoneBody(firstName: string, missed: Session[], placeFreed: boolean) {
  return html`<h1>Thank you, ${firstName}</h1>
    <p>We have noted that you cannot come on ${missed.map(sessionInWords).join('; ')}.</p>
    ${
      placeFreed
        ? html`<p>
            Your place will be offered to someone who is waiting. Call us if you would like another
            date.
          </p>`
        : html`<p>The group will start without waiting for you.</p>`
    }`;
}

export const placeGoneBody = (firstName: string) =>
  html`<h1>Hello ${firstName}</h1>
    <p>You no longer have a place on this course, so there is nothing to tell us here.</p>`;
