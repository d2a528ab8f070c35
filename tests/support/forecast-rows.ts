/**
 * A hand-made nightly forecast of one Paris store, as forecastStoreHours writes it: every UTC
 * hour of the 7 days after the origin (open 09:00-20:00 local, Sundays closed), their store-day
 * totals and the staffing plan at 25 visitors per staff, minimum 2. For dashboard tests.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { addDays, toLocal, utcHoursOfLocalDay } from '../../lib/time.ts';

export interface SeededForecast {
  origin: string;
  /** Per forecast day: visitors, p10, p90 of the day. */
  days: { date: string; visitors: number; p10: number; p90: number; open: boolean }[];
  hours: number;
}

export async function seedForecast(db: Knex, storeId: number, origin: string): Promise<SeededForecast> {
  const lineage = {
    model_version: 'test-model',
    workflow_id: `forecast-days-${origin}`,
    run_id: 'run-test',
    created_at: `${addDays(origin, 1)}T01:00:00.000Z`,
  };
  const hourly = [];
  const staffing = [];
  const daily = [];
  const days: SeededForecast['days'] = [];
  for (let i = 1; i <= 7; i++) {
    const date = addDays(origin, i);
    let total = 0;
    for (const hour of utcHoursOfLocalDay(date, 'Europe/Paris')) {
      const { localHour, weekday } = toLocal(hour, 'Europe/Paris');
      const open = weekday !== 7 && localHour >= 9 && localHour < 20;
      const visitors = open ? 40 + 5 * localHour + i : 0;
      total += visitors;
      const key = {
        store_id: storeId,
        origin_date: origin,
        hour_utc: hour,
        local_date: date,
        local_hour: localHour,
        is_open: open,
      };
      hourly.push({
        ...key,
        horizon_days: i,
        visitors,
        visitors_p10: visitors * 0.8,
        visitors_p90: visitors * 1.25,
        transactions: visitors / 5,
        transactions_p10: visitors / 6,
        transactions_p90: visitors / 4,
        ...lineage,
      });
      staffing.push({
        ...key,
        visitors_forecast: visitors,
        visitors_per_staff: 25,
        min_staff: 2,
        staff: open ? Math.max(2, Math.ceil(visitors / 25)) : 0,
        ...lineage,
      });
    }
    const day = { date, visitors: total, p10: total * 0.9, p90: total * 1.1, open: total > 0 };
    days.push(day);
    daily.push({
      store_id: storeId,
      origin_date: origin,
      local_date: date,
      horizon_days: i,
      is_open: day.open,
      visitors: day.visitors,
      visitors_p10: day.p10,
      visitors_p90: day.p90,
      transactions: total / 5,
      ...lineage,
    });
  }
  const t = (name: string) => db(tableRef(db, 'analytics', name).qualified);
  await t(ANALYTICS.forecastStoreHourly).insert(hourly);
  await t(ANALYTICS.forecastStoreDaily).insert(daily);
  await t(ANALYTICS.staffingStoreHourly).insert(staffing);
  return { origin, days, hours: hourly.length };
}
