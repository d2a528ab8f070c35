/**
 * The hourly check of a store's sensors: the cleaning of issue 8 (lib/analytics/cleaning) run
 * on the store-local day so far, and its verdict on the latest hour turned into a condition.
 * The detection rules stay the cleaning's own; this file only names what they found.
 *
 * Drift is the exception: a share judged on the few hours of a morning wanders too much (most
 * drift verdicts of a partial day were false in the evaluation), so a sensor is drifting when
 * the day builds' own drift detection flagged it on their latest DRIFT_DAYS days (a flag of a
 * day or two is often a false alarm that a later build clears; a real drift lasts the week).
 */
import { cleanStoreDay } from '../analytics/cleaning/clean.ts';
import { addDays } from '../time.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  type CleaningParams,
  type SensorDaySummary,
  type SensorHourResult,
  type StoreDayInput,
  type StoreHistory,
} from '../analytics/cleaning/model.ts';
import type { Condition, HealthHour } from './model.ts';

/** Consecutive built days flagging a sensor's drift before its hours count as drifting. */
export const DRIFT_DAYS = 3;

/**
 * The sensors of a store whose latest `days` summary rows before `localDate` (the day builds'
 * sensor_daily_baseline) all flag drift, those rows being on consecutive dates.
 */
export function driftingSensors(
  rows: readonly SensorDaySummary[],
  storeId: number,
  localDate: string,
  days = DRIFT_DAYS,
): Set<number> {
  const bySensor = new Map<number, SensorDaySummary[]>();
  for (const r of rows) {
    if (r.store_id !== storeId || r.local_date >= localDate) continue;
    bySensor.set(r.sensor_id, [...(bySensor.get(r.sensor_id) ?? []), r]);
  }
  const out = new Set<number>();
  for (const [id, list] of bySensor) {
    const latest = list.sort((a, b) => (a.local_date < b.local_date ? 1 : -1)).slice(0, days);
    const consecutive = latest.every(
      (r, k) => k === 0 || addDays(r.local_date, 1) === latest[k - 1]!.local_date,
    );
    if (latest.length === days && consecutive && latest.every((r) => r.drift_flagged)) out.add(id);
  }
  return out;
}

/** A cleaned sensor-hour's condition: the cleaning's reason, in alert words. */
export function conditionOf(r: Pick<SensorHourResult, 'method' | 'reason'>): Condition {
  if (r.method === 'closed') return 'closed';
  switch (r.reason) {
    case 'missing':
    case 'outage':
      return 'silent';
    case 'dead':
      return 'dead';
    case 'spike':
      return 'spiking';
    case 'drift':
      return 'drifting';
    default:
      return 'healthy';
  }
}

export interface SensorHealth extends HealthHour {
  sensor_id: number;
}

/**
 * Each sensor's condition in the last hour of `day`, which holds the store-local day's hours up
 * to and including the hour checked (later hours are not known yet when it is checked), and
 * `drifting` from driftingSensors. The result depends on those hours and the history only, so checking the hour again later gives
 * the same verdict.
 */
export function checkLatestHour(
  day: StoreDayInput,
  history: StoreHistory = EMPTY_HISTORY,
  drifting: ReadonlySet<number> = new Set(),
  params: CleaningParams = DEFAULT_CLEANING_PARAMS,
): SensorHealth[] {
  const n = day.hours.length;
  if (n === 0) return [];
  const { sensorHours } = cleanStoreDay(day, history, params);
  return day.sensors.map((s, i) => {
    const r = sensorHours[i * n + n - 1]!;
    let condition = conditionOf(r);
    if (condition === 'drifting' || condition === 'healthy')
      condition = drifting.has(s.sensor_id) ? 'drifting' : 'healthy';
    return {
      sensor_id: r.sensor_id,
      hour_utc: r.hour_utc,
      condition,
      reading: r.reading,
      expected: condition === 'closed' ? null : r.estimate,
    };
  });
}

/** The day truncated after its hour index `last`: what a check of that hour knows. */
export function dayUpTo(day: StoreDayInput, last: number): StoreDayInput {
  return {
    ...day,
    hours: day.hours.slice(0, last + 1),
    sensors: day.sensors.map((s) => ({ sensor_id: s.sensor_id, readings: s.readings.slice(0, last + 1) })),
  };
}
