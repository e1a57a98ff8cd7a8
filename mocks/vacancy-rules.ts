import type { Enrolment } from '../src/api/schemas/participants';
import { todayIso } from '../src/domain/dates';
import { vacancyWindow } from '../src/domain/vacancy';
import { store, type Db } from './db';
import { audit, type Ctx } from './http';

/** A withdrawal or transfer frees a place (DOMAIN.md "vacancy"): open while late joining is
 * still useful, otherwise recorded as closed with why. Call inside a transaction. */
export function freePlace(db: Db, enrolment: Enrolment, ctx: Ctx): void {
  const cohort = db.cohorts.find((c) => c.id === enrolment.cohortId);
  if (!cohort) return;
  const window = vacancyWindow({
    type: cohort.type,
    sessions: db.sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled'),
    cutoffSession: db.settings.lateJoinCutoffSession,
    today: todayIso(),
  });
  const vacancy = {
    id: store.newId('vac'),
    cohortId: cohort.id,
    freedByEnrolmentId: enrolment.id,
    openedAt: new Date().toISOString(),
    status: window.open ? ('open' as const) : ('closed' as const),
    closedReason: window.closedReason,
    version: 1,
  };
  db.vacancies.push(vacancy);
  audit(ctx, window.open ? 'vacancy.open' : 'vacancy.closed', 'vacancy', vacancy.id, null, vacancy);
}
