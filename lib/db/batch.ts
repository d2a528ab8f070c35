import type { Knex } from 'knex';
import type { Dialect } from './connect.ts';

/**
 * Bound parameters one statement may carry: SQL Server allows 2,100 (we keep a margin),
 * SQLite 32,766 (since 3.32), PostgreSQL 65,535.
 */
export const MAX_PARAMS: Record<Dialect, number> = { mssql: 2000, sqlite: 32_000, pg: 60_000 };

/** SQL Server also refuses more than 1,000 rows in one VALUES list; the others limit only parameters. */
const MAX_VALUES_ROWS: Record<Dialect, number> = { mssql: 1000, sqlite: Infinity, pg: Infinity };

/** Rows per multi-row INSERT so that rows x columns stays under the dialect's limit. */
export function rowsPerInsert(dialect: Dialect, columns: number): number {
  if (columns < 1) throw new Error('an insert needs at least one column');
  return Math.max(1, Math.min(MAX_VALUES_ROWS[dialect], Math.floor(MAX_PARAMS[dialect] / columns)));
}

/** Values per `where … in (…)` list: one parameter each. */
export function valuesPerInList(dialect: Dialect): number {
  return MAX_PARAMS[dialect];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The rows of `query` run once per chunk of `values`, in order. Appended row by row: spreading
 * a chunk's result into push() passes every row as an argument, and a few hundred thousand
 * rows (1,000 stores x 20 sensors x a day of hours) overflow the call stack.
 */
export async function queryInChunks<V, T>(
  values: readonly V[],
  size: number,
  query: (part: V[]) => Promise<readonly T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunk(values, size)) for (const row of await query(part)) out.push(row);
  return out;
}

/**
 * JSON drops what it cannot represent; refuse it rather than store a different value. Checked
 * value by value before JSON.stringify: a replacer function would be called for every key.
 */
function finite(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot insert ${value}`);
  return value;
}

/**
 * A value as SQLite stores it (booleans as 0/1), for JSON. A Date becomes its ISO text, the
 * warehouse's form for instants on SQLite (lib/db/timestamps.ts), as JSON.stringify gives it
 * to PostgreSQL.
 */
function sqliteValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return Number(value);
  return finite(value);
}

/**
 * Multi-row insert split to respect the dialect's parameter limit. Every row has the columns
 * of the first; `constants` are columns with one value for all rows (lineage), added here so
 * callers do not copy each row.
 */
export async function insertChunked(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  table: string,
  rows: readonly object[],
  constants: Record<string, unknown> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const rowColumns = Object.keys(rows[0]!);
  const constColumns = Object.keys(constants);
  const columns = [...rowColumns, ...constColumns];
  const size = rowsPerInsert(dialect, columns.length);
  const names = columns.map(() => '??').join(', ');
  for (const part of chunk(rows, size)) {
    if (dialect === 'pg') {
      for (const r of part) for (const v of Object.values(r)) finite(v);
      for (const v of Object.values(constants)) finite(v);
      // One JSON parameter that the server spreads into rows of the table's own types: far
      // cheaper to bind and parse than tens of thousands of parameters, same constraints.
      const picked = [...rowColumns.map(() => 'r.??'), ...constColumns.map(() => 'c.??')].join(', ');
      await db.raw(
        `insert into ?? (${names}) select ${picked} from json_populate_recordset(null::??, ?) r, json_populate_record(null::??, ?) c`,
        [table, ...columns, ...columns, table, JSON.stringify(part), table, JSON.stringify(constants)],
      );
    } else if (dialect === 'sqlite') {
      // Also one JSON parameter, spread by json_each: a statement binding thousands of values
      // is slow to format and bind, and better-sqlite3 holds each prepared statement's native
      // memory (megabytes at that size) until V8 happens to collect its small handle.
      const picked = [...rowColumns.map((_, i) => `value ->> ${i}`), ...constColumns.map(() => '?')];
      const values = part.map((r) => rowColumns.map((c) => sqliteValue((r as Record<string, unknown>)[c])));
      await db.raw(`insert into ?? (${names}) select ${picked.join(', ')} from json_each(?)`, [
        table,
        ...columns,
        ...constColumns.map((c) => sqliteValue(constants[c]) as Knex.RawBinding),
        JSON.stringify(values),
      ]);
    } else {
      await db(table).insert(part.map((r) => ({ ...r, ...constants })));
    }
  }
}

/** Half-open range of ids [from, to); null is unbounded on that side. */
export interface IdRange {
  from: number | null;
  to: number | null;
}

/**
 * Consecutive ranges of `size` of the given ids each, that together cover every number: the
 * first is open below and the last above, so rows whose id is not in the list (a store missing
 * from a dimension) still fall in one range. Always at least one range.
 */
export function idRanges(ids: readonly number[], size: number): IdRange[] {
  if (!(size >= 1)) throw new Error('a range needs at least one id');
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const starts = chunk(sorted, size).map((part) => part[0]!);
  if (starts.length === 0) return [{ from: null, to: null }];
  return starts.map((start, i) => ({ from: i === 0 ? null : start, to: starts[i + 1] ?? null }));
}

/** Rows written as they are produced: see rowWriter. */
export interface RowWriter {
  /** Buffers the row; inserts the buffer once it holds one statement's worth of rows. */
  add(row: object): Promise<void>;
  /** Inserts what is buffered. */
  flush(): Promise<void>;
}

/**
 * insertChunked for rows produced one at a time: the caller holds at most one statement's rows
 * instead of all of them (a batch of the day build is about 12,000 sensor-hours). The statements
 * and their order are those insertChunked issues for the same rows.
 */
export function rowWriter(
  db: Knex | Knex.Transaction,
  dialect: Dialect,
  table: string,
  constants: Record<string, unknown> = {},
): RowWriter {
  let buffer: object[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    await insertChunked(db, dialect, table, rows, constants);
  };
  return {
    async add(row) {
      if (size === 0) size = rowsPerInsert(dialect, Object.keys(row).length + Object.keys(constants).length);
      buffer.push(row);
      if (buffer.length >= size) await flush();
    },
    flush,
  };
}
