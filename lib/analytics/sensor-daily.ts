/**
 * analytics.sensor_daily: sensor_hourly summed per sensor and store-local day, so the
 * dashboard's year-long sensor chart reads 365 rows a sensor instead of 24 times that. One
 * set-based statement, written by the day build after sensor_hourly and by the migration
 * that created the table (for days built before it).
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '../db/naming.ts';

const COLUMNS = [
  'store_id',
  'sensor_id',
  'local_date',
  'visitors',
  'visitors_measured',
  'estimated_hours',
  'hours',
  'built_at',
];

/**
 * Replaces sensor_daily for the given dates (all of them when `dates` is undefined) from
 * sensor_hourly. visitors is null when every hour was excluded (no estimate was possible).
 */
export async function writeSensorDaily(
  db: Knex | Knex.Transaction,
  builtAt: string,
  date?: string,
): Promise<void> {
  const daily = tableRef(db, 'analytics', ANALYTICS.sensorDaily).qualified;
  const hourly = tableRef(db, 'analytics', ANALYTICS.sensorHourly).qualified;
  const remove = db(daily);
  if (date !== undefined) remove.where('local_date', date);
  await remove.delete();
  const grouped = db(hourly)
    .groupBy('store_id', 'sensor_id', 'local_date')
    .select(
      'store_id',
      'sensor_id',
      'local_date',
      db.raw('sum(visitors) as ??', ['visitors']),
      db.raw("sum(case when status = 'measured' then visitors else 0 end) as ??", ['visitors_measured']),
      db.raw("sum(case when status = 'measured' then 0 else 1 end) as ??", ['estimated_hours']),
      db.raw('count(*) as ??', ['hours']),
      db.raw('? as ??', [builtAt, 'built_at']),
    );
  if (date !== undefined) grouped.where('local_date', date);
  // Spelled out rather than insert(subquery): knex would wrap the select in parentheses,
  // which SQLite refuses.
  const select = grouped.toSQL();
  await db.raw(`insert into ?? (${COLUMNS.map(() => '??').join(', ')}) ${select.sql}`, [
    daily,
    ...COLUMNS,
    ...select.bindings,
  ]);
}
