import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { PARTICIPANT } from '../../api/schemas/audit';
import { recordMeasures } from '../../domain/commands/measures';
import { answerStep, nextStep, wholePart } from '../../domain/questionnaire';
import type { Tx } from '../db/database';
import { participantLinks } from '../db/link-tables';
import type { AppEnv } from '../http/app-env';
import { SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import type { LinkAnswer } from './link-layout';
import { auditLink } from './link-guard';
import { linkNotFound } from './link-states';
import { markUsed, type ParticipantLink } from './link-tokens';
import { questionBody, questionnaireClosedBody, questionnaireDoneBody } from './questionnaire-page';
import { questionnaireOf, type Questionnaire } from './questionnaire-state';

// A session's questionnaire by link: GET shows the first question not answered yet; POST takes
// one answer (or goes back one), keeps it in the link's draft and, when it makes an instrument
// whole, records that instrument through the facilitator's own command (recordMeasures, as
// the person), so an item-9 answer above 0 raises its alert in that same transaction.

function screen(q: Questionnaire, at: number, error?: string): LinkAnswer {
  const step = q.steps[at]!;
  return {
    status: error ? 400 : 200,
    title: `${error ? 'Error: ' : ''}Question ${at + 1} of ${q.steps.length}`,
    body: questionBody({
      firstName: q.firstName,
      when: q.when,
      at,
      of: q.steps.length,
      step,
      chosen: q.draft[step.part]?.[step.item] ?? null,
      ...(error ? { error } : {}),
    }),
  };
}

const thanks = (q: Questionnaire): LinkAnswer => ({
  status: 200,
  title: 'Thank you',
  body: questionnaireDoneBody(q.firstName),
});

export async function questionnairePage(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const q = await questionnaireOf(tx, link);
  if (!q) return linkNotFound();
  await auditLink(tx, c, 'link.opened', link, {}, now);
  if (link.usedAt) return thanks(q);
  if (q.closed)
    return {
      status: 410,
      title: 'Nothing to answer',
      body: questionnaireClosedBody(q.firstName, q.closed),
    };
  const at = nextStep(q.steps, q.draft);
  return at === null ? thanks(q) : screen(q, at);
}

export async function questionnaireAnswer(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const form = await c.req.parseBody();
  const q = await questionnaireOf(tx, link);
  if (!q) return linkNotFound();
  if (q.closed)
    return {
      status: 410,
      title: 'Nothing to answer',
      body: questionnaireClosedBody(q.firstName, q.closed),
    };
  const upTo = nextStep(q.steps, q.draft) ?? q.steps.length - 1;
  const at = Number(form.step);
  // A step not reached yet (or not a step) shows the next one to answer: nothing is skipped.
  if (!Number.isInteger(at) || at < 0 || at > upTo) return screen(q, upTo);
  if (form.back) return screen(q, Math.max(0, at - 1));
  const step = q.steps[at]!;
  const draft =
    typeof form.answer === 'string' && form.answer !== ''
      ? answerStep(q.draft, step, Number(form.answer))
      : null;
  if (!draft) return screen(q, at, 'Choose one answer');
  await tx.update(participantLinks).set({ draft }).where(eq(participantLinks.id, link.id));
  const whole = wholePart(draft, q.steps, step.part);
  if (whole)
    await runCommandIn(
      tx,
      {
        user: { ...SYSTEM_USER, id: link.id },
        scope: 'all',
        requestId: c.var.requestId,
        now,
        auditAs: { id: link.id, role: PARTICIPANT },
      },
      (r, cc) =>
        recordMeasures(
          r,
          {
            ...whole,
            sessionId: q.session.id,
            enrolmentId: q.enrolment.id,
            version: q.stored?.version ?? 0,
            enteredBy: 'person',
          },
          cc,
        ),
      {
        key: 'PUT /sessions/:sessionId/measures/:enrolmentId',
        params: { sessionId: q.session.id, enrolmentId: q.enrolment.id },
        body: whole,
      },
    );
  const next = nextStep(q.steps, draft);
  if (next === null) {
    await markUsed(tx, link.id, now);
    return thanks(q);
  }
  return screen({ ...q, draft }, next);
}
