/** The chain overview's reads: store_daily summed per store over a period. */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, type Row } from '#lib/db/values.ts';
import { daysIn } from '../filters.ts';

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
  /** The day, or the first day of the week the point stands for. */
  date: string;
  /** That day's visitors, or the week's mean day. */
  visitors: number;
}

/** Up to this many days a trend has a point a day; beyond, a point an ISO week. */
export const DAILY_TREND_DAYS = 31;

/**
 * Each store's (or the given stores') footfall over the period for the small trend lines: daily up to a month,
 * beyond that the mean day of each ISO week (dim_date), so a quarter of 1,000 stores is 14,000
 * points, not 92,000, and a week cut by the period's ends does not show as a dip.
 */
export async function storeTrends(
  db: Knex,
  from: string,
  to: string,
  storeIds?: number[],
): Promise<StoreDayVisitors[]> {
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  if (daysIn(from, to) <= DAILY_TREND_DAYS) {
    const query = db(daily);
    if (storeIds) query.whereIn('store_id', storeIds);
    const rows: Row[] = await query
      .whereBetween('local_date', [from, to])
      .select('store_id', 'local_date', 'visitors')
      .orderBy(['store_id', 'local_date']);
    return rows.map((r) => ({
      storeId: num(r.store_id),
      date: toIsoDate(r.local_date),
      visitors: num(r.visitors),
    }));
  }
  const dates = tableRef(db, 'analytics', ANALYTICS.dimDate).qualified;
  const query = db(`${daily} as s`);
  if (storeIds) query.whereIn('s.store_id', storeIds);
  const rows: Row[] = await query
    .join(`${dates} as d`, 'd.local_date', 's.local_date')
    .whereBetween('s.local_date', [from, to])
    .groupBy('s.store_id', 'd.iso_year', 'd.iso_week')
    .select('s.store_id')
    .min({ first: 's.local_date' })
    .avg({ visitors: 's.visitors' })
    .orderBy([{ column: 's.store_id' }, { column: 'first' }]);
  return rows.map((r) => ({
    storeId: num(r.store_id),
    date: toIsoDate(r.first),
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
