import type { PGlite } from '@electric-sql/pglite';
import { StartupError } from '../startup-error';

// The embedded database checks itself at every start. PostgreSQL recovers from its WAL after
// kill -9 or a restored copy, so those start as usual; what it cannot notice by itself is a
// data file that was cut short or garbled underneath it (a full disk, a bad copy): rows then
// vanish without an error, or fail one request at a time much later. So, before any request:
// amcheck (bundled with PGlite) verifies every table's pages and every B-tree index, and a
// count of each table through its primary key reads every row the index knows of, which is
// what finds a table file cut short (its index still lists the rows that were in it).

interface Relation {
  name: string;
}

const TABLES = `select c.oid::regclass::text as name from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r' order by 1`;
const BTREE_INDEXES = `select c.oid::regclass::text as name from pg_class c
  join pg_namespace n on n.oid = c.relnamespace join pg_am a on a.oid = c.relam
  where n.nspname = 'public' and c.relkind = 'i' and a.amname = 'btree' order by 1`;

/** Every table and index of the app, checked; the first damage found stops the start. */
export async function checkEmbeddedIntegrity(client: PGlite, dir: string): Promise<void> {
  await client.exec('create schema if not exists integrity');
  await client.exec('create extension if not exists amcheck schema integrity');
  const tables = (await client.query<Relation>(TABLES)).rows;
  for (const { name } of tables) {
    await inspect(dir, name, async () => {
      const pages = await client.query(
        'select blkno, msg from integrity.verify_heapam($1::regclass) limit 1',
        [name],
      );
      const first = pages.rows[0] as { blkno: number; msg: string } | undefined;
      if (first) throw new Error(`page ${first.blkno}: ${first.msg}`);
      await countThroughIndex(client, name);
    });
  }
  for (const { name } of (await client.query<Relation>(BTREE_INDEXES)).rows) {
    await inspect(dir, name, () =>
      client.query('select integrity.bt_index_check($1::regclass, true)', [name]),
    );
  }
}

/** Reads every row the primary key points at, in key order (so through the index, not a scan
 * of the file): a row in a block the file no longer has is an error here, where a plain count
 * would quietly see fewer rows. */
async function countThroughIndex(client: PGlite, table: string): Promise<void> {
  const key = await client.query<{ col: string }>(
    `select quote_ident(a.attname) as col from pg_index i
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
       where i.indrelid = $1::regclass and i.indisprimary`,
    [table],
  );
  const col = key.rows[0]?.col;
  if (!col) return;
  await client.transaction(async (tx) => {
    await tx.exec(
      'set local enable_seqscan = off; set local enable_bitmapscan = off; set local enable_indexonlyscan = off; set local enable_sort = off',
    );
    await tx.query(`select count(*) from (select ${col} from ${table} order by ${col} offset 0) s`);
  });
}

async function inspect(dir: string, name: string, check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new StartupError(
      `The embedded database in ${dir} is damaged: ${name} failed its check at start (${detail}). ` +
        'The server did not start, so nothing more was lost or changed. Restore the folder from ' +
        'a backup (docs/records-and-security.md), or move it aside to start afresh.',
    );
  }
}
