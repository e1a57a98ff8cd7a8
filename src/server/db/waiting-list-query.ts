import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Referral } from '../../api/schemas/referrals';
import type { WaitingListQuery } from '../../api/schemas/waiting-list';
import { searchNeedle } from '../../domain/waiting-list';
import type { DbOrTx } from './database';
import { referrals as r } from './domain-tables';

// One page of the waiting list, as src/domain/waiting-list.ts's searchWaitingList answers it,
// said in SQL so that 100,000 referrals are never read to show 100. Strings compare in the C
// collation, as JavaScript compares them; the contract suite checks both backends agree.

const OPEN = sql`${r.status} in ('waiting', 'offered')`;

function statusWhere(status: WaitingListQuery['status']): SQL | undefined {
  if (status === 'all') return undefined;
  if (status === 'open') return OPEN;
  return eq(r.status, status);
}

/** "Contains", said as LIKE so the trigram indexes (referrals_name_trgm, _nhs_number_trgm)
 * find it; the needle's own %, _ and backslash are matched as themselves. */
function needleWhere(text: string): SQL | undefined {
  const needle = searchNeedle(text);
  if (!needle) return undefined;
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    sql`lower(${r.givenName} || ' ' || ${r.familyName}) like ${pattern}`,
    sql`${r.nhsNumber} like ${pattern}`,
  );
}

/** Urgent first, then longest waiting, then id: compareWaiting. */
const PRIORITY = [desc(r.urgent), asc(r.referralDate), sql`${r.id} collate "C"`];

function orderOf(q: WaitingListQuery): SQL[] {
  const dir = (e: SQL) => (q.desc ? sql`${e} desc` : sql`${e} asc`);
  switch (q.sort) {
    case 'name':
      return [dir(sql`lower(${r.familyName} || ' ' || ${r.givenName}) collate "C"`), ...PRIORITY];
    case 'wait':
      // Waiting time ascending is the newest referral first.
      return [q.desc ? asc(r.referralDate) : desc(r.referralDate), ...PRIORITY];
    case 'urgency':
      return [dir(sql`${r.urgent}`), ...PRIORITY];
    case 'status':
      return [
        dir(
          sql`case ${r.status} when 'waiting' then 0 when 'offered' then 1 when 'enrolled' then 2 when 'closed' then 3 else 4 end`,
        ),
        ...PRIORITY,
      ];
    default:
      return PRIORITY;
  }
}

export async function waitingListPage(
  db: DbOrTx,
  q: WaitingListQuery,
): Promise<{ items: Referral[]; total: number; onList: number }> {
  const where = and(
    statusWhere(q.status),
    q.urgency === 'all' ? undefined : eq(r.urgent, q.urgency === 'urgent'),
    needleWhere(q.text),
  );
  const page = db
    .select()
    .from(r)
    .where(where)
    .orderBy(...orderOf(q))
    .offset(q.offset)
    .limit(q.limit);
  const countOf = async (condition: SQL | undefined) =>
    (await db.select({ n: count() }).from(r).where(condition))[0]?.n ?? 0;
  // The default view (everyone on the list) is counted once: it is the list.
  const whole = q.status === 'open' && q.urgency === 'all' && searchNeedle(q.text) === '';
  const [items, total, onList] = await Promise.all([
    page,
    countOf(where),
    whole ? undefined : countOf(OPEN),
  ]);
  return { items, total, onList: onList ?? total };
}
