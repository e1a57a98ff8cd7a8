import { QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { readToken } from '../../../src/api/session-token';
import type { MarkVariables } from '../../../src/features/registers/api/register-cache';
import { leftAfter, sameChange } from '../../../src/features/registers/api/row-problems';
import { entryOf, narrow, TAB_ID } from '../../../src/features/registers/outbox/outbox';
import {
  memoryOutboxStore,
  setOutboxStore,
  type OutboxEntry,
  type OutboxStore,
} from '../../../src/features/registers/outbox/outbox-store';
import { deliver } from '../../../src/features/registers/outbox/replay';
import { ACCOUNTS, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// The outbox keeps each change with the Idempotency-Key it goes with, so a send whose answer
// was lost, sent again after a reload, gets the server's first answer rather than a 412.

const COHORT = 'Autumn A – online';
let outbox: OutboxStore;

beforeEach(() => {
  outbox = memoryOutboxStore();
  setOutboxStore(outbox);
});

const variables = (over: Partial<MarkVariables> = {}): MarkVariables => ({
  enrolmentId: 'enr-1',
  change: { code: 5 },
  entryId: 'entry-1',
  seq: 1,
  userId: 'stf-1',
  baseVersion: 0,
  idempotencyKey: 'key-1',
  ...over,
});

describe('an outbox entry', () => {
  it('keeps the key its change is sent with', () => {
    expect(entryOf(variables(), 'ses-1')).toMatchObject({
      id: 'entry-1',
      tabId: TAB_ID,
      idempotencyKey: 'key-1',
      change: { code: 5 },
    });
  });

  it('is narrowed to the fields still waiting, keeping its key and order', async () => {
    await outbox.put(entryOf(variables({ change: { code: 6, note: 'Train delayed' } }), 's'));
    await narrow('stf-1', 'entry-1', { note: 'Train delayed' });
    expect(await outbox.list('stf-1')).toEqual([
      expect.objectContaining({
        change: { note: 'Train delayed' },
        idempotencyKey: 'key-1',
        seq: 1,
      }),
    ]);
  });
});

describe('fields waiting on a row', () => {
  it('leaves a note waiting when only a mark is made after it', () => {
    expect(leftAfter({ code: 6, note: 'x' }, { code: 3 })).toEqual({ note: 'x' });
    expect(leftAfter({ note: 'x' }, { note: 'y' })).toBeNull();
    expect(leftAfter({ code: 3, amendmentReason: 'typo' }, { code: 5 })).toBeNull();
  });

  it('tells the same change from another', () => {
    expect(sameChange({ code: 5, note: 'a' }, { note: 'a', code: 5 })).toBe(true);
    expect(sameChange({ code: 5 }, { code: 5, note: '' })).toBe(false);
  });
});

describe('replaying the outbox', () => {
  it('sends each entry again with its own key, and a write that landed is not a conflict', async () => {
    const staff = signInAs(ACCOUNTS.priya);
    const session = todaysSession(COHORT);
    const [first, second] = enrolmentsOf(COHORT);
    const entry = (enrolmentId: string, over: Partial<OutboxEntry>): OutboxEntry => ({
      ...entryOf(variables({ enrolmentId, userId: staff.id }), session.id),
      tabId: 'a-closed-page',
      ...over,
    });
    // The first was sent before the page closed: the server has it, under its key.
    await outbox.put(entry(first!.enrolment.id, { id: 'e1', idempotencyKey: 'k1', seq: 1 }));
    await outbox.put(entry(second!.enrolment.id, { id: 'e2', idempotencyKey: undefined, seq: 2 }));
    const sent: (string | null)[] = [];
    server.use(
      http.put('*/api/sessions/:sid/attendance/:eid', ({ request }) => {
        sent.push(request.headers.get('idempotency-key'));
      }),
    );
    const qc = new QueryClient();
    const landed = await fetch(
      `http://localhost/api/sessions/${session.id}/attendance/${first!.enrolment.id}`,
      {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          'If-Match': '"0"',
          'Idempotency-Key': 'k1',
          Authorization: `Bearer ${readToken()}`,
        },
        body: JSON.stringify({ code: 5 }),
      },
    );
    expect(landed.status).toBe(200);
    sent.length = 0;

    expect(await deliver(qc, staff.id)).toBe(0);
    expect(sent).toEqual(['k1', 'e2']);
    const at = (id: string) =>
      store.data.attendance.find((a) => a.sessionId === session.id && a.enrolmentId === id);
    expect(at(first!.enrolment.id)).toMatchObject({ code: 5, version: 1 });
    expect(at(second!.enrolment.id)).toMatchObject({ code: 5, version: 1 });
    expect(await outbox.list(staff.id)).toEqual([]);
  });
});
