import type { Knex } from 'knex';
import type { Dialect } from './connect.ts';

/**
 * Bound parameters one statement may carry: SQL Server allows 2,100 (we keep a margin),
 * SQLite 32,766 (since 3.32), PostgreSQL 65,535.
 */
export const MAX_PARAMS: Record<Dialect, number> = { mssql: 2000, sqlite: 32_000, pg: 60_000 };

/**
 * knex writes a SQLite multi-row insert as `select … union all select …`, and SQLite refuses
 * more than 500 terms in a compound SELECT ("too many terms in compound SELECT").
 */
const MAX_ROWS: Record<Dialect, number> = { mssql: Infinity, sqlite: 500, pg: Infinity };

/** Rows per multi-row INSERT so that rows x columns stays under the dialect's limit. */
export function rowsPerInsert(dialect: Dialect, columns: number): number {
  if (columns < 1) throw new Error('an insert needs at least one column');
  return Math.max(1, Math.min(MAX_ROWS[dialect], Math.floor(MAX_PARAMS[dialect] / columns)));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Multi-row insert split to respect the dialect's parameter limit. */
export async function insertChunked(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const size = rowsPerInsert(dialect, Object.keys(rows[0]!).length);
  for (const part of chunk(rows, size)) await db(table).insert(part);
}
