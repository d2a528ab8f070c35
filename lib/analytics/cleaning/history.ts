/**
 * The history summary of a store-day, built from earlier days' summary rows only, so that
 * rebuilding day D later gives the same result as long as those rows are unchanged.
 */
import { addDays } from '../../time.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  profileKey,
  type CleaningParams,
  type SensorDaySummary,
  type SensorHistory,
  type StoreHistory,
  type StoreHourSummary,
} from './model.ts';
import { median, robustSd } from './stats.ts';

/** The local dates [from, to] whose summary rows the history of localDate reads. */
export function historyWindow(
  localDate: string,
  params: Pick<CleaningParams, 'historyDays'> = DEFAULT_CLEANING_PARAMS,
): { from: string; to: string } {
  return { from: addDays(localDate, -params.historyDays), to: addDays(localDate, -1) };
}

const byDate = <T extends { local_date: string }>(a: T, b: T) =>
  a.local_date < b.local_date ? -1 : a.local_date > b.local_date ? 1 : 0;

function sensorHistory(rows: SensorDaySummary[], params: CleaningParams): SensorHistory | null {
  rows.sort(byDate);
  const latest = rows[rows.length - 1]!;
  // Drifting days would drag the baseline up with the drift: they are left out of it.
  const baseline = rows.filter((r) => r.share !== null && r.share > 0 && !r.drift_flagged);
  const share = median(baseline.map((r) => r.share!));
  if (share === null) return null;
  const spreads = rows.flatMap((r) => (r.spread === null ? [] : [r.spread]));
  return {
    share,
    days: baseline.length,
    spread: median(spreads),
    daySpread:
      baseline.length >= params.minDriftBaselineDays
        ? robustSd(baseline.map((r) => Math.log(r.share! / share)))
        : null,
    drifting: latest.drift_flagged,
    driftRatio: latest.drift_ratio,
    driftScore: latest.drift_score,
  };
}

/**
 * History of one store for localDate from its sensor-day and profile-hour rows; rows of
 * other stores, of localDate itself or later, or older than the window are ignored.
 */
export function storeHistory(
  storeId: number,
  localDate: string,
  sensorDays: readonly SensorDaySummary[],
  profileHours: readonly StoreHourSummary[],
  params: CleaningParams = DEFAULT_CLEANING_PARAMS,
): StoreHistory {
  const { from, to } = historyWindow(localDate, params);
  const inWindow = (r: { store_id: number; local_date: string }) =>
    r.store_id === storeId && r.local_date >= from && r.local_date <= to;

  const perSensor = new Map<number, SensorDaySummary[]>();
  for (const r of sensorDays) {
    if (!inWindow(r)) continue;
    const list = perSensor.get(r.sensor_id) ?? [];
    list.push(r);
    perSensor.set(r.sensor_id, list);
  }
  const sensors = new Map<number, SensorHistory>();
  for (const [id, rows] of [...perSensor].sort((a, b) => a[0] - b[0])) {
    const h = sensorHistory(rows, params);
    if (h) sensors.set(id, h);
  }

  const byKey = new Map<number, StoreHourSummary[]>();
  const byHour = new Map<number, StoreHourSummary[]>();
  for (const r of profileHours) {
    if (!inWindow(r)) continue;
    const key = profileKey(r.weekday, r.local_hour);
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
    const all = byHour.get(r.local_hour) ?? [];
    all.push(r);
    byHour.set(r.local_hour, all);
  }
  // A median of fewer than minProfileDays days is no profile: one undetected spike would be
  // it, and would then reject the healthy readings that could correct it.
  const robust = (rows: StoreHourSummary[], days: number): number | null => {
    // Two rows of one date (the hour repeated when clocks go back) both count.
    const dates = [...new Set(rows.map((r) => r.local_date))].sort().slice(-days);
    if (dates.length < params.minProfileDays) return null;
    return median(rows.filter((r) => dates.includes(r.local_date)).map((r) => r.visitors_per_open_hour));
  };
  const profile = new Map<number, number>();
  for (const [key, rows] of byKey) {
    // The most recent weeks only: the level follows the season.
    const p = robust(rows, params.profileWeeks);
    if (p !== null) profile.set(key, p);
  }
  const profileByHour = new Map<number, number>();
  for (const [hour, rows] of byHour) {
    const p = robust(rows, params.historyDays);
    if (p !== null) profileByHour.set(hour, p);
  }
  return { sensors, profile, profileByHour };
}

/** The history of every store found in the rows, grouping them in one pass (a chain's day build). */
export function chainHistory(
  localDate: string,
  sensorDays: readonly SensorDaySummary[],
  profileHours: readonly StoreHourSummary[],
  params: CleaningParams = DEFAULT_CLEANING_PARAMS,
): Map<number, StoreHistory> {
  const sensorsByStore = new Map<number, SensorDaySummary[]>();
  for (const r of sensorDays) {
    const list = sensorsByStore.get(r.store_id) ?? [];
    list.push(r);
    sensorsByStore.set(r.store_id, list);
  }
  const hoursByStore = new Map<number, StoreHourSummary[]>();
  for (const r of profileHours) {
    const list = hoursByStore.get(r.store_id) ?? [];
    list.push(r);
    hoursByStore.set(r.store_id, list);
  }
  const stores = [...new Set([...sensorsByStore.keys(), ...hoursByStore.keys()])].sort((a, b) => a - b);
  return new Map(
    stores.map((id) => [
      id,
      storeHistory(id, localDate, sensorsByStore.get(id) ?? [], hoursByStore.get(id) ?? [], params),
    ]),
  );
}
