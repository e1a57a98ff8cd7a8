import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffAccountView } from '../../src/api/schemas/staff-accounts';
import { AS, call, expectError, resetDemo } from './contract-client';

// A staff edit keeps the facilitator rules POST /cohorts enforces (2 or 3 facilitators, at
// least one psychology and one physiotherapy): a role or discipline change that would break
// them for a cohort not yet finished is refused with 409, naming the cohorts.

async function staffList(): Promise<StaffAccountView[]> {
  return (await call<{ items: StaffAccountView[] }>('GET /staff', { as: AS.admin })).body.items;
}

describe('staff edits keep cohort rules', () => {
  beforeAll(resetDemo);

  it('a facilitator of a cohort made a manager: 409 naming the cohort, nothing changed', async () => {
    const priya = (await staffList()).find((s) => s.email === AS.facilitator)!;
    expect(priya.cohorts.length, 'the demo facilitator runs cohorts').toBeGreaterThan(0);
    const answer = await call('PATCH /staff/:id', {
      as: AS.admin,
      params: { id: priya.id },
      version: priya.version,
      body: { role: 'manager', discipline: null },
    });
    const error = expectError(answer, 409, 'conflict');
    expect(error.message).toContain(priya.cohorts[0]!.name);
    expect(error.fieldErrors?.role?.[0]).toBe(error.message);
    const after = (await staffList()).find((s) => s.id === priya.id)!;
    expect([after.role, after.version]).toEqual([priya.role, priya.version]);
  });

  it('a change of discipline that leaves a cohort without one of the two: 409 on the discipline', async () => {
    const all = await staffList();
    const physios = all.filter((s) => s.active && s.discipline === 'physiotherapy');
    // A physiotherapist who is the only one on some cohort of theirs.
    const physio = physios.find((p) =>
      p.cohorts.some(
        (c) => !physios.some((o) => o.id !== p.id && o.cohorts.some((x) => x.id === c.id)),
      ),
    )!;
    expect(physio, 'a cohort with a single physiotherapist in the demo').toBeDefined();
    const answer = await call('PATCH /staff/:id', {
      as: AS.admin,
      params: { id: physio.id },
      version: physio.version,
      body: { discipline: 'psychology' },
    });
    const error = expectError(answer, 409, 'conflict');
    expect(error.fieldErrors?.discipline?.[0]).toMatch(/psychology and one physiotherapy/);
  });
});
