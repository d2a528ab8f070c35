/**
 * What the door sensors report: the true count with a little measurement noise, and
 * faults at controlled rates so the pipeline's data-quality checks have work to do.
 */
import { HOUR_MS } from '../../lib/time.ts';
import type { StoreHourTruth } from './footfall.ts';
import { Rng, uniformOf } from './random.ts';
import type { Sensor } from './reference.ts';

export const FAULTS = ['none', 'missing', 'spike', 'dead', 'outage', 'drift'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultRates {
  /** Probability that an open-hour reading is missing (null). */
  missing: number;
  /** Probability that an open-hour reading is a spike (truth x 8-12). */
  spike: number;
  /** Probability that an open-hour reading comes from a nearly dead sensor (0-2). */
  dead: number;
  /** Probability per sensor and UTC day that an outage of 2-8 hours starts (consecutive nulls). */
  outagePerSensorDay: number;
  /** Probability per sensor and week that it double counts, drifting from x1 to x2 over the week. */
  driftPerSensorWeek: number;
}

/** Close to the original: about 4% missing, 2% spikes, 2% dead readings. */
export const DEFAULT_FAULT_RATES: Readonly<FaultRates> = Object.freeze({
  missing: 0.04,
  spike: 0.02,
  dead: 0.02,
  outagePerSensorDay: 0.02,
  driftPerSensorWeek: 0.01,
});

export const NO_FAULTS: Readonly<FaultRates> = Object.freeze({
  missing: 0,
  spike: 0,
  dead: 0,
  outagePerSensorDay: 0,
  driftPerSensorWeek: 0,
});

export function validateFaultRates(rates: FaultRates): FaultRates {
  for (const [name, value] of Object.entries(rates)) {
    if (!(typeof value === 'number' && value >= 0 && value <= 1)) {
      throw new RangeError(`fault rate ${name} must be a number between 0 and 1`);
    }
  }
  if (rates.missing + rates.spike + rates.dead > 1) {
    throw new RangeError('fault rates missing + spike + dead must not exceed 1');
  }
  return rates;
}

export const OUTAGE_MIN_HOURS = 2;
export const OUTAGE_MAX_HOURS = 8;
/** Relative standard deviation of a healthy sensor's count. */
export const MEASUREMENT_NOISE = 0.03;

const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
/** The Unix epoch is a Thursday; weeks start on Monday 1970-01-05. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/**
 * Whether a sensor is in an outage at an hour. Outages start at most once per sensor-day
 * and last under 24 hours, so only today's and yesterday's draws can cover an hour: no state.
 */
export function inOutage(sensor: Sensor, hourMs: number, ratePerDay: number): boolean {
  const day = Math.floor(hourMs / DAY_MS);
  for (let d = day; d >= day - 1; d--) {
    if (uniformOf(['outage', sensor.store_id, sensor.sensor_id, d]) >= ratePerDay) continue;
    const rng = new Rng(['outage-window', sensor.store_id, sensor.sensor_id, d]);
    const start = d * DAY_MS + rng.int(0, 23) * HOUR_MS;
    const hours = rng.int(OUTAGE_MIN_HOURS, OUTAGE_MAX_HOURS);
    if (hourMs >= start && hourMs < start + hours * HOUR_MS) return true;
  }
  return false;
}

/** The double-counting factor of a sensor at an hour: 1 when healthy, rising to 2 over a drift week. */
export function driftFactor(sensor: Sensor, hourMs: number, ratePerWeek: number): number {
  const week = Math.floor((hourMs - FIRST_MONDAY_MS) / WEEK_MS);
  if (uniformOf(['drift', sensor.store_id, sensor.sensor_id, week]) >= ratePerWeek) return 1;
  const intoWeek = hourMs - FIRST_MONDAY_MS - week * WEEK_MS;
  return 1 + (intoWeek + HOUR_MS) / WEEK_MS;
}

export interface SensorHour {
  sensor: Sensor;
  /** True number of people through this entrance. */
  truth: number;
  reading: number | null;
  fault: Fault;
}

/** Readings of all the store's sensors for one hour, aligned with store.sensors. */
export function sensorReadings(truth: StoreHourTruth, rates: FaultRates): SensorHour[] {
  const hourMs = Date.parse(truth.hour_utc);
  const open = truth.openFraction > 0;
  const out: SensorHour[] = [];
  for (let i = 0; i < truth.store.sensors.length; i++) {
    const sensor = truth.store.sensors[i]!;
    const trueCount = truth.bySensor[i]!;
    let reading: number | null;
    let fault: Fault = 'none';
    if (inOutage(sensor, hourMs, rates.outagePerSensorDay)) {
      reading = null;
      fault = 'outage';
    } else if (!open) {
      // A closed store has nobody to count: point faults and drift only show while open.
      reading = 0;
    } else {
      const rng = new Rng(['reading', sensor.store_id, sensor.sensor_id, hourMs / HOUR_MS]);
      const u = rng.next();
      if (u < rates.missing) {
        reading = null;
        fault = 'missing';
      } else if (u < rates.missing + rates.spike) {
        reading = Math.round(trueCount * rng.between(8, 12));
        fault = 'spike';
      } else if (u < rates.missing + rates.spike + rates.dead) {
        reading = rng.int(0, 2);
        fault = 'dead';
      } else {
        reading = Math.max(0, Math.round(trueCount * (1 + MEASUREMENT_NOISE * rng.normal())));
        const drift = driftFactor(sensor, hourMs, rates.driftPerSensorWeek);
        if (drift > 1) {
          reading = Math.round(reading * drift);
          fault = 'drift';
        }
      }
    }
    out.push({ sensor, truth: trueCount, reading, fault });
  }
  return out;
}
