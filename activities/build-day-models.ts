/**
 * buildDayModels: rebuild the analytics models of one store-local date from raw
 * (analytics.store_hourly and analytics.store_daily). Each store's day is the UTC hours whose wall-clock date in the store's
 * time zone is that date (raw rows carry local_date, computed at the source). SQL does the
 * heavy grouping; lib/analytics/rollup.ts joins and rolls up. Delete + insert in one
 * transaction, so re-running a day replaces it.
 */
import { rollupDay, type HourSales, type HourVisitors } from '../lib/analytics/rollup.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { numOrNull, toIsoHour } from '../lib/db/values.ts';
import { DatasetValidationError } from '../lib/datasets.ts';
import { parseIsoDate, utcHoursOfLocalDay } from '../lib/time.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface DayModelsResult {
  date: string;
  stores: number;
  hours: number;
}

export function makeBuildDayModels(deps: ActivityDeps) {
  return async function buildDayModels(input: { date: string }): Promise<DayModelsResult> {
    return failPermanentlyOn(async () => {
      const date = parseIsoDate(input.date);
      const { db } = deps;
      const visitorsT = tableRef(db, 'raw', RAW.visitors).qualified;
      const salesT = tableRef(db, 'raw', RAW.transactions).qualified;
      const hourlyT = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
      const dailyT = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
      const storesT = tableRef(db, 'analytics', ANALYTICS.dimStore).qualified;

      const visitorRows = (await db(visitorsT)
        .where('local_date', date)
        .groupBy('store_id', 'hour_utc', 'local_hour')
        .select('store_id', 'hour_utc', 'local_hour')
        .sum({ visitors: 'visitors' })
        .count({ readings: '*' })
        .count({ readings_missing: db.raw('case when visitors is null then 1 end') })) as Record<
        string,
        unknown
      >[];
      const salesRows = (await db(salesT)
        .where('local_date', date)
        .select('store_id', 'hour_utc', 'local_hour', 'transactions', 'revenue')) as Record<
        string,
        unknown
      >[];
      const zones = new Map<number, string>(
        ((await db(storesT).select('store_id', 'timezone')) as { store_id: number; timezone: string }[]).map(
          (s) => [Number(s.store_id), s.timezone],
        ),
      );

      // A sum over only null readings is null: that hour counted no one.
      const num = (v: unknown) => numOrNull(v) ?? 0;
      const visitors: HourVisitors[] = visitorRows.map((r) => ({
        store_id: num(r.store_id),
        hour_utc: toIsoHour(r.hour_utc),
        local_hour: num(r.local_hour),
        visitors: num(r.visitors),
        readings: num(r.readings),
        readings_missing: num(r.readings_missing),
      }));
      const sales: HourSales[] = salesRows.map((r) => ({
        store_id: num(r.store_id),
        hour_utc: toIsoHour(r.hour_utc),
        local_hour: num(r.local_hour),
        transactions: num(r.transactions),
        revenue: num(r.revenue),
      }));
      const { hourly, daily } = rollupDay(date, visitors, sales, (storeId) => {
        const zone = zones.get(storeId);
        if (!zone)
          throw new DatasetValidationError(
            `store ${storeId} has raw data on ${date} but is not in dim_store`,
          );
        return utcHoursOfLocalDay(date, zone).length;
      });

      const stamp = { built_at: new Date().toISOString() };
      await db.transaction(async (trx) => {
        await trx(hourlyT).where('local_date', date).delete();
        await insertChunked(trx, dialectOf(db), hourlyT, hourly, stamp);
        await trx(dailyT).where('local_date', date).delete();
        await insertChunked(trx, dialectOf(db), dailyT, daily, stamp);
      });
      return { date, stores: daily.length, hours: hourly.length };
    });
  };
}
