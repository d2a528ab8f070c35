/** Read-only queries behind the dashboard page; they only touch the analytics layer. */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '../../../../lib/db/naming.ts';
import { toIsoDate } from '../../../../lib/db/values.ts';

export interface Store {
  storeId: number;
  cityStore: string | null;
}

export interface StoreDay {
  storeId: number;
  date: string;
  visitors: number;
  transactions: number;
  revenue: number;
  conversionRate: number | null;
  avgBasket: number | null;
  salesPerVisitor: number | null;
  hoursLoaded: number;
  hoursExpected: number;
  readings: number;
  readingsMissing: number;
  /** ISO timestamp (UTC) of the transform run that wrote the row. */
  transformedAt: string;
}

type Row = Record<string, unknown>;

function num(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(value)}`);
  return n;
}

function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** Drivers return timestamps as Date, epoch milliseconds or zone-less text (SQLite); all are UTC. */
function toIsoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${text}`);
  return new Date(ms).toISOString();
}

function toStoreDay(row: Row): StoreDay {
  return {
    storeId: num(row.store_id),
    date: toIsoDate(row.local_date),
    visitors: num(row.visitors),
    transactions: num(row.transactions),
    revenue: num(row.revenue),
    conversionRate: numOrNull(row.conversion_rate),
    avgBasket: numOrNull(row.avg_basket),
    salesPerVisitor: numOrNull(row.sales_per_visitor),
    hoursLoaded: num(row.hours_loaded),
    hoursExpected: num(row.hours_expected),
    readings: num(row.readings),
    readingsMissing: num(row.readings_missing),
    transformedAt: toIsoTimestamp(row.transformed_at),
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

/** The most recent day with data for the store, or null when it has none. */
export async function latestDate(db: Knex, storeId: number): Promise<string | null> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const row: Row | undefined = await db(daily)
    .where({ store_id: storeId })
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
