import { store } from '../../mocks/db';
import { runCommand } from '../../mocks/commands';
import type { Ctx } from '../../mocks/http';
import { withdrawEnrolment } from '../../src/domain/commands/enrolments';
import { makeOffer } from '../../src/domain/commands/offers';

/** Frees a place the way a withdrawal does (the same domain command the endpoint runs), so
 * vacancy tests do not depend on the withdrawal UI. */
export function withdrawOneFrom(cohortName: string, options: { lastPlace?: boolean } = {}) {
  const cohort = store.data.cohorts.find((c) => c.name === cohortName);
  if (!cohort) throw new Error(`no cohort ${cohortName}`);
  const enrolment = store.data.enrolments.find(
    (e) => e.cohortId === cohort.id && e.status === 'confirmed',
  );
  if (!enrolment) throw new Error(`no confirmed enrolment in ${cohortName}`);
  const ctx = adminCtx();
  runCommand(ctx, (db, cc) =>
    withdrawEnrolment(
      db,
      { enrolmentId: enrolment.id, version: enrolment.version, reason: 'Moved away' },
      cc,
    ),
  );
  return store.transact((db) => {
    if (options.lastPlace) {
      const held = db.enrolments.filter(
        (e) =>
          e.cohortId === cohort.id &&
          ['offered', 'confirmed', 'active', 'completed'].includes(e.status),
      ).length;
      const stored = db.cohorts.find((c) => c.id === cohort.id)!;
      stored.capacity = held + 1;
    }
    const vacancy = db.vacancies[db.vacancies.length - 1];
    if (!vacancy || vacancy.status !== 'open') throw new Error(`no open vacancy in ${cohortName}`);
    return { cohort: db.cohorts.find((c) => c.id === cohort.id)!, vacancy };
  });
}

/** A request's context for the seed's admin (Sam), as the endpoint would build it. */
function adminCtx(): Ctx {
  const admin = store.data.staff.find((s) => s.role === 'admin');
  if (!admin) throw new Error('no admin');
  const request = new Request('http://localhost/api/test');
  return {
    user: admin,
    scope: 'all',
    body: undefined,
    query: undefined,
    request,
    params: {},
    requestId: 'test',
    url: new URL(request.url),
    now: new Date(),
  } as unknown as Ctx;
}

/** A colleague (the seed's admin, on the server) offers the place to this person first. */
export function offerAsColleague(vacancyId: string, personName: string) {
  const referral = store.data.referrals.find(
    (r) => `${r.givenName} ${r.familyName}` === personName && r.status === 'waiting',
  );
  if (!referral) throw new Error(`no waiting entry for ${personName}`);
  const version = store.data.vacancies.find((v) => v.id === vacancyId)!.version;
  runCommand(adminCtx(), (db, cc) =>
    makeOffer(db, { vacancyId, version, referralId: referral.id, expiresInHours: 72 }, cc),
  );
}
