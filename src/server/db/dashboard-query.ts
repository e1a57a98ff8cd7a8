import { sql } from 'drizzle-orm';
import type { Headline } from '../../api/schemas/dashboard';
import { medianOfCounts } from '../../domain/metrics';
import { waitWeeks } from '../../domain/waiting-list';
import { rowsOf, type DbOrTx } from './database';

// The dashboard's waiting-list figures, counted where the list lies, never loaded: the same
// rules as waitingNow (src/backend/views/dashboard-summary.ts) and waitingOn
// (dashboard-charts.ts), which tests/server/dashboard-query.test.ts checks on generated
// records. The list is read once, as how many people were referred on each day (an index-only
// scan of referrals_waiting_order: a few hundred rows for 100,000 people); the weeks waited and
// the counts on each day are worked out from those. An offer past its expiry puts its person
// back on the list at once, as every read shows it (recordsAt), before the expiry job has.

const OPEN = sql`r.status in ('waiting', 'offered')`;

interface Day {
  day: string;
  /** Waiting now: status waiting, or offered with an open offer past its expiry. */
  waiting: number;
  /** On the list (waiting or offered). */
  open: number;
}

/** Per referral day, how many are waiting now and how many are on the list. */
async function listByDay(db: DbOrTx, now: Date): Promise<Day[]> {
  const rows = rowsOf<{ day: string; waiting: number | string; open: number | string }>(
    await db.execute(sql`
      select day, sum(waiting)::int as waiting, sum(open)::int as open from (
        select r.referral_date::text as day,
               count(*) filter (where r.status = 'waiting') as waiting, count(*) as open
          from referrals r where ${OPEN} group by r.referral_date
        union all
        select r.referral_date::text, count(*), 0
          from referrals r
         where r.status = 'offered' and exists (
                 select 1 from offers o
                  where o.referral_id = r.id and o.status = 'open'
                    and o.expires_at <= ${now.toISOString()}::timestamptz)
         group by r.referral_date
      ) by_day group by day`),
  );
  return rows.map((r) => ({ day: r.day, waiting: Number(r.waiting), open: Number(r.open) }));
}

/** Waiting now: how many, and the median of their whole weeks on the list (waitWeeks). */
function waitingNowOf(days: Day[], today: string): Headline['waiting'] {
  const weeks = days.map((d) => [waitWeeks(d.day, today), d.waiting] as const);
  return {
    count: days.reduce((n, d) => n + d.waiting, 0),
    medianWeeks: medianOfCounts(weeks),
  };
}

/** Of those who left the list (enrolled or closed), how many were on it on each of `dates`:
 * from the referral date until enrolled (their first place joined on or after it) or closed
 * (the last closing audit entry's day, in UTC); a person who left with neither on record is
 * left out, as the rule leaves them. Their leaving days are worked out once (materialized),
 * for those referred by the last date only; named by status (the two a referral off the list
 * can have) so the status index finds them instead of a scan of the whole list. */
async function goneOn(db: DbOrTx, dates: string[]): Promise<Map<string, number>> {
  const days = sql.join(
    dates.map((d) => sql`${d}::date`),
    sql`, `,
  );
  const last = [...dates].sort().at(-1)!;
  const rows = rowsOf<{ day: string; n: number | string }>(
    await db.execute(sql`
      with gone as materialized (
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
           where r.status in ('enrolled', 'closed') and r.referral_date <= ${last}::date
        ) left_list
         where u is not null
      )
      select d::text as day, (select count(*) from gone g where g.f <= d and g.u > d) as n
        from unnest(array[${days}]) as d`),
  );
  return new Map(rows.map((r) => [r.day, Number(r.n)]));
}

/** The dashboard's waiting-list figures: waiting now (count, median weeks) and how many were
 * on the list on each of `dates`. */
export async function waitingFiguresIn(
  db: DbOrTx,
  today: string,
  now: Date,
  dates: string[],
): Promise<{ now: Headline['waiting']; counts: number[] }> {
  const days = await listByDay(db, now);
  const gone = dates.length ? await goneOn(db, dates) : new Map<string, number>();
  const counts = dates.map(
    (date) => days.reduce((n, d) => (d.day <= date ? n + d.open : n), 0) + (gone.get(date) ?? 0),
  );
  return { now: waitingNowOf(days, today), counts };
}
