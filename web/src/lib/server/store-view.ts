/** The store view's one query: the store's hourly rows in the chosen dates and store-local hours. */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, toIsoHour, type Row } from '#lib/db/values.ts';
import type { StoreFilters } from '../filters.ts';
import type { HourFigures } from '../store-view.ts';

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
