/**
 * The store view's reads of store_hourly in the chosen dates and store-local hours: the rows
 * themselves for short (hourly) ranges, otherwise sums the warehouse groups, so a year-long
 * range moves a few hundred rows, not nine thousand.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, toIsoHour, type Row } from '#lib/db/values.ts';
import type { StoreFilters } from '../filters.ts';
import {
  dayFigures,
  heatCells,
  hourOfDayFigures,
  type DayFigures,
  type HeatCell,
  type HourFigures,
  type HourOfDayFigures,
} from '../store-view.ts';

/** Rows built before the cleaning have no measured part: they were raw sums, all measured. */
export function measuredOrAll(r: Row): number {
  return r.visitors_measured === null || r.visitors_measured === undefined
    ? num(r.visitors)
    : num(r.visitors_measured);
}

export async function storeHourFigures(db: Knex, storeId: number, f: StoreFilters): Promise<HourFigures[]> {
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
  const rows: Row[] = await db(hourly)
    .where({ store_id: storeId })
    .whereBetween('local_date', [f.from, f.to])
    .whereBetween('local_hour', [f.hourFrom, f.hourTo])
    .select(
      'hour_utc',
      'local_date',
      'local_hour',
      'visitors',
      'visitors_measured',
      'transactions',
      'revenue',
    )
    .orderBy('hour_utc');
  return rows.map((r) => ({
    hourUtc: toIsoHour(r.hour_utc),
    localDate: toIsoDate(r.local_date),
    localHour: num(r.local_hour),
    visitors: num(r.visitors),
    visitorsMeasured: measuredOrAll(r),
    transactions: num(r.transactions),
    revenue: num(r.revenue),
  }));
}

function inRange(db: Knex, storeId: number, f: StoreFilters, alias = '') {
  const c = (column: string) => `${alias}${column}`;
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
  return db(alias ? `${hourly} as ${alias.slice(0, -1)}` : hourly)
    .where(c('store_id'), storeId)
    .whereBetween(c('local_date'), [f.from, f.to])
    .whereBetween(c('local_hour'), [f.hourFrom, f.hourTo]);
}

function sums(db: Knex, alias = ''): Knex.Raw[] {
  const c = (column: string) => `${alias}${column}`;
  return [
    db.raw('sum(??) as ??', [c('visitors'), 'v']),
    // Rows built before the cleaning have no measured part: they were raw sums, all measured.
    db.raw('sum(coalesce(??, ??)) as ??', [c('visitors_measured'), c('visitors'), 'vm']),
    db.raw('sum(??) as ??', [c('transactions'), 't']),
    db.raw('sum(??) as ??', [c('revenue'), 'r']),
  ];
}

function sumsOf(r: Row) {
  return {
    visitors: num(r.v),
    visitorsMeasured: num(r.vm),
    transactions: num(r.t),
    revenue: num(r.r),
  };
}

/** Per local date that has hours in the store-local hour range. */
export async function storeDaySums(db: Knex, storeId: number, f: StoreFilters): Promise<DayFigures[]> {
  const rows: Row[] = await inRange(db, storeId, f)
    .groupBy('local_date')
    .select('local_date', ...sums(db));
  return dayFigures(rows.map((r) => ({ date: toIsoDate(r.local_date), ...sumsOf(r) })));
}

/** Per store-local hour of day (a repeated 02:00 counts in its hour). */
export async function storeHourOfDaySums(
  db: Knex,
  storeId: number,
  f: StoreFilters,
): Promise<HourOfDayFigures[]> {
  const rows: Row[] = await inRange(db, storeId, f)
    .groupBy('local_hour')
    .select('local_hour', ...sums(db));
  return hourOfDayFigures(rows.map((r) => ({ localHour: num(r.local_hour), ...sumsOf(r) })));
}

/** Per weekday (from dim_date, so the dashboard does no calendar logic) and store-local hour. */
export async function storeHeatSums(db: Knex, storeId: number, f: StoreFilters): Promise<HeatCell[]> {
  const dates = tableRef(db, 'analytics', ANALYTICS.dimDate).qualified;
  const rows: Row[] = await inRange(db, storeId, f, 'h.')
    .join(`${dates} as d`, 'd.local_date', 'h.local_date')
    .groupBy('d.weekday', 'h.local_hour')
    .select('d.weekday', 'h.local_hour', ...sums(db, 'h.'))
    .countDistinct({ days: 'h.local_date' });
  return heatCells(
    rows.map((r) => ({
      weekday: num(r.weekday),
      localHour: num(r.local_hour),
      days: num(r.days),
      ...sumsOf(r),
    })),
  );
}

/**
 * The weekday x hour visitors of some of the store's sensors, from sensor_hourly: the heatmap's
 * footfall when a subset is chosen. Only hours with visitors are read: the others (closed,
 * excluded with no estimate) add nothing, and the condition lets the partial index of
 * migration 20261202000300_sensor_subset_reads serve the read (a slot with none is 0 in
 * subsetHeat).
 */
export async function sensorHeatSums(
  db: Knex,
  storeId: number,
  f: StoreFilters,
  sensors: readonly number[],
): Promise<{ weekday: number; localHour: number; visitors: number; visitorsMeasured: number }[]> {
  const hourly = tableRef(db, 'analytics', ANALYTICS.sensorHourly).qualified;
  const dates = tableRef(db, 'analytics', ANALYTICS.dimDate).qualified;
  const rows: Row[] = await db(`${hourly} as s`)
    .join(`${dates} as d`, 'd.local_date', 's.local_date')
    .where('s.store_id', storeId)
    .whereIn('s.sensor_id', [...sensors])
    .whereBetween('s.local_date', [f.from, f.to])
    .whereBetween('s.local_hour', [f.hourFrom, f.hourTo])
    // A literal, not a binding: the planners match it against the index's own condition.
    .whereRaw('s.visitors > 0')
    .groupBy('d.weekday', 's.local_hour')
    .select(
      'd.weekday',
      's.local_hour',
      db.raw('sum(s.visitors) as v'),
      db.raw("sum(case when s.status = 'measured' then s.visitors else 0 end) as vm"),
    );
  return rows.map((r) => ({
    weekday: num(r.weekday),
    localHour: num(r.local_hour),
    visitors: num(r.v),
    visitorsMeasured: num(r.vm),
  }));
}

export interface DayQuality {
  hoursLoaded: number;
  hoursExpected: number;
  readings: number;
  readingsMissing: number;
}

/** Load completeness over the range, summed from store_daily. */
export async function rangeQuality(db: Knex, storeId: number, from: string, to: string): Promise<DayQuality> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const row: Row | undefined = await db(daily)
    .where({ store_id: storeId })
    .whereBetween('local_date', [from, to])
    .sum({ hl: 'hours_loaded', he: 'hours_expected', r: 'readings', rm: 'readings_missing' })
    .first();
  const n = (v: unknown) => (v === null || v === undefined ? 0 : num(v));
  return {
    hoursLoaded: n(row?.hl),
    hoursExpected: n(row?.he),
    readings: n(row?.r),
    readingsMissing: n(row?.rm),
  };
}

export async function storeTimezone(db: Knex, storeId: number): Promise<string | null> {
  const dim = tableRef(db, 'analytics', ANALYTICS.dimStore).qualified;
  const row: Row | undefined = await db(dim).where({ store_id: storeId }).first('timezone');
  return row ? String(row.timezone) : null;
}
