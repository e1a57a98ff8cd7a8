import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  importOutboxKey,
  serverOutboxKey,
} from '../../../src/features/registers/outbox/outbox-key';
import type { OutboxEntry } from '../../../src/features/registers/outbox/outbox-store';
import {
  openSealedOutboxStore,
  type SealedEntry,
} from '../../../src/features/registers/outbox/sealed-outbox-store';
import { ACCOUNTS, signInAs } from '../../utils/render-app';

// Against a real API the outbox is kept in IndexedDB encrypted (AES-GCM) under each
// user's key from the server. What a lost laptop shows is ciphertext; a wrong key, a changed
// byte or another user's entry opens as nothing and is skipped.

const NOTE = 'Said her knee is much better since week 3';

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: globalThis.crypto.randomUUID(),
  seq: 1_000,
  userId: 'stf-priya',
  tabId: 'tab-1',
  sessionId: 'ses-1',
  enrolmentId: 'enr-1',
  change: { code: 3, note: NOTE },
  baseVersion: 3,
  ...over,
});

const randomKey = () =>
  importOutboxKey(
    btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(32)))),
  );

/** A key source that gives each user their own key, and counts the asks. */
function keysFor(users: Record<string, CryptoKey>) {
  const asked: string[] = [];
  const source = async (userId: string) => {
    asked.push(userId);
    const key = users[userId];
    if (!key) throw new Error('no session');
    return key;
  };
  return { source, asked };
}

/** Everything IndexedDB holds, as a lost laptop's disk would show it. */
async function rawRecords(): Promise<SealedEntry[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('cohort-register-outbox-sealed');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return new Promise((resolve, reject) => {
    const req = db.transaction('entries').objectStore('entries').getAll();
    req.onsuccess = () => resolve(req.result as SealedEntry[]);
    req.onerror = () => reject(req.error);
  });
}

async function rewrite(record: SealedEntry) {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const open = indexedDB.open('cohort-register-outbox-sealed');
    open.onsuccess = () => resolve(open.result);
  });
  await new Promise<void>((resolve) => {
    const tx = db.transaction('entries', 'readwrite');
    tx.objectStore('entries').put(record);
    tx.oncomplete = () => resolve();
  });
}

let priya: CryptoKey;
let tom: CryptoKey;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  [priya, tom] = await Promise.all([randomKey(), randomKey()]);
});

describe('the encrypted outbox', () => {
  it('gives back what was put, in the order it was made, across a reopened page', async () => {
    const { source } = keysFor({ 'stf-priya': priya });
    const first = await openSealedOutboxStore(source);
    const later = entry({ seq: 2_000, change: { code: 2 } });
    const earlier = entry({ seq: 1_000 });
    await first.put(later);
    await first.put(earlier);
    expect(first.persistent).toBe(true);
    // The page closes; a new one with the same key (a later sign-in) reads them back.
    const reopened = await openSealedOutboxStore(keysFor({ 'stf-priya': priya }).source);
    expect(await reopened.list('stf-priya')).toEqual([earlier, later]);
    await reopened.delete(earlier.id);
    expect(await reopened.list('stf-priya')).toEqual([later]);
  });

  it('holds only ciphertext, the entry id and the user id: no note, code or record ids', async () => {
    const store = await openSealedOutboxStore(keysFor({ 'stf-priya': priya }).source);
    const a = entry();
    const b = entry({ seq: 2_000 });
    await store.put(a);
    await store.put(b);
    const records = await rawRecords();
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(['data', 'id', 'iv', 'userId']);
      const bytes = new TextDecoder('latin1').decode(new Uint8Array(record.data));
      for (const plain of [NOTE, 'knee', '"code"', 'enr-1', 'ses-1', 'tab-1'])
        expect(bytes.includes(plain), plain).toBe(false);
      expect(record.iv.byteLength).toBe(12);
    }
    // A fresh IV for every entry, even for the same change.
    expect(records[0]!.iv).not.toEqual(records[1]!.iv);
    console.log(`sealed outbox: ${records.length} records, no plain text of the note found`);
  });

  it('opens nothing with the wrong key', async () => {
    const writer = await openSealedOutboxStore(keysFor({ 'stf-priya': priya }).source);
    await writer.put(entry());
    const wrong = await openSealedOutboxStore(keysFor({ 'stf-priya': await randomKey() }).source);
    expect(await wrong.list('stf-priya')).toEqual([]);
  });

  it('skips an entry whose ciphertext was changed, and keeps the others', async () => {
    const store = await openSealedOutboxStore(keysFor({ 'stf-priya': priya }).source);
    const kept = entry({ seq: 2_000 });
    const tampered = entry({ seq: 1_000 });
    await store.put(kept);
    await store.put(tampered);
    const record = (await rawRecords()).find((r) => r.id === tampered.id)!;
    const data = new Uint8Array(record.data);
    data[0]! ^= 1;
    await rewrite({ ...record, data: data.buffer });
    expect(await store.list('stf-priya')).toEqual([kept]);
  });

  it("never reads another user's entries, nor one moved into this user's name", async () => {
    const { source, asked } = keysFor({ 'stf-priya': priya, 'stf-tom': tom });
    const store = await openSealedOutboxStore(source);
    const mine = entry();
    const toms = entry({ userId: 'stf-tom', seq: 2_000 });
    await store.put(mine);
    await store.put(toms);
    expect(await store.list('stf-priya')).toEqual([mine]);
    expect(await store.list('stf-tom')).toEqual([toms]);
    // Tom's entry relabelled as Priya's does not open with her key (nor with his: the
    // additional data names the user).
    const record = (await rawRecords()).find((r) => r.id === toms.id)!;
    await rewrite({ ...record, userId: 'stf-priya' });
    expect(await store.list('stf-priya')).toEqual([mine]);
    expect(await store.list('stf-tom')).toEqual([]);
    // Each user's key was asked for once.
    expect(asked.sort()).toEqual(['stf-priya', 'stf-tom']);
  });

  it('without a key nothing is written; the key is asked for again later, and after lock()', async () => {
    let online = false;
    const asked: string[] = [];
    const store = await openSealedOutboxStore(async (userId) => {
      asked.push(userId);
      if (!online) throw new TypeError('Failed to fetch');
      return priya;
    });
    await expect(store.put(entry())).rejects.toThrow('Failed to fetch');
    expect(store.persistent).toBe(false);
    expect(await rawRecords()).toEqual([]);
    online = true;
    await store.put(entry());
    expect(store.persistent).toBe(true);
    expect(await store.list('stf-priya')).toHaveLength(1);
    store.lock();
    expect(store.persistent).toBe(false);
    expect(await store.list('stf-priya')).toHaveLength(1);
    expect(asked).toEqual(['stf-priya', 'stf-priya', 'stf-priya']);
  });
});

describe("the server's key", () => {
  it("is the signed-in user's, and refused for anyone else", async () => {
    const staff = signInAs(ACCOUNTS.priya);
    const key = await serverOutboxKey(staff.id);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(serverOutboxKey('stf-someone-else')).rejects.toThrow(/another user/);
  });
});
