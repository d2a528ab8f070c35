/** Read-only queries behind the dashboard's store views; they only touch the analytics layer. */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, numOrNull, toIsoDate, toIsoHour, toIsoTimestamp, type Row } from '#lib/db/values.ts';
import { measuredOrAll } from './store-view.ts';

export interface Store {
  storeId: number;
  cityStore: string | null;
}

export interface StoreDay {
  storeId: number;
  date: string;
  visitors: number;
  /** The part of visitors read as measured; the rest the cleaning imputed or corrected. */
  visitorsMeasured: number;
  transactions: number;
  revenue: number;
  conversionRate: number | null;
  avgBasket: number | null;
  salesPerVisitor: number | null;
  hoursLoaded: number;
  hoursExpected: number;
  readings: number;
  readingsMissing: number;
  /** ISO timestamp (UTC) of the build that wrote the row. */
  builtAt: string;
}

function toStoreDay(row: Row): StoreDay {
  return {
    storeId: num(row.store_id),
    date: toIsoDate(row.local_date),
    visitors: num(row.visitors),
    visitorsMeasured: measuredOrAll(row),
    transactions: num(row.transactions),
    revenue: num(row.revenue),
    conversionRate: numOrNull(row.conversion_rate),
    avgBasket: numOrNull(row.avg_basket),
    salesPerVisitor: numOrNull(row.sales_per_visitor),
    hoursLoaded: num(row.hours_loaded),
    hoursExpected: num(row.hours_expected),
    readings: num(row.readings),
    readingsMissing: num(row.readings_missing),
    builtAt: toIsoTimestamp(row.built_at),
  };
}

/** The stores to offer: dim_store when it is filled, else whatever store ids have daily rows. */
export async function listStores(db: Knex): Promise<Store[]> {
  const dim = tableRef(db, 'analytics', ANALYTICS.dimStore).qualified;
  const named: Row[] = await db(dim).select('store_id', 'city_store').orderBy('store_id');
  if (named.length > 0) {
    return named.map((r) => ({ storeId: num(r.store_id), cityStore: String(r.city_store) }));
  }
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const ids: Row[] = await db(daily).distinct('store_id').orderBy('store_id');
  return ids.map((r) => ({ storeId: num(r.store_id), cityStore: null }));
}

/** Whether listStores offers the store, read without listing them all (a chain has 1,000). */
export async function storeExists(db: Knex, storeId: number): Promise<boolean> {
  const dim = tableRef(db, 'analytics', ANALYTICS.dimStore).qualified;
  if (await db(dim).where({ store_id: storeId }).first('store_id')) return true;
  if (await db(dim).first('store_id')) return false;
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  return (await db(daily).where({ store_id: storeId }).first('store_id')) !== undefined;
}

/** The most recent day with data for the store, or null when it has none. */
export async function latestDate(db: Knex, storeId: number): Promise<string | null> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const row: Row | undefined = await db(daily)
    .where({ store_id: storeId })
    .max({ latest: 'local_date' })
    .first();
  return row?.latest === null || row?.latest === undefined ? null : toIsoDate(row.latest);
}

/**
 * The most recent day whose hours are all loaded (today's partial day is not), or null when
 * the store has no complete day.
 */
export async function latestCompleteDate(db: Knex, storeId: number): Promise<string | null> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const row: Row | undefined = await db(daily)
    .where({ store_id: storeId })
    .where('hours_loaded', '>=', db.ref('hours_expected'))
    .max({ latest: 'local_date' })
    .first();
  return row?.latest === null || row?.latest === undefined ? null : toIsoDate(row.latest);
}

/** The store's daily rows for every day in [from, to] that has one, oldest first. */
export async function storeDays(db: Knex, storeId: number, from: string, to: string): Promise<StoreDay[]> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const rows: Row[] = await db(daily)
    .where({ store_id: storeId })
    .whereBetween('local_date', [from, to])
    .orderBy('local_date');
  return rows.map(toStoreDay);
}

export interface StoreHour {
  /** Canonical UTC hour ("2026-11-24T13:00:00Z"): unique, unlike localHour on a 25-hour day. */
  hourUtc: string;
  localHour: number;
  visitors: number;
  visitorsMeasured: number;
  transactions: number;
  revenue: number;
  conversionRate: number | null;
}

/** The store's hourly rows of one local day, in time order; hours without a row are absent. */
export async function storeHours(db: Knex, storeId: number, date: string): Promise<StoreHour[]> {
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
  const rows: Row[] = await db(hourly)
    .where({ store_id: storeId, local_date: date })
    .select(
      'hour_utc',
      'local_hour',
      'visitors',
      'visitors_measured',
      'transactions',
      'revenue',
      'conversion_rate',
    )
    .orderBy('hour_utc');
  return rows.map((r) => ({
    hourUtc: toIsoHour(r.hour_utc),
    localHour: num(r.local_hour),
    visitors: num(r.visitors),
    visitorsMeasured: measuredOrAll(r),
    transactions: num(r.transactions),
    revenue: num(r.revenue),
    conversionRate: numOrNull(r.conversion_rate),
  }));
}
