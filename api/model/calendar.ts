/**
 * When and how busy: opening hours, public holidays and the demand profiles
 * (weekday, hour of day, season) that shape true footfall.
 */
import { seasonIndex, type SeasonCalendar } from '../../lib/forecast/season.ts';
import { toLocal, type LocalTime } from '../../lib/time.ts';
import { HOLIDAY_CALENDARS, type Store } from './reference.ts';

/** Relative demand by ISO weekday (index 0 = Monday); Saturday is the busiest day. */
export const WEEKDAY_PROFILE = [0.8, 0.85, 1.0, 0.9, 1.1, 1.5, 0.9] as const;

/** Relative demand by local hour: a lunch peak (12-13h) and an after-work peak (17-18h). */
export const HOUR_PROFILE = [
  0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.25, 0.35, 0.45, 0.65, 0.85, 1.15, 1.2, 0.85, 0.8, 0.9, 1.2, 1.3, 0.95,
  0.6, 0.4, 0.25, 0.15,
] as const;

/**
 * The reference chain's retail season, in the forecast's terms: the forecast is given these
 * same values as its defaults (lib/forecast/season.ts; api/model/model.test.ts checks).
 */
export const REFERENCE_SEASON: SeasonCalendar = {
  months: [0.9, 0.85, 0.95, 1.0, 1.0, 1.0, 1.0, 0.85, 0.95, 1.0, 1.05, 1.2],
  christmas: { fromDay: 15, toDay: 24, factor: 1.3 },
  sales: { firstWeek: 1.4, laterWeeks: 1.2, weeks: 4 },
};

const seasonCache = new Map<string, number>();

/**
 * Seasonal factor of a local date: the month, the Christmas rush (15-24 December) and the
 * French sales periods (from the second Wednesday of January and the last Wednesday of June,
 * four weeks each, the first week the busiest).
 */
export function seasonFactor(localDate: string): number {
  const cached = seasonCache.get(localDate);
  if (cached !== undefined) return cached;
  const factor = seasonIndex(localDate, REFERENCE_SEASON);
  seasonCache.set(localDate, factor);
  return factor;
}

export class OutOfModelRangeError extends RangeError {
  override name = 'OutOfModelRangeError';
}

export function isHoliday(store: Store, localDate: string): boolean {
  // Chains are built only with known calendars (reference.ts checks).
  const calendar = HOLIDAY_CALENDARS.get(store.holidays)!;
  const year = Number(localDate.slice(0, 4));
  if (year < calendar.first || year > calendar.last) {
    throw new OutOfModelRangeError(
      `no holiday data for ${localDate}: the model covers ${calendar.first}-${calendar.last}`,
    );
  }
  return calendar.dates.has(localDate);
}

/** Share of the local hour during which the store is open (0 closed, 1 open all hour). */
export function openFraction(store: Store, local: LocalTime): number {
  if (isHoliday(store, local.localDate)) return 0;
  const span = store.opening[local.weekday - 1];
  if (!span) return 0;
  const from = local.localHour * 60;
  const minutes = Math.min(span.close, from + 60) - Math.max(span.open, from);
  return minutes > 0 ? minutes / 60 : 0;
}

const localCache = new Map<string, LocalTime>();

/** toLocal, memoised: Intl formatting dominates the cost of a large hour otherwise. */
export function localTime(hour: string, timeZone: string): LocalTime {
  const key = `${timeZone} ${hour}`;
  let local = localCache.get(key);
  if (!local) {
    // A bounded memo: clearing wholesale is simpler than LRU and still hits on hot hours.
    if (localCache.size >= 50_000) localCache.clear();
    local = toLocal(hour, timeZone);
    localCache.set(key, local);
  }
  return local;
}
