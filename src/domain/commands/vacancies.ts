import type { Cohort } from '../../api/schemas/cohorts';
import type { Enrolment } from '../../api/schemas/participants';
import type { Vacancy } from '../../api/schemas/referrals';
import { vacancyWindow, type VacancyWindow } from '../vacancy';
import type { CommandContext } from './command';
import type { ChangeSet } from './change-set';
import type { PlaceRecords } from './places';

/** docs/domain.md "vacancy": how long a place freed in this cohort is worth offering, from its
 * scheduled sessions and the late-joining cut-off (a workshop's is its first session). */
export function cohortVacancyWindow(
  r: Pick<PlaceRecords, 'sessions' | 'settings'>,
  cohort: Cohort,
  today: string,
): VacancyWindow {
  return vacancyWindow({
    type: cohort.type,
    sessions: r.sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled'),
    cutoffSession: r.settings.lateJoinCutoffSession,
    today,
  });
}

/** A freed place opens a vacancy while late joining is still useful, and is recorded as
 * closed, with why, after the cut-off. */
export function freePlace(
  r: Pick<PlaceRecords, 'sessions' | 'settings'>,
  cohort: Cohort,
  enrolment: Enrolment,
  ctx: CommandContext,
  cs: ChangeSet,
): Vacancy {
  const window = cohortVacancyWindow(r, cohort, ctx.today);
  const vacancy: Vacancy = {
    id: ctx.newId('vac'),
    cohortId: cohort.id,
    freedByEnrolmentId: enrolment.id,
    openedAt: ctx.now,
    status: window.open ? 'open' : 'closed',
    closedReason: window.closedReason,
    version: 1,
  };
  cs.put('vacancies', vacancy);
  cs.audit(window.open ? 'vacancy.open' : 'vacancy.closed', 'vacancy', vacancy.id, null, vacancy);
  return vacancy;
}
