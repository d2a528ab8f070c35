/**
 * The warehouse has two layers, `raw` and `analytics`. PostgreSQL and SQL Server have
 * real schemas; SQLite does not (ATTACHed databases break knex's hasTable, indexes and
 * views), so there each layer becomes a table-name prefix: raw.visitors -> raw_visitors.
 * This is the only place that knows.
 */
import type { Knex } from 'knex';
import { dialectOf } from './connect.ts';

export type Layer = 'raw' | 'analytics';

export interface TableRef {
  /** The schema to put DDL in, or undefined on SQLite. */
  schema: string | undefined;
  /** The table name inside that schema. */
  table: string;
  /** What to pass to db(...) or `??` in queries. */
  qualified: string;
}

export function tableRef(db: Knex, layer: Layer, name: string): TableRef {
  if (dialectOf(db) === 'sqlite') {
    const table = `${layer}_${name}`;
    return { schema: undefined, table, qualified: table };
  }
  return { schema: layer, table: name, qualified: `${layer}.${name}` };
}

/** A schema builder positioned on the ref's schema, for DDL. */
export function ddl(db: Knex | Knex.Transaction, ref: TableRef): Knex.SchemaBuilder {
  return ref.schema ? db.schema.withSchema(ref.schema) : db.schema;
}

export const RAW = {
  visitors: 'visitors',
  transactions: 'transactions',
  ingestionLog: 'ingestion_log',
} as const;
export const ANALYTICS = {
  storeHourly: 'store_hourly',
  storeDaily: 'store_daily',
  dimStore: 'dim_store',
  dimSensor: 'dim_sensor',
  dimDate: 'dim_date',
  dimStoreDate: 'dim_store_date',
  sensorHourly: 'sensor_hourly',
  dataQualityDaily: 'data_quality_daily',
  sensorDailyBaseline: 'sensor_daily_baseline',
  storeHourProfile: 'store_hour_profile',
  dayBuilds: 'day_builds',
  dataTestResults: 'data_test_results',
  sensorHealthHourly: 'sensor_health_hourly',
  sensorAlerts: 'sensor_alerts',
  forecastStoreHourly: 'forecast_store_hourly',
  forecastStoreDaily: 'forecast_store_daily',
  staffingStoreHourly: 'staffing_store_hourly',
  sensorDaily: 'sensor_daily',
  /** A view of raw.ingestion_log, so the dashboard reads analytics only. */
  ingestionLog: 'ingestion_log',
} as const;
