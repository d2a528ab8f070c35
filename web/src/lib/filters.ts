/**
 * The dashboard's filters as they travel in the URL, parsed and bounded before any query
 * runs: a bad or absurd value becomes a message for the analyst, never a slow or unsafe query.
 * Pure but for the messages (in the request's language, web/messages), so the pages, the CSV
 * endpoint and the tests read a URL the same way.
 */
import { addDays, parseIsoDate } from '#lib/time.ts';
import { m } from '#web/paraglide/messages.js';

/** The longest date range a view reads: a year and a day covers a leap year's comparisons. */
export const MAX_RANGE_DAYS = 366;
/** More sensor ids than any store has; the bound keeps the IN list small. */
export const MAX_SENSORS = 64;
/** Up to this many days the visitors chart is hourly; beyond it, daily stays readable. */
export const HOURLY_MAX_DAYS = 3;
/** A one-day view keeps its context chart: the chosen day and the 13 before it. */
export const CONTEXT_DAYS = 14;

export interface StoreFilters {
  from: string;
  to: string;
  /** Store-local hours, both included: 9-19 is 09:00 to 19:59. */
  hourFrom: number;
  hourTo: number;
  /** Empty means every sensor of the store. */
  sensors: number[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function date(raw: string): string | null {
  try {
    return parseIsoDate(raw);
  } catch {
    return null;
  }
}

function hour(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  return /^\d{1,2}$/.test(raw) && Number(raw) <= 23 ? Number(raw) : null;
}

/** Number of calendar days in [from, to], both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * A date range from `from`/`to`; a missing end defaults to `fallback` (the latest complete
 * day) and a missing start to the end, so a bare URL shows one day as it always did.
 */
export function parseRange(
  params: URLSearchParams,
  fallback: string,
  maxDays = MAX_RANGE_DAYS,
): Parsed<{ from: string; to: string }> {
  const rawFrom = params.get('from') ?? '';
  const rawTo = params.get('to') ?? '';
  const to = rawTo === '' ? fallback : date(rawTo);
  if (to === null) return { ok: false, message: m.filter_not_a_date({ value: rawTo }) };
  const from = rawFrom === '' ? to : date(rawFrom);
  if (from === null) return { ok: false, message: m.filter_not_a_date({ value: rawFrom }) };
  if (from > to) return { ok: false, message: m.filter_range_backwards({ from, to }) };
  if (daysIn(from, to) > maxDays) {
    return { ok: false, message: m.filter_range_too_long({ from, to, max: String(maxDays) }) };
  }
  return { ok: true, value: { from, to } };
}

export function parseStoreFilters(params: URLSearchParams, fallbackDate: string): Parsed<StoreFilters> {
  const range = parseRange(params, fallbackDate);
  if (!range.ok) return range;
  const hourFrom = hour(params.get('hf'), 0);
  const hourTo = hour(params.get('ht'), 23);
  if (hourFrom === null || hourTo === null) {
    return { ok: false, message: m.filter_hours_whole() };
  }
  if (hourFrom > hourTo) {
    return { ok: false, message: m.filter_hours_backwards({ from: String(hourFrom), to: String(hourTo) }) };
  }
  const rawSensors = params.getAll('sensor').filter((s) => s !== '');
  if (rawSensors.length > MAX_SENSORS) {
    return { ok: false, message: m.filter_too_many_sensors({ max: String(MAX_SENSORS) }) };
  }
  if (rawSensors.some((s) => !/^\d{1,6}$/.test(s))) {
    return { ok: false, message: m.filter_sensor_number() };
  }
  const sensors = [...new Set(rawSensors.map(Number))].sort((a, b) => a - b);
  return { ok: true, value: { ...range.value, hourFrom, hourTo, sensors } };
}

/** The query string that reproduces the filters; defaults are left out so links stay short. */
export function storeQuery(f: StoreFilters): string {
  const q = new URLSearchParams({ from: f.from, to: f.to });
  if (f.hourFrom !== 0) q.set('hf', String(f.hourFrom));
  if (f.hourTo !== 23) q.set('ht', String(f.hourTo));
  for (const s of f.sensors) q.append('sensor', String(s));
  return q.toString();
}

export function granularity(from: string, to: string): 'hour' | 'day' {
  return daysIn(from, to) <= HOURLY_MAX_DAYS ? 'hour' : 'day';
}

/** The period of the same length just before, for "vs previous period". */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const n = daysIn(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}

/** 52 weeks earlier, so each day is compared with the same weekday a year ago. */
export function lastYearPeriod(from: string, to: string): { from: string; to: string } {
  return { from: addDays(from, -364), to: addDays(to, -364) };
}

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const d = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
