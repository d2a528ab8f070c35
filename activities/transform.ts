/**
 * Transform: rebuild analytics.store_daily for one store-local date from raw. Each store's
 * day is the UTC hours whose wall-clock date in the store's time zone is that date (raw
 * rows carry local_date, computed at the source). Delete + insert in one transaction, so
 * re-running a day replaces it.
 */
import { dailyKpis, roundCents } from '../lib/analytics/kpi.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { DatasetValidationError } from '../lib/datasets.ts';
import { parseIsoDate, utcHoursOfLocalDay } from '../lib/time.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface TransformResult {
  date: string;
  stores: number;
}

interface VisitorAgg {
  store_id: number;
  visitors: number | null;
  readings: number;
  readings_missing: number;
  hours: number;
}

interface SalesAgg {
  store_id: number;
  transactions: number | null;
  revenue: number | null;
  hours: number;
}

export function makeTransform(deps: ActivityDeps) {
  return async function transformDay(input: { date: string }): Promise<TransformResult> {
    return failPermanentlyOn(async () => {
      const date = parseIsoDate(input.date);
      const { db } = deps;
      const visitorsT = tableRef(db, 'raw', RAW.visitors).qualified;
      const salesT = tableRef(db, 'raw', RAW.transactions).qualified;
      const dailyT = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
      const storesT = tableRef(db, 'analytics', ANALYTICS.dimStore).qualified;

      const visitors = (await db(visitorsT)
        .where('local_date', date)
        .groupBy('store_id')
        .select('store_id')
        .sum({ visitors: 'visitors' })
        .count({ readings: '*' })
        .count({ readings_missing: db.raw('case when visitors is null then 1 end') })
        .countDistinct({ hours: 'hour_utc' })) as unknown as VisitorAgg[];
      const sales = (await db(salesT)
        .where('local_date', date)
        .groupBy('store_id')
        .select('store_id')
        .sum({ transactions: 'transactions', revenue: 'revenue' })
        .countDistinct({ hours: 'hour_utc' })) as unknown as SalesAgg[];
      const zones = new Map<number, string>(
        ((await db(storesT).select('store_id', 'timezone')) as { store_id: number; timezone: string }[]).map(
          (s) => [Number(s.store_id), s.timezone],
        ),
      );

      const byStore = new Map<number, { v?: VisitorAgg; s?: SalesAgg }>();
      for (const v of visitors) byStore.set(Number(v.store_id), { v });
      for (const s of sales) byStore.set(Number(s.store_id), { ...byStore.get(Number(s.store_id)), s });

      const transformedAt = new Date().toISOString();
      const rows = [...byStore.entries()]
        .sort(([a], [b]) => a - b)
        .map(([storeId, { v, s }]) => {
          const zone = zones.get(storeId);
          if (!zone)
            throw new DatasetValidationError(
              `store ${storeId} has raw data on ${date} but is not in dim_store`,
            );
          const totals = {
            visitors: Number(v?.visitors ?? 0),
            transactions: Number(s?.transactions ?? 0),
            revenue: roundCents(Number(s?.revenue ?? 0)),
          };
          return {
            store_id: storeId,
            local_date: date,
            ...totals,
            ...dailyKpis(totals),
            // An hour counts as loaded only when both of its datasets are in raw.
            hours_loaded: Math.min(Number(v?.hours ?? 0), Number(s?.hours ?? 0)),
            hours_expected: utcHoursOfLocalDay(date, zone).length,
            readings: Number(v?.readings ?? 0),
            readings_missing: Number(v?.readings_missing ?? 0),
            transformed_at: transformedAt,
          };
        });

      await db.transaction(async (trx) => {
        await trx(dailyT).where('local_date', date).delete();
        await insertChunked(trx, dialectOf(db), dailyT, rows);
      });
      return { date, stores: rows.length };
    });
  };
}
