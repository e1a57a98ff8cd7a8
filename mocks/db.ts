import type { StaffAccount } from '../src/api/schemas/staff-accounts';
import type { Snapshot } from '../src/backend/snapshot';
import type { AccessLogRow } from '../src/backend/resolver';

export interface StaffRecord extends StaffAccount {
  /** In plain text: the mock is a demo. None until an admin sets a temporary one. */
  password?: string | null;
  /** Set by a temporary password: the next sign-in must choose a new one. */
  mustChangePassword?: boolean;
  /** When the temporary password was set (it expires after the service's setting). */
  temporaryPasswordSetAt?: string | null;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The mock's whole state: the records every backend reads (with staff passwords, which only
 * the mock keeps in plain text, being a demo), plus its sessions and idempotency answers. */
export interface Db extends Omit<Snapshot, 'staff'> {
  seededOn: string;
  staff: StaffRecord[];
  /** Who was shown which people (src/domain/access-actions.ts), oldest first. */
  access: (AccessLogRow & { participantId: string; requestId: string })[];
  /** token -> staff id */
  tokens: Record<string, string>;
  /** Idempotency-Key -> the response first given, so a retry never acts twice. */
  idempotency: Record<string, StoredResponse>;
  nextId: number;
}

type Listener = (db: Db) => void;

/** The mock backend's whole state. Writes go through `transact` so a failed write
 * leaves nothing behind (the server rule "nothing is partially written"). */
class Store {
  private current: Db | null = null;
  private listeners: Listener[] = [];

  get data(): Db {
    if (!this.current) throw new Error('Mock store used before it was seeded');
    return this.current;
  }

  load(db: Db): void {
    this.current = db;
  }

  onCommit(listener: Listener): void {
    this.listeners.push(listener);
  }

  transact<T>(write: (db: Db) => T): T {
    const before = structuredClone(this.data);
    try {
      const result = write(this.data);
      this.listeners.forEach((l) => l(this.data));
      return result;
    } catch (e) {
      this.current = before;
      throw e;
    }
  }

  newId(prefix: string): string {
    const id = `${prefix}_${this.data.nextId.toString(36).padStart(4, '0')}`;
    this.data.nextId += 1;
    return id;
  }
}

export const store = new Store();
