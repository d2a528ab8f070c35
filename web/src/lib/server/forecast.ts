/**
 * The store view's forecast panel: the latest nightly forecast of a store (its 7 days with the
 * 80 % interval), the week of actuals before it and any actuals of the forecast days already
 * built, and the staffing plan per hour; and the same plan as CSV. Reads analytics only.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, toIsoHour, toIsoTimestamp, type Row } from '#lib/db/values.ts';
import { addDays } from '#lib/time.ts';

export interface ForecastDay {
  date: string;
  /** Forecast visitors and interval; null for the days of actuals before the origin. */
  forecast: number | null;
  p10: number | null;
  p90: number | null;
  /** What the build counted, when the day is built (null otherwise). */
  actual: number | null;
  /** A forecast day on which the store is closed (holiday, closed weekday). */
  closed: boolean;
}

export interface StaffingRow {
  hourUtc: string;
  date: string;
  localHour: number;
  isOpen: boolean;
  visitors: number;
  p10: number;
  p90: number;
  transactions: number;
  visitorsPerStaff: number;
  staff: number;
}

export interface StoreForecast {
  origin: string;
  modelVersion: string;
  createdAt: string;
  runId: string | null;
  workflowId: string | null;
  /** The 7 days before the origin (actuals only), then the 7 forecast days. */
  days: ForecastDay[];
  /** Every hour of the 7 forecast days, in time order. */
  hours: StaffingRow[];
}

const ACTUAL_DAYS = 7;

/** The store's latest forecast, or null when none was made yet (or the table is not there). */
export async function readStoreForecast(db: Knex, storeId: number): Promise<StoreForecast | null> {
  const forecastT = tableRef(db, 'analytics', ANALYTICS.forecastStoreHourly).qualified;
  const staffingT = tableRef(db, 'analytics', ANALYTICS.staffingStoreHourly).qualified;
  const forecastDailyT = tableRef(db, 'analytics', ANALYTICS.forecastStoreDaily).qualified;
  const dailyT = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const latest = (await db(forecastT).where('store_id', storeId).max({ origin: 'origin_date' }).first()) as
    Row | undefined;
  if (!latest || latest.origin === null || latest.origin === undefined) return null;
  const origin = toIsoDate(latest.origin);
  const [forecastRows, staffingRows, forecastDailyRows, dailyRows] = await Promise.all([
    db(forecastT)
      .where({ store_id: storeId, origin_date: origin })
      .select(
        'hour_utc',
        'local_date',
        'local_hour',
        'is_open',
        'visitors',
        'visitors_p10',
        'visitors_p90',
        'transactions',
        'model_version',
        'workflow_id',
        'run_id',
        'created_at',
      )
      .orderBy('hour_utc') as Promise<Row[]>,
    db(staffingT)
      .where({ store_id: storeId, origin_date: origin })
      .select('hour_utc', 'visitors_per_staff', 'staff') as Promise<Row[]>,
    db(forecastDailyT)
      .where({ store_id: storeId, origin_date: origin })
      .select('local_date', 'is_open', 'visitors', 'visitors_p10', 'visitors_p90') as Promise<Row[]>,
    db(dailyT)
      .where('store_id', storeId)
      .whereBetween('local_date', [addDays(origin, -ACTUAL_DAYS + 1), addDays(origin, 7)])
      .select('local_date', 'visitors') as Promise<Row[]>,
  ]);
  if (forecastRows.length === 0) return null;
  const staff = new Map(staffingRows.map((r) => [toIsoHour(r.hour_utc), r]));
  const actual = new Map(dailyRows.map((r) => [toIsoDate(r.local_date), num(r.visitors)]));
  const forecastDay = new Map(forecastDailyRows.map((r) => [toIsoDate(r.local_date), r]));

  const hours: StaffingRow[] = forecastRows.map((r) => {
    const s = staff.get(toIsoHour(r.hour_utc));
    return {
      hourUtc: toIsoHour(r.hour_utc),
      date: toIsoDate(r.local_date),
      localHour: num(r.local_hour),
      isOpen: r.is_open === true || num(r.is_open) === 1,
      visitors: num(r.visitors),
      p10: num(r.visitors_p10),
      p90: num(r.visitors_p90),
      transactions: num(r.transactions),
      visitorsPerStaff: s ? num(s.visitors_per_staff) : 0,
      staff: s ? num(s.staff) : 0,
    };
  });
  const days: ForecastDay[] = [];
  for (let i = -ACTUAL_DAYS + 1; i <= 0; i++) {
    const date = addDays(origin, i);
    days.push({
      date,
      forecast: null,
      p10: null,
      p90: null,
      actual: actual.get(date) ?? null,
      closed: false,
    });
  }
  for (let i = 1; i <= 7; i++) {
    const date = addDays(origin, i);
    const f = forecastDay.get(date);
    days.push({
      date,
      forecast: f ? num(f.visitors) : null,
      p10: f ? num(f.visitors_p10) : null,
      p90: f ? num(f.visitors_p90) : null,
      actual: actual.get(date) ?? null,
      closed: f ? !(f.is_open === true || num(f.is_open) === 1) : false,
    });
  }
  const first = forecastRows[0]!;
  return {
    origin,
    modelVersion: String(first.model_version),
    createdAt: toIsoTimestamp(first.created_at),
    runId: first.run_id === null ? null : String(first.run_id),
    workflowId: first.workflow_id === null ? null : String(first.workflow_id),
    days,
    hours,
  };
}

/** The staffing plan as CSV records, a header row first (plain numbers, any locale). */
export function staffingCsv(forecast: StoreForecast | null): (string | number)[][] {
  const header = [
    'hour_utc',
    'local_date',
    'local_hour',
    'open',
    'visitors_forecast',
    'visitors_p10',
    'visitors_p90',
    'transactions_forecast',
    'visitors_per_staff',
    'staff',
  ];
  const round = (v: number) => Math.round(v * 10) / 10;
  return [
    header,
    ...(forecast?.hours ?? []).map((h) => [
      h.hourUtc,
      h.date,
      h.localHour,
      h.isOpen ? 'yes' : 'no',
      round(h.visitors),
      round(h.p10),
      round(h.p90),
      round(h.transactions),
      h.visitorsPerStaff,
      h.staff,
    ]),
  ];
}
