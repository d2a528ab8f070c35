/**
 * The warehouse's reading of the reference data: from a store's opening hours per weekday
 * ('HH:MM-HH:MM' or null when closed), its holiday dates and its time zone, the calendar of a
 * store-local date (dim_date, dim_store_date) and each UTC hour's open fraction, which the
 * cleaning needs. Pure; it must agree with the simulator's own openFraction.
 */
import { toLocal, utcHoursOfLocalDay } from '../time.ts';
import type { DayHour } from './cleaning/model.ts';

/** Index 0 = Monday ... 6 = Sunday, as the API and dim_store list them. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
export type WeeklyOpening = Readonly<Record<WeekdayKey, string | null>>;

/** An opening span in local minutes since midnight, [open, close). */
export interface Span {
  open: number;
  close: number;
}

export function parseSpan(text: string): Span {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  const span = m && { open: Number(m[1]) * 60 + Number(m[2]), close: Number(m[3]) * 60 + Number(m[4]) };
  if (!span || !(span.open < span.close && span.close <= 24 * 60)) {
    throw new RangeError(`opening hours "${text}" are not HH:MM-HH:MM within one day`);
  }
  return span;
}

/** ISO weekday (1 = Monday), ISO week and year, month and weekend flag of a date. */
export interface DateAttributes {
  local_date: string;
  weekday: number;
  iso_year: number;
  iso_week: number;
  month: number;
  year: number;
  is_weekend: boolean;
}

export function dateAttributes(date: string): DateAttributes {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = ((new Date(ms).getUTCDay() + 6) % 7) + 1;
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(ms + (4 - weekday) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
  return {
    local_date: date,
    weekday,
    iso_year: isoYear,
    iso_week: week,
    month: Number(date.slice(5, 7)),
    year: Number(date.slice(0, 4)),
    is_weekend: weekday >= 6,
  };
}

/** One store on one local date, as dim_store_date keeps it. */
export interface StoreDate {
  store_id: number;
  local_date: string;
  is_public_holiday: boolean;
  holiday_name: string | null;
  is_open: boolean;
  /** The day's opening span, null when closed (holiday or closed weekday). */
  opening: string | null;
  open_hours: number;
}

export function storeDate(
  storeId: number,
  date: string,
  weekly: WeeklyOpening,
  holidayName: string | null,
): StoreDate {
  const opening = holidayName !== null ? null : weekly[WEEKDAY_KEYS[dateAttributes(date).weekday - 1]!];
  const span = opening === null ? null : parseSpan(opening);
  return {
    store_id: storeId,
    local_date: date,
    is_public_holiday: holidayName !== null,
    holiday_name: holidayName,
    is_open: span !== null,
    opening,
    open_hours: span ? (span.close - span.open) / 60 : 0,
  };
}

/** Share of local hour `localHour` during which a store with this day's opening is open. */
export function openFraction(opening: string | null, localHour: number): number {
  if (opening === null) return 0;
  const span = parseSpan(opening);
  const from = localHour * 60;
  const minutes = Math.min(span.close, from + 60) - Math.max(span.open, from);
  return minutes > 0 ? minutes / 60 : 0;
}

/** The UTC hours of a store-local date (23 to 25) with their local hour and open fraction. */
export function dayHours(date: string, timeZone: string, opening: string | null): DayHour[] {
  return utcHoursOfLocalDay(date, timeZone).map((hour_utc) => {
    const { localHour } = toLocal(hour_utc, timeZone);
    return { hour_utc, local_hour: localHour, open_fraction: openFraction(opening, localHour) };
  });
}
