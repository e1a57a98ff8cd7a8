import { asc, or, sql } from 'drizzle-orm';
import type { Participant } from '../../api/schemas/participants';
import { PEOPLE_SEARCH_LIMIT, peopleNeedles } from '../../domain/people-search';
import type { DbOrTx } from './database';
import { participants as p } from './domain-tables';

/** src/domain/people-search.ts findPeople, in SQL: the people table is never read whole. */
export async function findPeopleIn(db: DbOrTx, q: string): Promise<Participant[]> {
  const { name, digits } = peopleNeedles(q);
  return db
    .select()
    .from(p)
    .where(
      or(
        sql`strpos(lower(${p.givenName} || ' ' || ${p.familyName}), ${name}) > 0`,
        digits === null ? undefined : sql`strpos(${p.nhsNumber}, ${digits}) > 0`,
      ),
    )
    .orderBy(asc(sql`${p.id} collate "C"`))
    .limit(PEOPLE_SEARCH_LIMIT);
}
