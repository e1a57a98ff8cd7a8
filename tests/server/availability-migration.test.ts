import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotsFromDaysAndTimes } from '../../src/domain/availability';
import { rowsOf } from '../../src/server/db/database';
import { MIGRATIONS } from '../../src/server/db/migration-files';
import { BACKENDS, type TestDatabase } from './backends';

// Migration 0007 turns availability stored as { days, times } into slots. Each entry must say
// afterwards what it said before: checked against the mock's rule for its saved data.

const SLOTS = MIGRATIONS.findIndex((m) => m.tag === '0008_availability-slots');

const OLD: { id: string; availability: { days: string[]; times: string[] } }[] = [
  { id: 'ref_both', availability: { days: ['wed', 'mon'], times: ['evening', 'morning'] } },
  // Days but no times, never suggested before; every time on those days now.
  { id: 'ref_days_only', availability: { days: ['mon', 'wed', 'thu'], times: [] } },
  { id: 'ref_times_only', availability: { days: [], times: ['afternoon'] } },
  { id: 'ref_nothing', availability: { days: [], times: [] } },
];

describe.each(BACKENDS)('migration 0008 (availability slots) on $name', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await backend.open({ migrate: false });
    for (const m of MIGRATIONS.slice(0, SLOTS))
      for (const statement of m.statements) await t.owner.execute(sql.raw(statement));
    await t.owner.execute(sql`insert into participants (id, given_name, family_name, nhs_number,
      date_of_birth, borough) values ('ptc_1', 'Ada', 'Lovelace', '9434765919', '1970-01-01', 'Islington')`);
    for (const r of OLD) {
      await t.owner.execute(sql`insert into referrals (id, participant_id, given_name, family_name,
        nhs_number, borough, gp_practice, referral_date, availability, status) values (${r.id},
        'ptc_1', 'Ada', 'Lovelace', '9434765919', 'Islington', 'Archway', '2026-09-01',
        ${JSON.stringify(r.availability)}::jsonb, 'enrolled')`);
    }
    for (const m of MIGRATIONS.slice(SLOTS, SLOTS + 1))
      for (const statement of m.statements) await t.owner.execute(sql.raw(statement));
  }, 60_000);
  afterAll(() => t?.close());

  it('gives every stored entry the slots it meant, in week order', async () => {
    expect(SLOTS).toBeGreaterThan(0);
    const rows = rowsOf<{ id: string; availability: unknown }>(
      await t.owner.execute(sql`select id, availability from referrals order by id`),
    );
    const got = Object.fromEntries(rows.map((r) => [r.id, r.availability]));
    for (const r of OLD) expect(got[r.id]).toEqual(slotsFromDaysAndTimes(r.availability));
    expect(got.ref_both).toEqual([
      { day: 'mon', time: 'morning' },
      { day: 'mon', time: 'evening' },
      { day: 'wed', time: 'morning' },
      { day: 'wed', time: 'evening' },
    ]);
    expect(got.ref_days_only).toHaveLength(9);
    expect(got.ref_times_only).toHaveLength(5);
    expect(got.ref_nothing).toEqual([]);
  });
});
