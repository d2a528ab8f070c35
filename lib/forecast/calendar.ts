/**
 * The calendar of the days ahead: each store's UTC hours of the 7 local dates after the
 * origin, with the open fraction from its weekly opening hours and public holidays (closed),
 * as the day build reads them (lib/analytics/opening.ts). Pure.
 */
import { dateAttributes, dayHours, storeDate, type WeeklyOpening } from '../analytics/opening.ts';
import { addDays } from '../time.ts';
import type { TargetHour } from './model.ts';

/** Days forecast after the origin. */
export const FORECAST_DAYS = 7;

export interface StoreCalendar {
  store_id: number;
  timezone: string;
  weekly: WeeklyOpening;
  /** Holiday name by local date, for the dates ahead. */
  holidays: ReadonlyMap<string, string>;
}

/** The local dates forecast from an origin (the last built day): origin + 1 ... origin + days. */
export function forecastDates(origin: string, days = FORECAST_DAYS): string[] {
  return Array.from({ length: days }, (_, i) => addDays(origin, i + 1));
}

export function targetHours(store: StoreCalendar, origin: string, days = FORECAST_DAYS): TargetHour[] {
  return forecastDates(origin, days).flatMap((date) => {
    const day = storeDate(store.store_id, date, store.weekly, store.holidays.get(date) ?? null);
    const weekday = dateAttributes(date).weekday;
    return dayHours(date, store.timezone, day.opening).map((h) => ({
      store_id: store.store_id,
      hour_utc: h.hour_utc,
      local_date: date,
      local_hour: h.local_hour,
      weekday,
      open_fraction: h.open_fraction,
    }));
  });
}
