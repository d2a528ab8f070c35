/**
 * The hourly check of a store's sensors: the cleaning of issue 8 (lib/analytics/cleaning) run
 * on the store-local day so far, and its verdict on the latest hour turned into a condition.
 * The detection rules stay the cleaning's own; this file only names what they found.
 */
import { cleanStoreDay } from '../analytics/cleaning/clean.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  type CleaningParams,
  type SensorHourResult,
  type StoreDayInput,
  type StoreHistory,
} from '../analytics/cleaning/model.ts';
import type { Condition, HealthHour } from './model.ts';

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
 * to and including the hour checked (later hours are not known yet when it is checked). The
 * result depends on those hours and the history only, so checking the hour again later gives
 * the same verdict.
 */
export function checkLatestHour(
  day: StoreDayInput,
  history: StoreHistory = EMPTY_HISTORY,
  params: CleaningParams = DEFAULT_CLEANING_PARAMS,
): SensorHealth[] {
  const n = day.hours.length;
  if (n === 0) return [];
  const { sensorHours } = cleanStoreDay(day, history, params);
  return day.sensors.map((_, i) => {
    const r = sensorHours[i * n + n - 1]!;
    const condition = conditionOf(r);
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
