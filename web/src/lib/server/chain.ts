/** The chain overview's reads: store_daily summed per store over a period. */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, type Row } from '#lib/db/values.ts';

export interface StorePeriodRow {
  storeId: number;
  visitors: number;
  transactions: number;
  revenue: number;
  days: number;
}

/** Per-store sums over [from, to]; stores without a day there are absent. */
export async function storeTotals(db: Knex, from: string, to: string): Promise<StorePeriodRow[]> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const rows: Row[] = await db(daily)
    .whereBetween('local_date', [from, to])
    .groupBy('store_id')
    .select('store_id')
    .sum({ visitors: 'visitors', transactions: 'transactions', revenue: 'revenue' })
    .count({ days: '*' })
    .orderBy('store_id');
  return rows.map((r) => ({
    storeId: num(r.store_id),
    visitors: num(r.visitors),
    transactions: num(r.transactions),
    revenue: Math.round(num(r.revenue) * 100) / 100,
    days: num(r.days),
  }));
}

export interface StoreDayVisitors {
  storeId: number;
  date: string;
  visitors: number;
}

/** Each store's daily footfall over the period, for the small trend lines. */
export async function storeTrends(db: Knex, from: string, to: string): Promise<StoreDayVisitors[]> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const rows: Row[] = await db(daily)
    .whereBetween('local_date', [from, to])
    .select('store_id', 'local_date', 'visitors')
    .orderBy(['store_id', 'local_date']);
  return rows.map((r) => ({
    storeId: num(r.store_id),
    date: toIsoDate(r.local_date),
    visitors: num(r.visitors),
  }));
}

/** The latest day any store has complete, the overview's default end. */
export async function latestCompleteChainDate(db: Knex): Promise<string | null> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const row: Row | undefined = await db(daily)
    .where('hours_loaded', '>=', db.ref('hours_expected'))
    .max({ latest: 'local_date' })
    .first();
  return row?.latest === null || row?.latest === undefined ? null : toIsoDate(row.latest);
}
