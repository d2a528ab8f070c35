/**
 * What the dashboard's load functions need to stay within 50 ms on a year of data (issue 10,
 * docs/bench/dashboard.md): sensor_daily, the per-sensor day sums the year-long sensor chart
 * reads (filled here from sensor_hourly for the days already built), indexes that lead with
 * the store, as every store-view query filters on one store and a date range, and one led by
 * the date for the chain overview's sums over every store.
 */
import type { Knex } from 'knex';
import { writeSensorDaily } from '../lib/analytics/sensor-daily.ts';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

const STORE_DATE = ['store_id', 'local_date'];
/**
 * The store view sums a store's hours per day, hour of day and weekday x hour: with every
 * column it reads in the index, a year is an index range scan with no lookups into the table.
 */
const STORE_HOURS = [...STORE_DATE, 'local_hour', 'visitors', 'visitors_measured', 'transactions', 'revenue'];
/** The chain overview sums every store's days of a period: the same, led by the date. */
const CHAIN_DAYS = ['local_date', 'store_id', 'visitors', 'transactions', 'revenue'];
const INDEXES: [string, string[], string][] = [
  [ANALYTICS.sensorHourly, STORE_DATE, 'store_view'],
  [ANALYTICS.storeHourly, STORE_HOURS, 'store_view'],
  [ANALYTICS.storeDaily, CHAIN_DAYS, 'chain_view'],
];

export async function up(db: Knex): Promise<void> {
  const daily = tableRef(db, 'analytics', ANALYTICS.sensorDaily);
  await ddl(db, daily).createTable(daily.table, (t) => {
    t.integer('store_id').notNullable();
    t.integer('sensor_id').notNullable();
    t.date('local_date').notNullable();
    t.integer('visitors').nullable();
    t.integer('visitors_measured').notNullable();
    t.integer('estimated_hours').notNullable();
    t.integer('hours').notNullable();
    t.timestamp('built_at', { useTz: true }).notNullable();
    t.primary(['store_id', 'sensor_id', 'local_date']);
    t.index(STORE_DATE);
    t.index(['local_date']);
  });
  for (const [name, columns, view] of INDEXES) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.index(columns, `${name}_${view}_index`);
    });
  }
  await writeSensorDaily(db, new Date().toISOString());
}

export async function down(db: Knex): Promise<void> {
  for (const [name, columns, view] of INDEXES) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.dropIndex(columns, `${name}_${view}_index`);
    });
  }
  const daily = tableRef(db, 'analytics', ANALYTICS.sensorDaily);
  await ddl(db, daily).dropTableIfExists(daily.table);
}
