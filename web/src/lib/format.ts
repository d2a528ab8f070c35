/**
 * KPI formatting, shared by the server render, the browser and the tests so all three
 * agree to the character. en-GB keeps the output identical across ICU versions (Node's
 * and Chromium's), which French spacing rules (narrow no-break spaces) do not.
 */

const LOCALE = 'en-GB';
/** Shown when a ratio has no denominator (no visitors, no transactions). */
export const NOT_AVAILABLE = '—';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const percent = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
// Dates are calendar days: formatting them in UTC stops the viewer's time zone shifting them.
const longDate = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
const timestamp = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** Visitors, transactions: "12,345". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** Revenue and per-unit amounts: "€12,345.60"; null when there was nothing to divide by. */
export function formatEuros(value: number | null): string {
  return isNumber(value) ? euros.format(value) : NOT_AVAILABLE;
}

/** A ratio between 0 and 1 as a percentage: 0.2345 -> "23.5%". */
export function formatPercent(ratio: number | null): string {
  return isNumber(ratio) ? percent.format(ratio) : NOT_AVAILABLE;
}

/** "Paris (#1)"; stores known only from their daily rows have no name yet. */
export function formatStoreLabel(cityStore: string | null, storeId: number): string {
  return cityStore === null ? `Store #${storeId}` : `${cityStore} (#${storeId})`;
}

export function formatHoursLoaded(loaded: number, expected: number): string {
  return `${loaded} / ${expected} hours loaded`;
}

export function formatMissingReadings(missing: number, readings: number): string {
  if (readings === 0) return 'No sensor readings';
  return `${formatCount(missing)} of ${formatCount(readings)} readings missing (${formatPercent(missing / readings)})`;
}

/** Whether the day can be trusted as complete; shown in words, not only in colour. */
export function qualityLevel(
  hoursLoaded: number,
  hoursExpected: number,
  readingsMissing: number,
): 'complete' | 'partial' {
  return hoursLoaded >= hoursExpected && readingsMissing === 0 ? 'complete' : 'partial';
}

/** "2026-11-23" -> "Monday 23 November 2026". */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2026-11-23" -> "Mon 23", for chart ticks. */
export function formatShortDay(isoDate: string): string {
  return shortDay.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A transform timestamp in UTC, labelled as such: "24 Nov 2026, 03:00 UTC". */
export function formatTimestampUtc(iso: string): string {
  return `${timestamp.format(new Date(iso))} UTC`;
}

const wholeEuros = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const wholePercent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** Axis ticks carry no cents: "€1,200". */
export function formatAxisEuros(value: number): string {
  return wholeEuros.format(value);
}

/** Axis ticks as whole percentages: 0.2 -> "20%". */
export function formatAxisPercent(ratio: number): string {
  return wholePercent.format(ratio);
}

/** A store-local wall-clock hour: 9 -> "09:00". */
export function formatLocalHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** The hour starting at a UTC hour, labelled as such: "13:00 UTC". */
export function formatUtcHourOfDay(isoHour: string): string {
  return `${isoHour.slice(11, 16)} UTC`;
}

const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone: 'UTC' });

/** ISO weekday 1-7 -> "Mon" ... "Sun" (2024-01-01 was a Monday). */
export function formatWeekday(isoWeekday: number): string {
  return weekdayFormat.format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

const signedPercent = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  signDisplay: 'exceptZero',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A change as a signed percentage: 0.032 -> "+3.2%"; null when there is nothing to compare. */
export function formatChange(ratio: number | null): string {
  return isNumber(ratio) ? signedPercent.format(ratio) : NOT_AVAILABLE;
}

/** A short date for axis ticks over weeks: "23 Nov". */
const dayMonth = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
export function formatDayMonth(isoDate: string): string {
  return dayMonth.format(new Date(`${isoDate}T00:00:00Z`));
}
