/**
 * The two datasets that flow through the system, described once: the API answers
 * these rows, the lake stores them as Parquet, raw keeps them in SQL.
 * Bump SCHEMA_VERSION whenever a column changes; readers refuse versions they do not know.
 */

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

export const COLUMNS: { [D in Dataset]: readonly (ColumnSpec & { name: keyof DatasetRows[D] & string })[] } = {
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

export function isDataset(value: string): value is Dataset {
  return (DATASETS as readonly string[]).includes(value);
}
