/**
 * The two methods the cleaning is compared with, on the same inputs: what the transform does
 * today (raw sums) and what the original's nightly notebooks did (docs/original.md).
 */
import type { SensorHourResult, StoreDayInput } from './model.ts';

/** One sensor-hour as a method counts it, and whether the method rejected the reading. */
export interface SensorHourEstimate {
  sensor_id: number;
  hour_utc: string;
  reading: number | null;
  estimate: number | null;
  flagged: boolean;
}

/** Rows in cleanStoreDay's order: sensor by sensor, each sensor's hours in order. */
function rows(
  input: StoreDayInput,
  fn: (reading: number | null, sensor: number, hour: number) => { estimate: number | null; flagged: boolean },
): SensorHourEstimate[] {
  return input.sensors.flatMap((s, i) =>
    input.hours.map((hour, h) => {
      const reading = s.readings[h] ?? null;
      return { sensor_id: s.sensor_id, hour_utc: hour.hour_utc, reading, ...fn(reading, i, h) };
    }),
  );
}

/** Today's transform: readings added as they come, a null counting as 0. */
export function rawSums(input: StoreDayInput): SensorHourEstimate[] {
  return rows(input, (reading) => ({ estimate: reading ?? 0, flagged: false }));
}

/** The original's fixed valid range of a reading. */
export const ORIGINAL_VALID_RANGE = Object.freeze({ min: 1, max: 120 });

/**
 * The original's rule: within opening hours keep readings in the fixed range 1-120, and rebuild
 * every other slot with the sensor's average valid reading of the day (nothing when it has none).
 * Outside opening hours the original kept no rows: 0.
 */
export function originalRule(input: StoreDayInput): SensorHourEstimate[] {
  const valid = (r: number | null): r is number =>
    r !== null && r >= ORIGINAL_VALID_RANGE.min && r <= ORIGINAL_VALID_RANGE.max;
  const dayAverage = input.sensors.map((s) => {
    const kept = s.readings.filter((r, h) => input.hours[h]!.open_fraction > 0 && valid(r)) as number[];
    return kept.length > 0 ? kept.reduce((a, b) => a + b, 0) / kept.length : null;
  });
  return rows(input, (reading, i, h) => {
    if (input.hours[h]!.open_fraction === 0) return { estimate: 0, flagged: false };
    if (valid(reading)) return { estimate: reading, flagged: false };
    return { estimate: dayAverage[i] ?? 0, flagged: true };
  });
}

/** The cleaning's rows in the same shape: flagged when the reading was not used as measured. */
export function asEstimates(rows: readonly SensorHourResult[]): SensorHourEstimate[] {
  return rows.map((r) => ({
    sensor_id: r.sensor_id,
    hour_utc: r.hour_utc,
    reading: r.reading,
    estimate: r.estimate,
    flagged: r.status !== 'measured',
  }));
}
