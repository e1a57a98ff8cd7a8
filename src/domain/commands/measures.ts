import type { MeasureSet, RecordMeasures } from '../../api/schemas/measures';
import type { RowMeasures } from '../../api/schemas/row-measures';
import type { SafetyAlert } from '../../api/schemas/alerts';
import { countsAsAttended } from '../attendance-codes';
import { isCompleteSet, raisesSafetyAlert, totalsOf } from '../measures';
import { expectVersion, found, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import {
  attendanceAt,
  registerEnrolments,
  sessionInScope,
  type RegisterRecords,
} from './register-roster';

export interface MeasureRecords extends RegisterRecords {
  measures: readonly MeasureSet[];
  alerts: readonly SafetyAlert[];
}

/** A person's measures at a session as the register row shows them (version 0: none yet). */
export function rowMeasures(
  set: MeasureSet | undefined,
  alerts: readonly SafetyAlert[],
): RowMeasures {
  const open = set
    ? alerts.find(
        (a) =>
          a.sessionId === set.sessionId && a.enrolmentId === set.enrolmentId && a.status === 'open',
      )
    : undefined;
  const answers = {
    phq9: set?.phq9 ?? null,
    gad7: set?.gad7 ?? null,
    wsas: set?.wsas ?? null,
  };
  return {
    version: set?.version ?? 0,
    ...answers,
    pain: set?.pain ?? null,
    totals: totalsOf(answers),
    complete: isCompleteSet(answers),
    enteredBy: set?.enteredBy ?? null,
    updatedAt: set?.updatedAt ?? null,
    openAlert: open ? { id: open.id, version: open.version } : null,
  };
}

export interface RecordMeasuresInput extends RecordMeasures {
  sessionId: string;
  enrolmentId: string;
  version: number;
  /** Who gives the answers: staff in the register (the default), or the person by their
   * questionnaire link (the actor is then the link). */
  enteredBy?: 'staff' | 'person';
}

/** Codes that say a person did not, or will not, come: no answers are taken for them. */
const notComing = new Set([2, 3, 4, 7]);

/** PUT /sessions/:sessionId/measures/:enrolmentId, entered by staff in the register: only for
 * someone marked present; the instruments sent replace those stored, the others are kept.
 * By the person's link: before or at the session (its link ends with it), unless they are
 * marked as not coming or staff have already entered the set (what staff saw wins).
 * PHQ-9 item 9 above 0 raises a safety alert in the same write (one per person per session;
 * a later answer of 0 never closes it: only a review does). */
export function recordMeasures(
  r: MeasureRecords,
  input: RecordMeasuresInput,
  ctx: CommandContext,
): Outcome<RowMeasures> {
  const { session } = sessionInScope(r, input.sessionId, ctx);
  const enrolment = found(
    registerEnrolments(r.enrolments, session).find((e) => e.id === input.enrolmentId),
    'That participant on this register',
  );
  const code = attendanceAt(r.attendance, session.id, enrolment.id)?.code ?? null;
  const byPerson = input.enteredBy === 'person';
  const stored = r.measures.find(
    (m) => m.sessionId === session.id && m.enrolmentId === enrolment.id,
  );
  if (byPerson) {
    if (session.status !== 'scheduled' || (code !== null && notComing.has(code)))
      refuse('invalid_state', 'This session is not expecting answers from this person.');
    if (stored?.enteredBy === 'staff')
      refuse('invalid_state', 'The service has already recorded answers for this session.');
  } else if (code === null || !countsAsAttended(code)) {
    refuse(
      'invalid_state',
      'Measures are recorded only for someone marked present at this session.',
    );
  }
  expectVersion(input.version, stored ?? { version: 0 }, rowMeasures(stored, r.alerts));
  const cs = new ChangeSet();
  const next = cs.put('measures', {
    id: stored?.id ?? ctx.newId('msr'),
    sessionId: session.id,
    enrolmentId: enrolment.id,
    phq9: input.phq9 ?? stored?.phq9 ?? null,
    gad7: input.gad7 ?? stored?.gad7 ?? null,
    wsas: input.wsas ?? stored?.wsas ?? null,
    pain: input.pain ?? stored?.pain ?? null,
    enteredBy: byPerson ? 'person' : 'staff',
    enteredById: ctx.actor.id,
    updatedAt: ctx.now,
    version: (stored?.version ?? 0) + 1,
  });
  cs.audit('measures.record', 'measures', next.id, stored ?? null, next);
  const alerts = [...r.alerts];
  const already = alerts.some((a) => a.sessionId === session.id && a.enrolmentId === enrolment.id);
  if (raisesSafetyAlert(next.phq9) && !already) {
    const alert = cs.put('alerts', {
      id: ctx.newId('alr'),
      enrolmentId: enrolment.id,
      sessionId: session.id,
      cohortId: session.cohortId,
      raisedAt: ctx.now,
      raisedBy: ctx.actor.id,
      status: 'open',
      action: null,
      note: '',
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    });
    cs.audit('alert.raise', 'alert', alert.id, null, alert);
    alerts.push(alert);
  }
  return cs.done(rowMeasures(next, alerts));
}
