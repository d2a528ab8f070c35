/**
 * The forecast's history as the warehouse holds it: analytics.store_hourly (the cleaned
 * figures) with each day's opening from dim_store_date, which gives every hour's open fraction.
 */
import type { Knex } from 'knex';
import { openFraction, dateAttributes } from '../analytics/opening.ts';
import { ANALYTICS, tableRef } from '../db/naming.ts';
import { num, toIsoDate, type Row } from '../db/values.ts';
import type { HistoryHour } from './model.ts';

/** Reads the history hours of a list of store-local dates. */
export type HistoryReader = (dates: readonly string[]) => Promise<HistoryHour[]>;

/** The warehouse's cleaned history: analytics.store_hourly with the day's opening from dim_store_date. */
export function warehouseHistory(db: Knex): HistoryReader {
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
  const storeDate = tableRef(db, 'analytics', ANALYTICS.dimStoreDate).qualified;
  return async (dates) => {
    if (dates.length === 0) return [];
    const sorted = [...dates].sort();
    const rows = (await db(`${hourly} as h`)
      .join(`${storeDate} as d`, function () {
        this.on('d.store_id', 'h.store_id').andOn('d.local_date', 'h.local_date');
      })
      .whereBetween('h.local_date', [sorted[0]!, sorted.at(-1)!])
      .select(
        'h.store_id',
        'h.local_date',
        'h.local_hour',
        'h.visitors',
        'h.transactions',
        'd.opening',
      )) as Row[];
    const wanted = new Set(dates);
    return rows
      .map((r) => {
        const date = toIsoDate(r.local_date);
        return {
          store_id: num(r.store_id),
          local_date: date,
          local_hour: num(r.local_hour),
          weekday: dateAttributes(date).weekday,
          open_fraction: openFraction((r.opening ?? null) as string | null, num(r.local_hour)),
          visitors: num(r.visitors),
          transactions: num(r.transactions),
        };
      })
      .filter((r) => wanted.has(r.local_date));
  };
}
