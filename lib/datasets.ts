/**
 * The two datasets that flow through the system, described once: the API answers
 * these rows, the lake stores them as Parquet, raw keeps them in SQL.
 * Bump SCHEMA_VERSION whenever a column changes; readers refuse versions they do not know.
 */
import { PermanentError } from './errors.ts';

export const DATASETS = ['visitors', 'transactions'] as const;
export type Dataset = (typeof DATASETS)[number];

export const SCHEMA_VERSION = 1;

/** One door sensor's count for one UTC hour; null when the reading is missing. */
export interface VisitorRow {
  store_id: number;
  sensor_id: number;
  hour_utc: string;
  local_date: string;
  local_hour: number;
  visitors: number | null;
}

/** One store's till totals for one UTC hour. */
export interface TransactionRow {
  store_id: number;
  hour_utc: string;
  local_date: string;
  local_hour: number;
  transactions: number;
  revenue: number;
}

export interface DatasetRows {
  visitors: VisitorRow;
  transactions: TransactionRow;
}

/** Column kinds, mapped to Parquet logical types in lib/lake and SQL types in migrations. */
export type ColumnKind = 'int32' | 'double' | 'utf8' | 'date' | 'timestamp';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

export const COLUMNS: { [D in Dataset]: readonly (ColumnSpec & { name: keyof DatasetRows[D] & string })[] } =
  {
    visitors: [
      { name: 'store_id', kind: 'int32', nullable: false },
      { name: 'sensor_id', kind: 'int32', nullable: false },
      { name: 'hour_utc', kind: 'timestamp', nullable: false },
      { name: 'local_date', kind: 'date', nullable: false },
      { name: 'local_hour', kind: 'int32', nullable: false },
      { name: 'visitors', kind: 'int32', nullable: true },
    ],
    transactions: [
      { name: 'store_id', kind: 'int32', nullable: false },
      { name: 'hour_utc', kind: 'timestamp', nullable: false },
      { name: 'local_date', kind: 'date', nullable: false },
      { name: 'local_hour', kind: 'int32', nullable: false },
      { name: 'transactions', kind: 'int32', nullable: false },
      { name: 'revenue', kind: 'double', nullable: false },
    ],
  };

/** The columns that identify one row within an hour: the grain that raw enforces as unique. */
export const GRAIN: { [D in Dataset]: readonly string[] } = {
  visitors: ['hour_utc', 'store_id', 'sensor_id'],
  transactions: ['hour_utc', 'store_id'],
};

export class DatasetValidationError extends PermanentError {
  override name = 'DatasetValidationError';
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function valid(kind: ColumnKind, value: unknown): boolean {
  switch (kind) {
    case 'int32':
      return Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'utf8':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && DATE_RE.test(value);
    case 'timestamp':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  }
}

/**
 * Checks rows claimed to be one hour of a dataset: every column present with the right
 * type, the right hour, no duplicate grain. Returns rows holding exactly the schema's
 * columns (extra fields a source adds are dropped, not stored).
 */
export function validateHourRows<D extends Dataset>(
  dataset: D,
  hourUtc: string,
  rows: unknown,
  source: string,
): DatasetRows[D][] {
  if (!Array.isArray(rows))
    throw new DatasetValidationError(`${source}: expected an array of ${dataset} rows`);
  const columns = COLUMNS[dataset];
  const seen = new Set<string>();
  return rows.map((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null) {
      throw new DatasetValidationError(`${source}: row ${i} is not an object`);
    }
    const input = raw as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (const c of columns) {
      const value = input[c.name];
      const ok = value === null || value === undefined ? c.nullable && value === null : valid(c.kind, value);
      if (!ok) {
        throw new DatasetValidationError(
          `${source}: row ${i} column "${c.name}" is ${JSON.stringify(value)}, expected ${c.nullable ? 'null or ' : ''}${c.kind}`,
        );
      }
      row[c.name] = value;
    }
    if (Date.parse(row.hour_utc as string) !== Date.parse(hourUtc)) {
      throw new DatasetValidationError(
        `${source}: row ${i} is for hour ${String(row.hour_utc)}, expected ${hourUtc}`,
      );
    }
    row.hour_utc = hourUtc;
    const key = GRAIN[dataset].map((k) => String(row[k])).join('|');
    if (seen.has(key))
      throw new DatasetValidationError(
        `${source}: row ${i} duplicates ${GRAIN[dataset].join(', ')} = ${key}`,
      );
    seen.add(key);
    return row as unknown as DatasetRows[D];
  });
}
