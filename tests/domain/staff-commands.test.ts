import { describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../src/api/schemas/staff-accounts';
import { newStaffSchema, updateStaffSchema } from '../../src/api/schemas/staff-accounts';
import { createStaff, setTemporaryPassword, updateStaff } from '../../src/domain/commands/staff';
import { facilitatorProblems } from '../../src/domain/facilitators';
import { passwordProblem } from '../../src/domain/passwords';
import { cohort, contextFor, frozen, refusalOf, sessions } from './offer-records';

const account = (id: string, over: Partial<StaffAccount> = {}): StaffAccount => ({
  id,
  name: `Person ${id}`,
  email: `${id}@nhs.net`,
  role: 'facilitator',
  discipline: 'psychology',
  active: true,
  deactivationReason: null,
  version: 1,
  ...over,
});
const ADMIN = account('sam', { name: 'Sam Patel', role: 'admin', discipline: null });
const OTHER_ADMIN = account('leah', { role: 'admin', discipline: null });
const PRIYA = account('priya');

describe('createStaff', () => {
  it('adds an active account with no password, audited', () => {
    const r = frozen({ staff: [ADMIN] });
    const input = newStaffSchema.parse({
      name: 'Ada Okoye',
      email: ' Ada.Okoye@NHS.net ',
      role: 'facilitator',
      discipline: 'physiotherapy',
    });
    const { changes, result } = createStaff(r, input, contextFor());
    expect(result).toEqual({
      id: 'stf-new1',
      name: 'Ada Okoye',
      email: 'ada.okoye@nhs.net',
      role: 'facilitator',
      discipline: 'physiotherapy',
      active: true,
      deactivationReason: null,
      version: 1,
    });
    expect(changes.put.staff).toEqual([result]);
    expect(changes.credentials).toBeUndefined();
    expect(changes.audit.map((a) => a.action)).toEqual(['staff.create']);
  });

  it('refuses an email already used, whatever its case, on the email field (409)', () => {
    const e = refusalOf(() =>
      createStaff(
        { staff: [PRIYA] },
        { name: 'P', email: 'PRIYA@nhs.net', role: 'manager', discipline: null },
        contextFor(),
      ),
    );
    expect(e.code).toBe('conflict');
    expect(e.fieldErrors?.email).toEqual(['An account already uses this email address']);
  });

  it('a facilitator needs a discipline; other roles never keep one', () => {
    const parsed = newStaffSchema.safeParse({
      name: 'A',
      email: 'a@nhs.net',
      role: 'facilitator',
      discipline: null,
    });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['discipline']]);
    const { result } = createStaff(
      { staff: [] },
      { name: 'M', email: 'm@nhs.net', role: 'manager', discipline: 'psychology' },
      contextFor(),
    );
    expect(result.discipline).toBeNull();
  });
});

describe('updateStaff', () => {
  const update = (staff: StaffAccount[], id: string, changes: object, version = 1) =>
    updateStaff(
      frozen({ staff, cohorts: [], sessions: [] }),
      { staffId: id, version, changes },
      contextFor(),
    );

  it('deactivates with a reason: the next version, their sessions end, audited', () => {
    const { changes, result } = update([ADMIN, PRIYA], 'priya', {
      active: false,
      reason: 'Left the service',
    });
    expect(result).toMatchObject({ active: false, deactivationReason: 'Left the service' });
    expect(result.version).toBe(2);
    expect(changes.endSessionsOf).toEqual(['priya']);
    expect(changes.audit[0]).toMatchObject({ action: 'staff.deactivate', before: PRIYA });
  });

  it('the schema asks for the reason when deactivating', () => {
    const parsed = updateStaffSchema.safeParse({ active: false });
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['reason'], 'Reason is required'],
    ]);
  });

  it('reactivates, clearing the reason', () => {
    const gone = account('tom', { active: false, deactivationReason: 'Left', version: 3 });
    const { changes, result } = update([ADMIN, gone], 'tom', { active: true }, 3);
    expect(result).toMatchObject({ active: true, deactivationReason: null, version: 4 });
    expect(changes.endSessionsOf).toBeUndefined();
    expect(changes.audit[0]?.action).toBe('staff.reactivate');
  });

  it('never leaves the service without an active admin: deactivating or demoting the last is 409', () => {
    const gone = { ...OTHER_ADMIN, active: false, deactivationReason: 'Left' };
    const deactivate = refusalOf(() =>
      update([ADMIN, gone], 'sam', { active: false, reason: 'Leaving' }),
    );
    expect(deactivate.code).toBe('conflict');
    expect(deactivate.message).toBe(
      'Sam Patel is the last active admin: make someone else an admin first.',
    );
    const demote = refusalOf(() => update([ADMIN, gone], 'sam', { role: 'manager' }));
    expect(demote.code).toBe('conflict');
    expect(demote.fieldErrors?.role).toEqual(['The last active admin must stay an admin']);
    // With another active admin, both are fine.
    expect(update([ADMIN, OTHER_ADMIN], 'sam', { role: 'manager' }).result.role).toBe('manager');
  });

  it('a change of role to facilitator needs a discipline; away from it drops the discipline', () => {
    const manager = account('jo', { role: 'manager', discipline: null });
    const e = refusalOf(() => update([ADMIN, manager], 'jo', { role: 'facilitator' }));
    expect(e.fieldErrors?.discipline).toBeDefined();
    expect(update([ADMIN, PRIYA], 'priya', { role: 'manager' }).result.discipline).toBeNull();
  });

  it('refuses a stale version with the current record (412)', () => {
    const e = refusalOf(() => update([ADMIN, PRIYA], 'priya', { name: 'Priya S' }, 0));
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(PRIYA);
  });
});

describe('setTemporaryPassword', () => {
  it('stores a one-time password, ends their sessions, and audits without the password', () => {
    const { changes } = setTemporaryPassword(
      { staff: [PRIYA] },
      { staffId: 'priya', password: 'abcd-efgh-jkmn-pqrs' },
      contextFor(),
    );
    expect(changes.credentials).toEqual([
      { staffId: 'priya', password: 'abcd-efgh-jkmn-pqrs', mustChange: true },
    ]);
    expect(changes.endSessionsOf).toEqual(['priya']);
    expect(JSON.stringify(changes.audit)).not.toContain('abcd-efgh');
  });

  it('refuses a deactivated account', () => {
    const gone = account('tom', { active: false, deactivationReason: 'Left' });
    const e = refusalOf(() =>
      setTemporaryPassword({ staff: [gone] }, { staffId: 'tom', password: 'x' }, contextFor()),
    );
    expect(e.code).toBe('invalid_state');
  });
});

describe('facilitators and deactivated accounts', () => {
  const tom = account('tom', { discipline: 'physiotherapy', active: false, name: 'Tom Okafor' });
  it('a deactivated account is refused for a cohort, unless already on it', () => {
    expect(facilitatorProblems(['priya', 'tom'], [PRIYA, tom])).toEqual([
      'Tom Okafor: deactivated, so not a facilitator for this cohort',
    ]);
    expect(facilitatorProblems(['priya', 'tom'], [PRIYA, tom], ['tom'])).toEqual([]);
  });
});

describe('passwordProblem', () => {
  it('refuses common passwords and those built on common words, the name or the email', () => {
    for (const weak of [
      'password1234',
      'Password1234!',
      'qwertyuiop123',
      '123456789012',
      'aaaaaaaaaaaaaa',
      'abcdefghijklmn',
      'demo-pain-course',
    ])
      expect(passwordProblem(weak), weak).toMatch(/too common/);
    expect(passwordProblem('okoye-garden-2031', { email: 'ada.okoye@nhs.net' })).toBeNull();
    expect(passwordProblem('Okoye-garden-2031', { name: 'Ada Okoye' })).toMatch(/your name/);
    expect(passwordProblem('ada.okoye-is-me', { email: 'ada.okoye@nhs.net' })).toMatch(/email/);
    expect(passwordProblem('blue kettle orchard')).toBeNull();
  });
});

describe("updateStaff keeps cohorts' facilitator rules", () => {
  const PHYSIO = account('tom', { name: 'Tom Reid', discipline: 'physiotherapy' });
  const staff = [ADMIN, PRIYA, PHYSIO];
  const planned = cohort('coh-1', { name: 'Monday evenings', facilitatorIds: ['priya', 'tom'] });
  const done = cohort('coh-0', {
    name: 'Last spring',
    facilitatorIds: ['priya', 'tom'],
    status: 'completed',
  });
  const r = frozen({ staff, cohorts: [planned, done], sessions: sessions('coh-1') });
  const change = (id: string, changes: object) =>
    updateStaff(r, { staffId: id, version: 1, changes }, contextFor());

  it('refuses a discipline change that leaves a cohort with no physiotherapist, naming it', () => {
    const e = refusalOf(() => change('tom', { discipline: 'psychology' }));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^Tom Reid facilitates Monday evenings; after this change/);
    expect(e.message).toMatch(/one psychology and one physiotherapy/);
    expect(e.message).not.toMatch(/Last spring/);
    expect(e.fieldErrors).toEqual({ discipline: [e.message] });
  });

  it('refuses making a facilitator of a running cohort a manager, on the role field', () => {
    const e = refusalOf(() => change('priya', { role: 'manager', discipline: null }));
    expect(e.code).toBe('conflict');
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(['role']);
  });

  it('allows the change once the cohorts no longer need them, and any change for finished ones', () => {
    const moved = frozen({
      staff: [...staff, account('ada', { discipline: 'physiotherapy' })],
      cohorts: [{ ...planned, facilitatorIds: ['priya', 'ada'] }, done],
      sessions: sessions('coh-1'),
    });
    const out = updateStaff(
      moved,
      { staffId: 'tom', version: 1, changes: { discipline: 'psychology' } },
      contextFor(),
    );
    expect(out.result.discipline).toBe('psychology');
  });

  it('still lets a leaver be deactivated at once', () => {
    expect(change('tom', { active: false, reason: 'Left' }).result.active).toBe(false);
  });
});
