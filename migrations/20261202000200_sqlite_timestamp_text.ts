/**
 * Decision 0021: on SQLite every timestamp column holds ISO-8601 UTC text in one form per
 * column (lib/db/timestamps.ts). Existing values in another form (epoch milliseconds from a
 * bound Date, text with a space or without milliseconds) are rewritten in it, and triggers
 * refuse other forms from now on. PostgreSQL and SQL Server have real timestamp types:
 * nothing to do there.
 *
 * down drops the triggers only: the rewritten values stay in the canonical form, which every
 * reader parses as before (one-way, and harmless).
 */
import type { Knex } from 'knex';
import { dialectOf } from '../lib/db/connect.ts';
import { dropSqliteTimestampGuards, guardSqliteTimestamps } from '../lib/db/timestamps.ts';

async function warehouseTables(db: Knex): Promise<string[]> {
  const rows = (await db.raw(
    `select name from sqlite_master where type = 'table' and (name like 'raw\\_%' escape '\\' or name like 'analytics\\_%' escape '\\') order by name`,
  )) as { name: string }[];
  return rows.map((r) => r.name);
}

export async function up(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  for (const table of await warehouseTables(db)) await guardSqliteTimestamps(db, table);
}

export async function down(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  for (const table of await warehouseTables(db)) await dropSqliteTimestampGuards(db, table);
}
