import { html } from 'hono/html';
import {
  FREQUENCY_OPTIONS,
  PERSON_QUESTIONS,
  PERSON_QUESTION_LEADS,
} from '../../domain/measure-items';
import type { QuestionnaireStep } from '../../domain/questionnaire';
import { CRISIS_HELP } from '../../domain/safety-alerts';
import type { Html } from './link-layout';

// A session's questionnaire, one question a screen: a plain form of radio buttons that posts
// back to the link (no script), with the crisis help on every screen, since answers by link
// arrive at night and at weekends when no one at the service is reading them.

/** The ends of the 0-8 and 0-10 scales, per question, in the project's own words. */
const SCALE_ENDS: Record<'wsas' | 'pain', readonly (readonly [string, string])[]> = {
  wsas: Array.from({ length: 5 }, () => ['not at all', 'very severely'] as const),
  pain: [
    ['no pain', 'the worst pain you can imagine'],
    ['not at all', 'completely'],
  ],
};

export const crisisHelp = (): Html =>
  html`<aside class="notice" aria-labelledby="crisis-help">
    <h2 id="crisis-help">If you need help now</h2>
    <ul>
      ${CRISIS_HELP.map((line) => html`<li>${line}</li>`)}
    </ul>
  </aside>`;

function optionLabel(step: QuestionnaireStep, value: number): string {
  if (step.part === 'phq9' || step.part === 'gad7') return FREQUENCY_OPTIONS[value] ?? '';
  const [low, high] = SCALE_ENDS[step.part][step.item] ?? ['', ''];
  if (value === 0) return `0, ${low}`;
  if (value === step.max) return `${value}, ${high}`;
  return String(value);
}

export function questionBody(input: {
  firstName: string;
  when: string;
  at: number;
  of: number;
  step: QuestionnaireStep;
  chosen: number | null;
  error?: string;
}): Html {
  const { firstName, when, at, of, step, chosen, error } = input;
  const question = PERSON_QUESTIONS[step.part][step.item] ?? '';
  const lead = PERSON_QUESTION_LEADS[step.part];
  const values = Array.from({ length: step.max + 1 }, (_, v) => v);
  return html`${
      at === 0
        ? html`<p>
            Hello ${firstName}. Before your session on ${when}, please answer these questions about
            how you have been. There is one question on each page.
          </p>`
        : ''
    }
    ${crisisHelp()}
    <form method="post">
      <input type="hidden" name="step" value="${at}" />
      <p>Question ${at + 1} of ${of}</p>
      <fieldset ${error ? html`aria-describedby="answer-error"` : ''}>
        <legend>
          ${lead ? html`<span>${lead}</span>` : ''}
          <h1>${step.part === 'wsas' ? `${question}?` : question}</h1>
        </legend>
        ${error ? html`<p id="answer-error" class="notice" role="alert">${error}</p>` : ''}
        ${values.map(
          (v) =>
            html`<label
              ><input type="radio" name="answer" value="${v}" ${chosen === v ? 'checked' : ''} />
              ${optionLabel(step, v)}</label
            >`,
        )}
      </fieldset>
      <button type="submit">Continue</button>
      ${
        at > 0
          ? html`<button type="submit" class="secondary" name="back" value="1">Back</button>`
          : ''
      }
    </form>`;
}

export const questionnaireDoneBody = (firstName: string): Html =>
  html`<h1>Thank you, ${firstName}</h1>
    <p>Your answers have been sent to the service. You do not need to do anything else.</p>
    ${crisisHelp()}`;

export const questionnaireClosedBody = (firstName: string, why: string): Html =>
  html`<h1>Hello ${firstName}</h1>
    <p>${why}</p>
    ${crisisHelp()}`;
