/** True footfall: how many people really entered a store, and through which door. */
import type { LocalTime } from '../../lib/time.ts';
import { HOUR_PROFILE, WEEKDAY_PROFILE, openFraction, seasonFactor } from './calendar.ts';
import { Rng, hourIndex } from './random.ts';
import type { Store } from './reference.ts';

/** Mean visitors per hour per unit of store size (store coef x sum of sensor coefs) at profile 1. */
export const VISITORS_PER_SIZE_UNIT = 45;

export interface StoreHourTruth {
  store: Store;
  hour_utc: string;
  local: LocalTime;
  /** Share of the hour the store was open. */
  openFraction: number;
  /** Expected footfall before the hour's own randomness. */
  expected: number;
  /** People who entered during the hour. */
  footfall: number;
  /** Footfall through each entrance, aligned with store.sensors; sums to footfall. */
  bySensor: number[];
}

/** Busy and quiet days beyond the calendar (weather, local events): one draw per store-day. */
export function dayNoise(store: Store, localDate: string): number {
  return Math.exp(0.12 * new Rng(['day', store.store_id, localDate]).normal());
}

/** Splits n into integers proportional to weights, summing to n exactly (largest remainder). */
export function splitProportionally(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => (n * w) / total);
  const out = shares.map(Math.floor);
  let left = n - out.reduce((s, v) => s + v, 0);
  const remainder = shares.map((s, i) => s - out[i]!);
  const order = remainder.map((_, i) => i).sort((a, b) => remainder[b]! - remainder[a]! || a - b);
  for (const i of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}

export function storeHourTruth(store: Store, hour: string, local: LocalTime): StoreHourTruth {
  const open = openFraction(store, local);
  if (open === 0) {
    return {
      store,
      hour_utc: hour,
      local,
      openFraction: 0,
      expected: 0,
      footfall: 0,
      bySensor: store.sensors.map(() => 0),
    };
  }
  const expected =
    VISITORS_PER_SIZE_UNIT *
    store.coef *
    store.sensorCoefSum *
    WEEKDAY_PROFILE[local.weekday - 1]! *
    HOUR_PROFILE[local.localHour]! *
    seasonFactor(local.localDate) *
    dayNoise(store, local.localDate) *
    open;
  const rng = new Rng(['footfall', store.store_id, hourIndex(hour)]);
  const footfall = Math.max(0, Math.round(expected * Math.exp(0.08 * rng.normal())));
  // Each door's share wobbles a little hour to hour around its coefficient.
  const weights = store.sensors.map((s) => s.coef * Math.exp(0.1 * rng.normal()));
  return {
    store,
    hour_utc: hour,
    local,
    openFraction: open,
    expected,
    footfall,
    bySensor: splitProportionally(footfall, weights),
  };
}
