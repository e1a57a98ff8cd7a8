import { store } from '../../mocks/db';
import type { Ctx } from '../../mocks/http';
import { freePlace } from '../../mocks/vacancy-rules';

/** Frees a place the way a withdrawal does (the lead's withdraw handler calls the same
 * freePlace), so vacancy tests do not depend on the withdrawal UI. */
export function withdrawOneFrom(cohortName: string, options: { lastPlace?: boolean } = {}) {
  const cohort = store.data.cohorts.find((c) => c.name === cohortName);
  if (!cohort) throw new Error(`no cohort ${cohortName}`);
  const enrolment = store.data.enrolments.find(
    (e) => e.cohortId === cohort.id && e.status === 'confirmed',
  );
  if (!enrolment) throw new Error(`no confirmed enrolment in ${cohortName}`);
  const admin = store.data.staff.find((s) => s.role === 'admin');
  if (!admin) throw new Error('no admin');
  const request = new Request('http://localhost/api/test');
  const ctx: Ctx = {
    user: admin,
    request,
    params: {},
    requestId: 'test',
    url: new URL(request.url),
  };
  return store.transact((db) => {
    enrolment.status = 'withdrawn';
    enrolment.version += 1;
    freePlace(db, enrolment, ctx);
    if (options.lastPlace) {
      const held = db.enrolments.filter(
        (e) =>
          e.cohortId === cohort.id &&
          ['offered', 'confirmed', 'active', 'completed'].includes(e.status),
      ).length;
      cohort.capacity = held + 1;
    }
    const vacancy = db.vacancies[db.vacancies.length - 1];
    if (!vacancy || vacancy.status !== 'open') throw new Error(`no open vacancy in ${cohortName}`);
    return { cohort, vacancy };
  });
}
