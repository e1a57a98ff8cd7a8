import type { AuditAction } from '../audit-actions';
import type { Changes, Outcome, Records } from './command';

/** Collects changes as a command goes; `put` keeps the latest version of each record. */
export class ChangeSet {
  readonly changes: Changes = { put: {}, remove: {}, audit: [] };

  put<T extends keyof Records>(table: T, record: Records[T]): Records[T] {
    const list = (this.changes.put[table] ??= []) as Records[T][];
    const at = list.findIndex((r) => (r as { id: string }).id === (record as { id: string }).id);
    if (at >= 0) list[at] = record;
    else list.push(record);
    return record;
  }

  remove<T extends keyof Records>(table: T, id: string): void {
    const ids: string[] = (this.changes.remove[table] ??= []);
    ids.push(id);
  }

  audit(
    action: AuditAction,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ): void {
    this.changes.audit.push({
      action,
      entity,
      entityId,
      before: before ?? null,
      after: after ?? null,
    });
  }

  done<R>(result: R): Outcome<R> {
    return { changes: this.changes, result };
  }
}
