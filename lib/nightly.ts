/** Which days the scheduled runs cover, from their action time and the chain's time zones. Pure. */
import { addDays, formatUtcHour, hourToMs, toLocal, utcHoursOfLocalDay } from './time.ts';

/** The local hour at which a zone's yesterday is built: late enough for the source to have closed it. */
export const NIGHTLY_LOCAL_HOUR = 3;

/**
 * The dates a nightly run at `actionMs` builds: yesterday of each zone where it is 03:00
 * local (or of `only`, at any hour), with the zones that asked for it, by date.
 */
export function nightlyDays(
  actionMs: number,
  zones: readonly string[],
  only?: string,
): { date: string; timeZones: string[] }[] {
  const hour = formatUtcHour(actionMs);
  const byDate = new Map<string, string[]>();
  for (const zone of only ? [only] : zones) {
    const local = toLocal(hour, zone);
    if (!only && local.localHour !== NIGHTLY_LOCAL_HOUR) continue;
    const date = addDays(local.localDate, -1);
    byDate.set(date, [...(byDate.get(date) ?? []), zone]);
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, timeZones]) => ({ date, timeZones }));
}

/** The first and last store-local date, in any of `zones`, of a non-empty list of UTC hours. */
export function localDateRange(
  hours: readonly string[],
  zones: readonly string[],
): { fromDate: string; toDate: string } {
  const dates = hours.flatMap((h) => zones.map((z) => toLocal(h, z).localDate)).sort();
  if (dates.length === 0) throw new RangeError('localDateRange needs at least one hour and one zone');
  return { fromDate: dates[0]!, toDate: dates.at(-1)! };
}

const HOUR_MS = 3_600_000;

/**
 * Whether a day build that failed only for missing hours was a build of a day still under way:
 * built before the day was over in some store's zone, whose nightly run (03:00 there the next
 * day, with its hour and one more to finish) has not come yet. Such a build is expected to lack
 * hours, and the nightly run rebuilds it; after that, missing hours are a real failure.
 * A multi-zone chain builds each date once per zone (lib/nightly.ts), so Tokyo's run builds
 * Paris's stores mid-afternoon.
 */
export function isBuildOfDayUnderWay(
  date: string,
  zones: readonly string[],
  builtAtMs: number,
  nowMs: number,
): boolean {
  // Every zone's nightly run of `date` is over by the next day's 17:00 UTC (UTC-12's 05:00):
  // past that, skip the time-zone arithmetic (Intl is slow, and the pages ask for every failed day).
  if (nowMs >= Date.parse(`${addDays(date, 2)}T00:00:00Z`)) return false;
  return zones.some((zone) => {
    const endMs = hourToMs(utcHoursOfLocalDay(date, zone).at(-1)!) + HOUR_MS;
    const nightly = utcHoursOfLocalDay(addDays(date, 1), zone).find(
      (h) => toLocal(h, zone).localHour >= NIGHTLY_LOCAL_HOUR,
    )!;
    return builtAtMs < endMs && nowMs < hourToMs(nightly) + 2 * HOUR_MS;
  });
}
