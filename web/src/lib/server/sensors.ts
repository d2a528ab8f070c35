/**
 * Sensor-level reads, the one module on raw.visitors: the analytics layer has no per-sensor
 * table yet. When analytics.sensor_hourly and data_quality_daily land (issue 8), these
 * functions switch to them (cleaned estimates with their imputed status) and nothing else
 * in the dashboard changes.
 */
import type { Knex } from 'knex';
import { RAW, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, toIsoHour, type Row } from '#lib/db/values.ts';
import type { StoreFilters } from '../filters.ts';

export interface SensorPoint {
  sensorId: number;
  /** An ISO date for daily points, a UTC hour for hourly ones. */
  key: string;
  visitors: number;
  /** Raw counts are all measured today; sensor_hourly will say which were imputed. */
  imputed: boolean;
}

function visitorsTable(db: Knex): string {
  return tableRef(db, 'raw', RAW.visitors).qualified;
}

/**
 * Visitors per sensor per hour (short ranges) or per day in the chosen dates and hours, and
 * the store's sensors that sent anything there (the picker's choices). One grouped scan for
 * both: the list comes from the same rows instead of a second pass over the range.
 */
export async function sensorSeries(
  db: Knex,
  storeId: number,
  f: StoreFilters,
  grain: 'hour' | 'day',
): Promise<{ sensors: number[]; points: SensorPoint[] }> {
  const keyColumn = grain === 'hour' ? 'hour_utc' : 'local_date';
  const rows: Row[] = await db(visitorsTable(db))
    .where({ store_id: storeId })
    .whereBetween('local_date', [f.from, f.to])
    .whereBetween('local_hour', [f.hourFrom, f.hourTo])
    .whereNotNull('visitors')
    .groupBy('sensor_id', keyColumn)
    .select('sensor_id', { k: keyColumn })
    .sum({ v: 'visitors' })
    .orderBy(['sensor_id', keyColumn]);
  const sensors = [...new Set(rows.map((r) => num(r.sensor_id)))];
  const chosen = new Set(f.sensors.length > 0 ? f.sensors : sensors);
  const points = rows
    .filter((r) => chosen.has(num(r.sensor_id)))
    .map((r) => ({
      sensorId: num(r.sensor_id),
      key: grain === 'hour' ? toIsoHour(r.k) : toIsoDate(r.k),
      visitors: num(r.v),
      imputed: false,
    }));
  return { sensors, points };
}

export interface SensorQuality {
  storeId: number;
  sensorId: number;
  /** Hour rows the sensor has in the range, with and without a reading. */
  hours: number;
  received: number;
  missing: number;
  /** Readings of zero, a hint of a dead sensor until the cleaning's own flags are stored. */
  zero: number;
}

/** Per sensor over the range: what arrived and what did not, worst (most missing) first. */
export async function sensorQuality(
  db: Knex,
  from: string,
  to: string,
  storeId?: number,
): Promise<SensorQuality[]> {
  const query = db(visitorsTable(db))
    .whereBetween('local_date', [from, to])
    .groupBy('store_id', 'sensor_id')
    .select('store_id', 'sensor_id')
    .count({ hours: '*' })
    .count({ received: 'visitors' })
    .select(db.raw('sum(case when visitors = 0 then 1 else 0 end) as zero'));
  if (storeId !== undefined) query.where({ store_id: storeId });
  const rows: Row[] = await query;
  return rows
    .map((r) => {
      const hours = num(r.hours);
      const received = num(r.received);
      return {
        storeId: num(r.store_id),
        sensorId: num(r.sensor_id),
        hours,
        received,
        missing: hours - received,
        zero: num(r.zero ?? 0),
      };
    })
    .sort(
      (a, b) => b.missing / b.hours - a.missing / a.hours || a.storeId - b.storeId || a.sensorId - b.sensorId,
    );
}
