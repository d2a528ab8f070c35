/**
 * The staffing plan: per store-hour, the staff the forecast visitors need at a visitors-per-
 * staff ratio (per store, with a chain default), never below a minimum while the store is
 * open, none while it is closed. Pure.
 */
import type { HourForecast } from './model.ts';

export interface StaffingParams {
  /** Visitors one member of staff can serve in an hour, chain-wide. */
  visitorsPerStaff: number;
  /** Staff on the floor during any open hour, however quiet. */
  minStaff: number;
  /** Per-store visitors-per-staff ratios overriding the chain's. */
  byStore: ReadonlyMap<number, number>;
}

export const DEFAULT_STAFFING: StaffingParams = { visitorsPerStaff: 25, minStaff: 2, byStore: new Map() };

export interface StaffingHour {
  store_id: number;
  hour_utc: string;
  local_date: string;
  local_hour: number;
  is_open: boolean;
  visitors_forecast: number;
  visitors_per_staff: number;
  staff: number;
}

export function staffingPlan(
  hours: readonly HourForecast[],
  params: StaffingParams = DEFAULT_STAFFING,
): StaffingHour[] {
  return hours.map((h) => {
    const ratio = params.byStore.get(h.store_id) ?? params.visitorsPerStaff;
    return {
      store_id: h.store_id,
      hour_utc: h.hour_utc,
      local_date: h.local_date,
      local_hour: h.local_hour,
      is_open: h.is_open,
      visitors_forecast: h.visitors,
      visitors_per_staff: ratio,
      // A hair under a whole number is that number: 50.0000001 / 25 needs 2, not 3.
      staff: h.is_open ? Math.max(params.minStaff, Math.ceil(h.visitors / ratio - 1e-9)) : 0,
    };
  });
}

/**
 * Parses STAFFING_STORE_RATIOS, "STORE=RATIO,..." (e.g. "3=30,7=18"); a message naming what
 * is wrong otherwise.
 */
export function parseStoreRatios(spec: string): Map<number, number> | string {
  const out = new Map<number, number>();
  if (spec.trim() === '') return out;
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    const store = m ? Number(m[1]) : NaN;
    const ratio = m ? Number(m[2]) : NaN;
    if (!m || !(store > 0) || !(ratio > 0))
      return `"${part.trim()}" is not STORE=RATIO (a store id and a positive number of visitors per staff)`;
    if (out.has(store)) return `store ${store} is given twice`;
    out.set(store, ratio);
  }
  return out;
}
