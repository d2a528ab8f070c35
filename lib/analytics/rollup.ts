/**
 * raw -> analytics, as pure functions: hour-level aggregates of raw become store_hourly
 * rows, and store_daily rows are the sum of a store's hours (dbt-style layering: the daily
 * grain is built from the hourly grain, never from raw directly).
 */
import { dailyKpis, roundCents } from './kpi.ts';

/** raw.visitors summed per store and UTC hour. */
export interface HourVisitors {
  store_id: number;
  hour_utc: string;
  local_hour: number;
  /** Sum of non-null readings. */
  visitors: number;
  readings: number;
  readings_missing: number;
}

/** raw.transactions per store and UTC hour. */
export interface HourSales {
  store_id: number;
  hour_utc: string;
  local_hour: number;
  transactions: number;
  revenue: number;
}

export interface StoreHourlyRow {
  store_id: number;
  hour_utc: string;
  local_date: string;
  local_hour: number;
  visitors: number;
  transactions: number;
  revenue: number;
  conversion_rate: number | null;
  readings: number;
  readings_missing: number;
}

export interface StoreDailyRow {
  store_id: number;
  local_date: string;
  visitors: number;
  transactions: number;
  revenue: number;
  conversion_rate: number | null;
  avg_basket: number | null;
  sales_per_visitor: number | null;
  hours_loaded: number;
  hours_expected: number;
  readings: number;
  readings_missing: number;
}

interface JoinedHour {
  row: StoreHourlyRow;
  /** Both datasets of this hour are in raw. */
  complete: boolean;
}

/**
 * Joins one local date's hourly aggregates of both datasets (full outer join on store and
 * hour) and rolls them up per store. `hoursExpected(storeId)` is the number of UTC hours of
 * that local date in the store's time zone (23, 24 or 25).
 */
export function rollupDay(
  localDate: string,
  visitors: readonly HourVisitors[],
  sales: readonly HourSales[],
  hoursExpected: (storeId: number) => number,
): { hourly: StoreHourlyRow[]; daily: StoreDailyRow[] } {
  const hours = new Map<string, JoinedHour>();
  const slot = (storeId: number, hourUtc: string, localHour: number): JoinedHour => {
    const key = `${storeId}|${hourUtc}`;
    let h = hours.get(key);
    if (!h) {
      h = {
        complete: false,
        row: {
          store_id: storeId,
          hour_utc: hourUtc,
          local_date: localDate,
          local_hour: localHour,
          visitors: 0,
          transactions: 0,
          revenue: 0,
          conversion_rate: null,
          readings: 0,
          readings_missing: 0,
        },
      };
      hours.set(key, h);
    }
    return h;
  };
  for (const v of visitors) {
    const h = slot(v.store_id, v.hour_utc, v.local_hour);
    h.row.visitors = v.visitors;
    h.row.readings = v.readings;
    h.row.readings_missing = v.readings_missing;
  }
  const withVisitors = new Set(visitors.map((v) => `${v.store_id}|${v.hour_utc}`));
  for (const s of sales) {
    const h = slot(s.store_id, s.hour_utc, s.local_hour);
    h.row.transactions = s.transactions;
    h.row.revenue = roundCents(s.revenue);
    h.complete = withVisitors.has(`${s.store_id}|${s.hour_utc}`);
  }

  const byStore = new Map<number, JoinedHour[]>();
  for (const h of hours.values()) {
    h.row.conversion_rate = dailyKpis(h.row).conversion_rate;
    const list = byStore.get(h.row.store_id) ?? [];
    list.push(h);
    byStore.set(h.row.store_id, list);
  }
  const storeIds = [...byStore.keys()].sort((a, b) => a - b);
  const daily = storeIds.map((storeId): StoreDailyRow => {
    const rows = byStore.get(storeId)!;
    const sum = (pick: (r: StoreHourlyRow) => number) => rows.reduce((acc, h) => acc + pick(h.row), 0);
    const totals = {
      visitors: sum((r) => r.visitors),
      transactions: sum((r) => r.transactions),
      revenue: roundCents(sum((r) => r.revenue)),
    };
    return {
      store_id: storeId,
      local_date: localDate,
      ...totals,
      ...dailyKpis(totals),
      hours_loaded: rows.filter((h) => h.complete).length,
      hours_expected: hoursExpected(storeId),
      readings: sum((r) => r.readings),
      readings_missing: sum((r) => r.readings_missing),
    };
  });
  const hourly = [...hours.values()]
    .map((h) => h.row)
    .sort((a, b) => a.store_id - b.store_id || a.hour_utc.localeCompare(b.hour_utc));
  return { hourly, daily };
}
