import {
  materialFor,
  materialPersonalisation,
  missedBy,
  withinMaterialWindow,
} from '../../domain/course-messages';
import { todayIso } from '../../domain/dates';
import type { Snapshot } from '../../backend/snapshot';
import type { Db } from '../db/database';
import { readSnapshot } from '../db/records';
import { optOutLink } from '../links/opt-out-link';
import type { Logger } from '../logger';
import { materialClaimed } from './course-message-store';
import { claimAndSendCourseMessage } from './course-message-send';
import type { Notifier } from './notify-client';

// Missed material (docs/missed-material.md): once a session's register is finalised, everyone
// marked absent or cancelled (codes 2, 3, 7) gets the session topic's material link, once. It
// runs after the finalising commits, and a leased job (./material-job.ts) catches what that
// missed: a mark amended later, an instance stopped mid-way, material set after the session.
// Nothing is claimed while the service has no material or template for it, so setting them
// later (within the window) still sends it. A person whose catch-up was ticked by hand has had it.

/** The (session, place) pairs whose material is due now, from finalised registers. */
export function materialDue(r: Snapshot, today: string, onlySessionId?: string) {
  const templates = {
    sms: r.settings.materialSmsTemplateId,
    email: r.settings.materialEmailTemplateId,
  };
  if (!templates.sms && !templates.email) return [];
  const cancelledCohorts = new Set(
    r.cohorts.filter((c) => c.status === 'cancelled').map((c) => c.id),
  );
  return r.sessions
    .filter((s) => (onlySessionId ? s.id === onlySessionId : true))
    .filter((s) => s.registerFinalisedAt && !cancelledCohorts.has(s.cohortId))
    .filter((s) => withinMaterialWindow(s.date, today))
    .flatMap((session) => {
      const link = materialFor(r.settings.topicMaterials, session.topic);
      if (!link) return [];
      const mark = (enrolmentId: string) =>
        r.attendance.find((a) => a.sessionId === session.id && a.enrolmentId === enrolmentId);
      return missedBy(session, r.enrolments, (id) => mark(id)?.code ?? null)
        .filter((e) => !mark(e.id)?.catchUpSent)
        .map((enrolment) => ({ session, enrolment, link }));
    });
}

/** Sends what is due (for one session, or all recent ones); answers how many were claimed. */
export async function sendMissedMaterial(
  db: Db,
  notifier: Notifier,
  options: { now: Date; requestId: string; log: Logger; linkOrigin: string; sessionId?: string },
): Promise<number> {
  const r = await readSnapshot(db, {});
  const due = materialDue(r, todayIso(options.now), options.sessionId);
  const claimed = await materialClaimed(db, [...new Set(due.map((d) => d.session.id))]);
  const templates = {
    sms: r.settings.materialSmsTemplateId,
    email: r.settings.materialEmailTemplateId,
  };
  let count = 0;
  for (const { session, enrolment, link } of due) {
    if (claimed.has(`${session.id}:${enrolment.id}`)) continue;
    const person = r.participants.find((p) => p.id === enrolment.participantId);
    if (!person) continue;
    // Another instance or run may have taken it between the read and now.
    const sent = await claimAndSendCourseMessage(db, notifier, {
      ...options,
      kind: 'material',
      person,
      enrolmentId: enrolment.id,
      sessionId: session.id,
      templates,
      personalisation: async () =>
        materialPersonalisation({
          givenName: person.givenName,
          sessionDate: session.date,
          link,
          optOutLink: await optOutLink(db, {
            participantId: person.id,
            now: options.now,
            linkOrigin: options.linkOrigin,
          }),
        }),
    });
    if (sent) count += 1;
  }
  return count;
}
