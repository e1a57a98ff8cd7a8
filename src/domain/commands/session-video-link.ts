import type { Session } from '../../api/schemas/cohorts';
import { expectVersion, refuse, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';
import { sessionInScope, type RegisterRecords } from './register-roster';

/** PUT /sessions/:sessionId/video-link: a session whose video link differs from the cohort's
 * (a new meeting for one week) keeps its own, which its reminders carry; '' goes back to the
 * cohort's. Only for a session still to come: a held session's link no longer matters. */
export function setSessionVideoLink(
  r: Pick<RegisterRecords, 'cohorts' | 'sessions'>,
  input: { sessionId: string; version: number; videoLink: string },
  ctx: CommandContext,
): Outcome<Session> {
  const { session, cohort } = sessionInScope(r, input.sessionId, ctx);
  expectVersion(input.version, session);
  if (cohort.delivery !== 'online')
    refuse('invalid_state', 'This cohort meets face to face: its sessions have no video link.');
  if (session.date < ctx.today) refuse('invalid_state', 'This session has already been held.');
  const cs = new ChangeSet();
  const next = cs.put('sessions', {
    ...session,
    videoLink: input.videoLink || null,
    version: session.version + 1,
  });
  cs.audit(
    'session.video-link',
    'session',
    session.id,
    { videoLink: session.videoLink },
    { videoLink: next.videoLink },
  );
  return cs.done(next);
}
