import type { Context } from 'hono';
import { PARTICIPANT } from '../../api/schemas/audit';
import { todayIso } from '../../domain/dates';
import {
  CANNOT_ATTEND_REASONS,
  cannotAttendByLink,
  sessionsToMiss,
} from '../../domain/commands/cannot-attend-by-link';
import type { Tx } from '../db/database';
import { readSnapshot } from '../db/records';
import type { AppEnv } from '../http/app-env';
import { SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import { cannotAttendBody, cannotAttendDoneBody, placeGoneBody } from './cannot-attend-page';
import type { LinkAnswer } from './link-layout';
import { auditLink } from './link-guard';
import { linkNotFound } from './link-states';
import type { ParticipantLink } from './link-tokens';

// A reminder's "I can't make it" link: it covers the person's remaining sessions of the
// cohort, so it stays open until the last one (not spent by an answer).

async function placeOf(tx: Tx, link: ParticipantLink, now: Date) {
  const records = await readSnapshot(tx, {});
  const enrolment = records.enrolments.find((e) => e.id === link.subjectId);
  if (!enrolment || enrolment.participantId !== link.participantId) return null;
  const person = records.participants.find((p) => p.id === enrolment.participantId);
  const cohort = records.cohorts.find((c) => c.id === enrolment.cohortId);
  if (!person || !cohort) return null;
  const sessions = sessionsToMiss(records, enrolment, todayIso(now));
  return {
    enrolment,
    cohort,
    firstName: person.givenName.trim().split(/\s+/)[0] ?? '',
    where:
      cohort.delivery === 'online' || !cohort.venue
        ? 'online, by video call'
        : `at ${cohort.venue}`,
    open: sessions.filter((s) => !s.noticeGiven).map((s) => s.session),
    told: sessions.filter((s) => s.noticeGiven).map((s) => s.session),
  };
}

const held = new Set(['confirmed', 'active']);

export async function cannotAttendPage(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
  error?: string,
): Promise<LinkAnswer> {
  const place = await placeOf(tx, link, now);
  if (!place) return linkNotFound();
  if (!held.has(place.enrolment.status))
    return { status: 410, title: 'No place held', body: placeGoneBody(place.firstName) };
  await auditLink(tx, c, 'link.opened', link, {}, now);
  return {
    status: error ? 400 : 200,
    title: error ? 'Error: tell us you cannot come' : 'Tell us you cannot come',
    body: cannotAttendBody({ ...place, ...(error ? { error } : {}) }),
  };
}

export async function cannotAttendAnswer(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const form = await c.req.parseBody({ all: true });
  const place = await placeOf(tx, link, now);
  if (!place) return linkNotFound();
  const chosen = [form.session ?? []].flat().map(Number);
  const missed = place.open.filter((s) => chosen.includes(s.number));
  if (missed.length === 0 || missed.length !== chosen.length)
    return cannotAttendPage(tx, c, link, now, 'Choose the sessions you cannot come to');
  const reason = CANNOT_ATTEND_REASONS.find((r) => r === form.reason) ?? null;
  const workshop = place.cohort.type === 'workshop';
  const { placeFreed } = await runCommandIn(
    tx,
    {
      user: { ...SYSTEM_USER, id: link.id },
      scope: 'all',
      requestId: c.var.requestId,
      now,
      auditAs: { id: link.id, role: PARTICIPANT },
    },
    (r, cc) =>
      cannotAttendByLink(
        r,
        { enrolmentId: place.enrolment.id, sessionNumbers: missed.map((s) => s.number), reason },
        cc,
      ),
    {
      key: workshop ? 'POST /enrolments/:id/withdraw' : 'POST /enrolments/:id/cannot-attend',
      params: { id: place.enrolment.id },
      body: {},
    },
  );
  return {
    status: 200,
    title: 'Thank you',
    body: cannotAttendDoneBody(place.firstName, missed, placeFreed),
  };
}
