import { beforeAll, describe, expect, it } from 'vitest';
import { matchesStatus, type ListedReferral } from '../../src/domain/waiting-list';
import { AS, call, expectContract, expectError, referral, resetDemo } from './contract-client';

// An entry the service can keep true, on every backend: edited with If-Match
// (412 with the current record when stale), closed with a reason and reopened, each audited.

interface Detail {
  id: string;
  status: string;
  version: number;
  phone: string | null;
  email: string | null;
  availability: { day: string; time: string }[];
  urgent: boolean;
  closure: { reason: string; note: string } | null;
}

const edit = {
  phone: '07700 900123',
  email: 'new.address@example.com',
  availability: [
    { day: 'mon', time: 'evening' },
    { day: 'sat', time: 'morning' },
  ],
  accessNeeds: 'Captions on video calls',
  urgent: true,
  notes: 'Urgency raised by her GP',
};

async function add(nhsNumber: string): Promise<Detail> {
  const created = await call<{ id: string }>('POST /referrals', {
    as: AS.admin,
    body: referral(nhsNumber),
  });
  expect(created.status).toBe(201);
  return (
    await call<Detail>('GET /referrals/:id', { as: AS.admin, params: { id: created.body.id } })
  ).body;
}

async function searchStatus(status: string): Promise<ListedReferral[]> {
  const page = await call<{ items: ListedReferral[]; total: number }>('POST /referrals/search', {
    as: AS.admin,
    body: { status, limit: 200 },
  });
  expect(page.status).toBe(200);
  return page.body.items;
}

beforeAll(resetDemo);

describe('editing, closing and reopening an entry', () => {
  it('PATCH /referrals/:id saves the edit with If-Match; a stale version gets 412 and the current record', async () => {
    const entry = await add('9990001707');
    const saved = expectContract(
      'PATCH /referrals/:id',
      await call<Detail>('PATCH /referrals/:id', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: edit,
      }),
    );
    expect(saved).toMatchObject({
      phone: '07700 900123',
      email: 'new.address@example.com',
      availability: edit.availability,
      urgent: true,
      version: entry.version + 1,
    });
    const stale = expectError(
      await call('PATCH /referrals/:id', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: { ...edit, notes: 'Mine' },
      }),
      412,
      'stale_version',
    );
    expect(stale.current).toMatchObject({
      id: entry.id,
      version: saved.version,
      notes: edit.notes,
    });
    // The same rules as the form: a list of slots, at least one, and a way to reach them.
    for (const [body, field] of [
      [{ ...edit, availability: { days: ['mon'], times: ['evening'] } }, 'availability'],
      [{ ...edit, availability: [] }, 'availability'],
      [{ ...edit, phone: '', email: '' }, 'phone'],
    ] as const) {
      const bad = expectError(
        await call('PATCH /referrals/:id', {
          as: AS.admin,
          params: { id: entry.id },
          version: saved.version,
          body,
        }),
        400,
        'validation_failed',
      );
      expect(Object.keys(bad.fieldErrors ?? {})).toEqual([field]);
    }
    expectError(
      await call('PATCH /referrals/:id', {
        as: AS.manager,
        params: { id: entry.id },
        version: saved.version,
        body: edit,
      }),
      403,
      'forbidden',
    );
  });

  it('POST /referrals/:id/close takes a reason from the list (other needs a note); the status filter finds it', async () => {
    const entry = await add('9990001715');
    expectError(
      await call('POST /referrals/:id/close', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: { reason: 'other' },
      }),
      400,
      'validation_failed',
    );
    expectError(
      await call('POST /referrals/:id/close', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: { reason: 'bored' },
      }),
      400,
      'validation_failed',
    );
    const closed = expectContract(
      'POST /referrals/:id/close',
      await call<Detail>('POST /referrals/:id/close', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: { reason: 'moved_out_of_area', note: 'Moved to Leeds' },
      }),
    );
    expect(closed.status).toBe('closed');
    expect(closed.closure).toMatchObject({ reason: 'moved_out_of_area', note: 'Moved to Leeds' });
    const closedRows = await searchStatus('closed');
    expect(closedRows.map((r) => r.id)).toContain(entry.id);
    expect(closedRows.every((r) => matchesStatus(r.status, 'closed'))).toBe(true);
    expect((await searchStatus('open')).map((r) => r.id)).not.toContain(entry.id);
    expectError(
      await call('POST /referrals/:id/close', {
        as: AS.admin,
        params: { id: entry.id },
        version: closed.version,
        body: { reason: 'discharged' },
      }),
      409,
      'invalid_state',
    );
  });

  it('POST /referrals/:id/reopen puts a closed entry back on the list; each step is in the audit trail', async () => {
    const entry = await add('9990001723');
    const closed = (
      await call<Detail>('POST /referrals/:id/close', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: { reason: 'not_contactable' },
      })
    ).body;
    expectError(
      await call('POST /referrals/:id/reopen', {
        as: AS.admin,
        params: { id: entry.id },
        version: entry.version,
        body: {},
      }),
      412,
      'stale_version',
    );
    const reopened = expectContract(
      'POST /referrals/:id/reopen',
      await call<Detail>('POST /referrals/:id/reopen', {
        as: AS.admin,
        params: { id: entry.id },
        version: closed.version,
        body: {},
      }),
    );
    expect(reopened).toMatchObject({ status: 'waiting', closure: null });
    expect((await searchStatus('open')).map((r) => r.id)).toContain(entry.id);
    const trail = await call<{ items: { action: string }[] }>('GET /audit', {
      as: AS.admin,
      query: { record: entry.id },
    });
    expect(trail.body.items.map((e) => e.action)).toEqual([
      'referral.reopen',
      'referral.close',
      'referral.create',
    ]);
  });
});
