import type { FlagAction } from '../../api/schemas/flags';
import type { Enrolment } from '../../api/schemas/participants';
import { enrolmentAbsences } from '../absence';
import { can, FLAG_DECISION_ACTION } from '../policy';
import {
  expectVersion,
  refuse,
  type CommandContext,
  type FlagContact,
  type FlagReview,
  type Outcome,
} from './command';
import { ChangeSet } from './change-set';
import { enrolmentInScope, withdrawEnrolment } from './enrolments';
import { transferEnrolment } from './transfers';
import type { PlaceRecords } from './places';

type FlagRecords = Parameters<typeof transferEnrolment>[0] & {
  flagReviews: readonly FlagReview[];
};

/** Only someone still on the course (confirmed or active) can be flagged. */
export function canBeFlagged(status: Enrolment['status']): boolean {
  return status === 'confirmed' || status === 'active';
}

function flagged(r: PlaceRecords & Pick<FlagRecords, 'attendance'>, enrolment: Enrolment) {
  const summary = enrolmentAbsences(r, enrolment);
  if (!canBeFlagged(enrolment.status) || summary.status === 'ok') {
    refuse('not_flagged', 'This participant is not flagged for absences; nothing to act on.');
  }
  return summary;
}

/** docs/domain.md: act on a breach by transfer, keeping with a documented reason, or withdrawal. */
export function resolveFlag(
  r: FlagRecords,
  input: FlagAction & { enrolmentId: string; version: number },
  ctx: CommandContext,
): Outcome<{ kind: 'kept' | 'moved' | 'left'; enrolment: Enrolment }> {
  if (!can(ctx.actor.role, FLAG_DECISION_ACTION[input.action])) {
    refuse('forbidden', 'Your role does not allow this decision on a flag.');
  }
  const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
  expectVersion(input.version, enrolment);
  const summary = flagged(r, enrolment);
  if (input.action === 'transfer') {
    const out = transferEnrolment(r, input, ctx);
    out.changes.audit.unshift(flagAudit(input, enrolment.id, summary));
    return { changes: out.changes, result: { kind: 'moved', enrolment: out.result } };
  }
  if (input.action === 'withdraw') {
    const out = withdrawEnrolment(r, { ...input, status: 'removed_after_absences' }, ctx);
    out.changes.audit.unshift(flagAudit(input, enrolment.id, summary));
    return { changes: out.changes, result: { kind: 'left', enrolment: out.result } };
  }
  const cs = new ChangeSet();
  cs.changes.audit.push(flagAudit(input, enrolment.id, summary));
  cs.put('flagReviews', {
    id: ctx.newId('rev'),
    enrolmentId: enrolment.id,
    reason: input.reason,
    at: ctx.now,
    byStaffId: ctx.actor.id,
    absencesAtReview: summary.absences,
  });
  return cs.done({ kind: 'kept', enrolment });
}

function flagAudit(input: FlagAction, enrolmentId: string, summary: unknown) {
  return {
    action: `flag.${input.action}` as const,
    entity: 'enrolment',
    entityId: enrolmentId,
    before: summary,
    after: { action: input.action, reason: input.reason },
  };
}

/** At risk or breached: a record that staff contacted the person before the next session. */
export function recordFlagContact(
  r: FlagRecords,
  input: { enrolmentId: string; date: string; note: string },
  ctx: CommandContext,
): Outcome<FlagContact> {
  const { enrolment } = enrolmentInScope(r, input.enrolmentId, ctx);
  flagged(r, enrolment);
  const cs = new ChangeSet();
  const contact = cs.put('flagContacts', {
    id: ctx.newId('con'),
    enrolmentId: enrolment.id,
    date: input.date,
    byStaffId: ctx.actor.id,
    note: input.note,
  });
  cs.audit('flag.contact', 'enrolment', enrolment.id, null, contact);
  return cs.done(contact);
}
