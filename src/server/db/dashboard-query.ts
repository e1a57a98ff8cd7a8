import { sql } from 'drizzle-orm';
import type { Headline } from '../../api/schemas/dashboard';
import { rowsOf, type DbOrTx } from './database';

// The dashboard's waiting-list figures, said in SQL so that a list of 100,000 is counted where
// it lies, never loaded: the same rules as waitingNow (src/backend/views/dashboard-summary.ts)
// and waitingOn (dashboard-charts.ts), which tests/server/dashboard-query.test.ts checks on
// generated records. An offer past its expiry puts its person back on the list at once, as
// every read shows it (recordsAt), before the expiry job has written it.

const OPEN = sql`r.status in ('waiting', 'offered')`;

/** Waiting now: how many, and the median of their whole weeks on the list. */
export async function waitingNowIn(
  db: DbOrTx,
  today: string,
  now: Date,
): Promise<Headline['waiting']> {
  const [row] = rowsOf<{ count: number | string; median: number | string | null }>(
    await db.execute(sql`
      select count(*)::int as count,
             percentile_cont(0.5) within group (
               order by greatest(0, floor((${today}::date - r.referral_date) / 7.0))
             ) as median
        from referrals r
       where r.status = 'waiting'
          or (r.status = 'offered' and exists (
                select 1 from offers o
                 where o.referral_id = r.id and o.status = 'open'
                   and o.expires_at <= ${now.toISOString()}::timestamptz))`),
  );
  return {
    count: Number(row?.count ?? 0),
    medianWeeks: row?.median == null ? null : Number(row.median),
  };
}

/** How many were on the list on each of `dates`: on it from the referral date until enrolled
 * (their first place joined on or after it) or closed (the last closing audit entry's day, in
 * UTC); a person who left with neither on record is left out, as the rule leaves them. */
export async function waitingOnIn(db: DbOrTx, dates: string[]): Promise<number[]> {
  if (dates.length === 0) return [];
  const days = sql.join(
    dates.map((d) => sql`${d}::date`),
    sql`, `,
  );
  // Those still on the list are counted by the referral-date index, day by day; only those
  // who left (few beside the list) have their leaving day worked out.
  const rows = rowsOf<{ day: string; n: number | string }>(
    await db.execute(sql`
      with gone as (
        select f, u from (
          select r.referral_date as f, coalesce(
                   case when r.status = 'enrolled' then (
                     select min(e.joined_on) from enrolments e
                      where e.participant_id = r.participant_id
                        and e.joined_on >= r.referral_date)
                   end,
                   (select (a.at at time zone 'UTC')::date from audit_events a
                     where a.entity = 'referral' and a.entity_id = r.id
                       and a.action = 'referral.close'
                     order by a.id desc limit 1)) as u
            from referrals r
           where not ${OPEN}
        ) left_list
         where u is not null
      )
      select d::text as day,
             (select count(*) from referrals r where ${OPEN} and r.referral_date <= d)
           + (select count(*) from gone g where g.f <= d and g.u > d) as n
        from unnest(array[${days}]) as d`),
  );
  const byDay = new Map(rows.map((r) => [r.day, Number(r.n)]));
  return dates.map((d) => byDay.get(d) ?? 0);
}
