/**
 * Sensor-level reads, from the cleaned model: analytics.sensor_hourly (each hour's estimate
 * and how it was obtained) and analytics.data_quality_daily (what arrived and what the
 * cleaning found, per sensor and day).
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, numOrNull, toIsoDate, toIsoHour, type Row } from '#lib/db/values.ts';
import type { StoreFilters } from '../filters.ts';

export interface SensorPoint {
  sensorId: number;
  /** An ISO date for daily points, a UTC hour for hourly ones. */
  key: string;
  /** The cleaned estimate, summed over the point's hours. */
  visitors: number;
  /** The part of it read as measured; the rest was imputed or corrected. */
  measured: number;
  /** Hours of the point whose estimate is not the reading as it came. */
  estimatedHours: number;
}

/**
 * Visitors per sensor per hour (short ranges) or per day in the chosen dates and hours, and
 * the store's sensors that have hours there (the picker's choices). One grouped scan for
 * both: the list comes from the same rows instead of a second pass over the range. Daily
 * points over every hour come from sensor_daily (a row a sensor and day); an hour range
 * needs the hours. A point whose every hour was excluded (no estimate possible) has no value
 * and is left out.
 */
export async function sensorSeries(
  db: Knex,
  storeId: number,
  f: StoreFilters,
  grain: 'hour' | 'day',
): Promise<{ sensors: number[]; points: SensorPoint[] }> {
  const rows: Row[] =
    grain === 'day' && f.hourFrom === 0 && f.hourTo === 23
      ? await db(tableRef(db, 'analytics', ANALYTICS.sensorDaily).qualified)
          .where({ store_id: storeId })
          .whereBetween('local_date', [f.from, f.to])
          .select('sensor_id', {
            k: 'local_date',
            v: 'visitors',
            vm: 'visitors_measured',
            est: 'estimated_hours',
          })
          .orderBy(['sensor_id', 'local_date'])
      : await hourlySums(db, storeId, f, grain === 'hour' ? 'hour_utc' : 'local_date');
  const sensors = [...new Set(rows.map((r) => num(r.sensor_id)))];
  const chosen = new Set(f.sensors.length > 0 ? f.sensors : sensors);
  const points = rows
    .filter((r) => chosen.has(num(r.sensor_id)) && numOrNull(r.v) !== null)
    .map((r) => ({
      sensorId: num(r.sensor_id),
      key: grain === 'hour' ? toIsoHour(r.k) : toIsoDate(r.k),
      visitors: num(r.v),
      measured: num(r.vm ?? 0),
      estimatedHours: num(r.est ?? 0),
    }));
  return { sensors, points };
}

function hourlySums(db: Knex, storeId: number, f: StoreFilters, keyColumn: 'hour_utc' | 'local_date') {
  return db(tableRef(db, 'analytics', ANALYTICS.sensorHourly).qualified)
    .where({ store_id: storeId })
    .whereBetween('local_date', [f.from, f.to])
    .whereBetween('local_hour', [f.hourFrom, f.hourTo])
    .groupBy('sensor_id', keyColumn)
    .select('sensor_id', { k: keyColumn })
    .sum({ v: 'visitors' })
    .select(
      db.raw("sum(case when status = 'measured' then visitors else 0 end) as vm"),
      db.raw("sum(case when status = 'measured' then 0 else 1 end) as est"),
    )
    .orderBy(['sensor_id', keyColumn]);
}

export interface SensorQuality {
  storeId: number;
  sensorId: number;
  /** Hours of the sensor's days (23 to 25 a day), the base of every share. */
  hours: number;
  /** Of those, hours the store was expected open. */
  openHours: number;
  /** Hours with a reading; missing counts gaps and outages. */
  received: number;
  missing: number;
  outliers: number;
  dead: number;
  drift: number;
  /** Hours whose estimate was imputed (missing, outliers and dead readings replaced). */
  imputed: number;
}

/** Hours whose reading was not usable as it came: the quality view's "worst first" order. */
export function faultyHours(q: SensorQuality): number {
  return q.missing + q.outliers + q.dead + q.drift;
}

/** Per sensor over the range, from data_quality_daily, worst (largest faulty share) first. */
export async function sensorQuality(
  db: Knex,
  from: string,
  to: string,
  storeId?: number,
): Promise<SensorQuality[]> {
  const quality = tableRef(db, 'analytics', ANALYTICS.dataQualityDaily).qualified;
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const query = db(`${quality} as q`)
    .leftJoin(`${daily} as d`, (j) =>
      j.on('d.store_id', '=', 'q.store_id').andOn('d.local_date', '=', 'q.local_date'),
    )
    .whereBetween('q.local_date', [from, to])
    .groupBy('q.store_id', 'q.sensor_id')
    .select('q.store_id', 'q.sensor_id')
    .sum({
      hours: 'd.hours_expected',
      open_hours: 'q.expected_open_hours',
      received: 'q.received',
      missing: 'q.missing',
      outliers: 'q.outliers',
      dead: 'q.dead',
      drift: 'q.drift_suspected',
      imputed: 'q.imputed',
    });
  if (storeId !== undefined) query.where('q.store_id', storeId);
  const rows: Row[] = await query;
  const n = (v: unknown) => (v === null || v === undefined ? 0 : num(v));
  const share = (q: SensorQuality) => (q.hours === 0 ? 0 : faultyHours(q) / q.hours);
  return rows
    .map((r) => ({
      storeId: num(r.store_id),
      sensorId: num(r.sensor_id),
      hours: n(r.hours),
      openHours: n(r.open_hours),
      received: n(r.received),
      missing: n(r.missing),
      outliers: n(r.outliers),
      dead: n(r.dead),
      drift: n(r.drift),
      imputed: n(r.imputed),
    }))
    .sort((a, b) => share(b) - share(a) || a.storeId - b.storeId || a.sensorId - b.sensorId);
}
