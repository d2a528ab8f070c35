/**
 * Numbers and dates per locale, shared by the server render, the browser and the tests so all
 * three agree to the character. The locale comes from a source the app's hooks point at
 * Paraglide's per-request locale (French unless the URL or cookie says English); this module
 * stays free of the generated runtime so plain Node (tests, scripts) can import it.
 */

export type Locale = 'fr' | 'en';
/** en-GB: day-month order and 24-hour clock, like the French original, in English words. */
const INTL: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

let source: () => Locale = () => 'fr';

/** Where the current locale comes from (the hooks: Paraglide's getLocale; tests: a fixed one). */
export function setLocaleSource(get: () => Locale): void {
  source = get;
}

export function currentLocale(): Locale {
  return source();
}

/** Shown when a ratio has no denominator (no visitors, no transactions). */
export const NOT_AVAILABLE = '—';

function makeFormats(tag: string) {
  return {
    integer: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    euros: new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
    percent: new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
    // Dates are calendar days: formatting them in UTC stops the viewer's time zone shifting them.
    longDate: new Intl.DateTimeFormat(tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    shortDay: new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }),
    timestamp: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
    wholeEuros: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    wholePercent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
    weekday: new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }),
    signedPercent: new Intl.NumberFormat(tag, {
      style: 'percent',
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
    dayMonth: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  };
}

const FORMATS = { fr: makeFormats(INTL.fr), en: makeFormats(INTL.en) };
const f = () => FORMATS[source()];

function isNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** Visitors, transactions: "12,345". */
export function formatCount(value: number): string {
  return f().integer.format(value);
}

/** Revenue and per-unit amounts: "€12,345.60"; null when there was nothing to divide by. */
export function formatEuros(value: number | null): string {
  return isNumber(value) ? f().euros.format(value) : NOT_AVAILABLE;
}

/** A ratio between 0 and 1 as a percentage: 0.2345 -> "23.5%". */
export function formatPercent(ratio: number | null): string {
  return isNumber(ratio) ? f().percent.format(ratio) : NOT_AVAILABLE;
}

/** "Paris (#1)"; stores known only from their daily rows have no name yet. */
export function formatStoreLabel(cityStore: string | null, storeId: number): string {
  if (cityStore !== null) return `${cityStore} (#${storeId})`;
  return source() === 'fr' ? `Magasin n° ${storeId}` : `Store #${storeId}`;
}

// The few phrases the tests rebuild in plain Node live here rather than in the compiled
// messages, so Node can import them without the generated runtime.
export function formatHoursLoaded(loaded: number, expected: number): string {
  return source() === 'fr'
    ? `${loaded} / ${expected} heures chargées`
    : `${loaded} / ${expected} hours loaded`;
}

export function formatMissingReadings(missing: number, readings: number): string {
  const fr = source() === 'fr';
  if (readings === 0) return fr ? 'Aucun relevé de capteur' : 'No sensor readings';
  const share = formatPercent(missing / readings);
  return fr
    ? `${formatCount(missing)} relevés manquants sur ${formatCount(readings)} (${share})`
    : `${formatCount(missing)} of ${formatCount(readings)} readings missing (${share})`;
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
  return f().longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2026-11-23" -> "Mon 23", for chart ticks. */
export function formatShortDay(isoDate: string): string {
  return f().shortDay.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A build timestamp in UTC, labelled as such: "24 Nov 2026, 03:00 UTC". */
export function formatTimestampUtc(iso: string): string {
  return `${f().timestamp.format(new Date(iso))} UTC`;
}

/** Axis ticks carry no cents: "€1,200". */
export function formatAxisEuros(value: number): string {
  return f().wholeEuros.format(value);
}

/** Axis ticks as whole percentages: 0.2 -> "20%". */
export function formatAxisPercent(ratio: number): string {
  return f().wholePercent.format(ratio);
}

/** A store-local wall-clock hour: 9 -> "09:00". */
export function formatLocalHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** The hour starting at a UTC hour, labelled as such: "13:00 UTC". */
export function formatUtcHourOfDay(isoHour: string): string {
  return `${isoHour.slice(11, 16)} UTC`;
}

/** ISO weekday 1-7 -> "Mon" ... "Sun" (2024-01-01 was a Monday). */
export function formatWeekday(isoWeekday: number): string {
  return f().weekday.format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** A change as a signed percentage: 0.032 -> "+3.2%"; null when there is nothing to compare. */
export function formatChange(ratio: number | null): string {
  return isNumber(ratio) ? f().signedPercent.format(ratio) : NOT_AVAILABLE;
}

/** A short date for axis ticks over weeks: "23 Nov". */
export function formatDayMonth(isoDate: string): string {
  return f().dayMonth.format(new Date(`${isoDate}T00:00:00Z`));
}
