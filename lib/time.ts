/**
 * Time helpers. Hours travel through the system as canonical UTC strings
 * ("2026-11-24T13:00:00Z") and days as ISO dates ("2026-11-24"): both are plain,
 * sortable, JSON-safe and deterministic inside workflows.
 */
import { PermanentError } from './errors.ts';

const HOUR_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::00(?::00(?:\.0{1,3})?)?)?Z$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The length of an hour: the unit of extraction, loading and the lake's partitions. */
export const HOUR_MS = 3_600_000;

/** A malformed or impossible hour or date. */
export class TimeInputError extends PermanentError {
  override name = 'TimeInputError';
}

/** A time zone the hourly model cannot represent: its offset from UTC is not whole hours. */
export class UnsupportedTimeZoneError extends RangeError {
  override name = 'UnsupportedTimeZoneError';
}

/** Parses a whole UTC hour ("2026-11-24T13:00:00Z", "2026-11-24T13:00Z" or "2026-11-24T13Z"). */
export function parseUtcHour(input: string): string {
  const m = HOUR_RE.exec(input);
  if (!m) {
    throw new TimeInputError(
      `invalid hour "${input}": expected a whole UTC hour such as 2026-11-24T13:00:00Z`,
    );
  }
  const [, y, mo, d, h] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h));
  const canonical = formatUtcHour(ms);
  if (canonical.slice(0, 13) !== `${y}-${mo}-${d}T${h}`) {
    throw new TimeInputError(`invalid hour "${input}": no such date or hour`);
  }
  return canonical;
}

/** Parses an ISO calendar date ("2026-11-24"), rejecting impossible dates. */
export function parseIsoDate(input: string): string {
  const m = DATE_RE.exec(input);
  if (!m) throw new TimeInputError(`invalid date "${input}": expected YYYY-MM-DD`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== input) {
    throw new TimeInputError(`invalid date "${input}": no such day`);
  }
  return input;
}

export function formatUtcHour(ms: number): string {
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString().replace('.000Z', 'Z');
}

export function hourToMs(hour: string): number {
  return Date.parse(hour);
}

export function addHours(hour: string, n: number): string {
  return formatUtcHour(hourToMs(hour) + n * HOUR_MS);
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 24 * HOUR_MS).toISOString().slice(0, 10);
}

/** Every UTC hour in [from, to), in order. */
export function hoursInRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = hourToMs(from); ms < hourToMs(to); ms += HOUR_MS) out.push(formatUtcHour(ms));
  return out;
}

/** Every date in [from, to], in order. */
export function datesInRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Whether a UTC hour is over at `nowMs`: only then can its data exist at the source. */
export function isHourOver(hour: string, nowMs: number): boolean {
  return hourToMs(hour) + HOUR_MS <= nowMs;
}

/** The last hour that is over at `nowMs`. */
export function lastCompleteHour(nowMs: number): string {
  return formatUtcHour(nowMs - HOUR_MS);
}

/** The `count` UTC hours ending with the last hour that is over at `nowMs`, oldest first. */
export function recentHours(nowMs: number, count: number): string[] {
  const last = lastCompleteHour(nowMs);
  return hoursInRange(addHours(last, 1 - count), addHours(last, 1));
}

export interface LocalTime {
  localDate: string;
  localHour: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * Wall-clock date, hour and weekday of a UTC hour in a time zone. Only whole-hour offsets are
 * supported: in Asia/Kolkata (+05:30) a UTC hour straddles two local hours, sometimes two local
 * days, so it has no single local_date and local_hour; such zones are refused, naming the zone.
 */
export function toLocal(hour: string, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  const ms = hourToMs(hour);
  for (const p of formatter(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  if (parts.minute !== '00') {
    const offset = Math.round(
      (Date.UTC(
        Number(parts.year),
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
        Number(parts.minute),
      ) -
        ms) /
        60_000,
    );
    const abs = Math.abs(offset);
    const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    throw new UnsupportedTimeZoneError(
      `time zone "${timeZone}" is UTC${offset < 0 ? '-' : '+'}${hhmm} at ${formatUtcHour(ms)}: ` +
        'only whole-hour offsets from UTC are supported (a UTC hour must be one local hour)',
    );
  }
  return {
    localDate: `${parts.year}-${parts.month}-${parts.day}`,
    localHour: Number(parts.hour),
    weekday: WEEKDAYS[parts.weekday!]!,
  };
}

/**
 * Refuses, before any hour is asked for, a zone that does not exist or whose offset is not whole
 * hours in January or July of a year in [fromYear, toYear] (standard and summer time, either
 * hemisphere): Asia/Kolkata, Asia/Kathmandu, Australia/Lord_Howe in winter...
 */
export function checkWholeHourZone(timeZone: string, fromYear: number, toYear: number): void {
  try {
    formatter(timeZone);
  } catch {
    throw new UnsupportedTimeZoneError(`unknown time zone "${timeZone}"`);
  }
  for (let year = fromYear; year <= toYear; year++) {
    toLocal(`${year}-01-15T12:00:00Z`, timeZone);
    toLocal(`${year}-07-15T12:00:00Z`, timeZone);
  }
}

/**
 * The UTC hours whose wall-clock date in `timeZone` is `date`: 24 on most days,
 * 23 and 25 on daylight-saving change days.
 */
export function utcHoursOfLocalDay(date: string, timeZone: string): string[] {
  // A local day always lies within [date-1 10:00Z, date+1 12:00Z) for UTC offsets of -12..+14.
  const candidates = hoursInRange(`${addDays(date, -1)}T10:00:00Z`, `${addDays(date, 1)}T12:00:00Z`);
  return candidates.filter((h) => toLocal(h, timeZone).localDate === date);
}
