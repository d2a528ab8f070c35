/** Which (store, UTC hour) pairs a data request covers, and whether they exist yet. */
import { addHours, isHourOver, utcHoursOfLocalDay } from '../../lib/time.ts';
import { ApiError, invalidParameter, notFound } from '../http/errors.ts';
import type { RouteContext } from '../http/route.ts';
import { localTime, type Store } from '../model/index.ts';

/** The largest answer one request may ask for (a local day of a 1,000 x 20 chain is 500,000). */
export const MAX_ROWS = 100_000;

export interface Selection {
  hour?: string;
  date?: string;
  local_hour?: number;
  store_id?: number[];
}

export interface StoreHour {
  store: Store;
  hour: string;
}

export function selectStores(ctx: RouteContext, ids: readonly number[] | undefined): readonly Store[] {
  if (!ids) return ctx.sim.chain.stores;
  const unknown = ids.filter((id) => !ctx.sim.chain.byId.has(id));
  if (unknown.length > 0) {
    throw notFound(`unknown store_id: ${unknown.join(', ')} (see GET /v1/stores)`, { store_id: unknown });
  }
  return ctx.sim.stores(ids);
}

/** Refuses hours that are not over yet: their data does not exist. */
export function ensureAvailable(hours: readonly string[], ctx: RouteContext): void {
  if (hours.length === 0) return;
  const latest = hours.reduce((a, b) => (a > b ? a : b));
  if (!isHourOver(latest, ctx.now())) {
    throw new ApiError(
      409,
      'not_yet_available',
      `hour ${latest} is not over yet: its data exists from ${addHours(latest, 1)}`,
      { hour: latest, available_from: addHours(latest, 1) },
    );
  }
}

/** Store-hours of a request, ordered by hour_utc then store_id. */
export function resolveSelection(sel: Selection, ctx: RouteContext, rowsPerStore: (s: Store) => number) {
  if (sel.hour === undefined && sel.date === undefined) {
    throw invalidParameter(
      'hour',
      'is required: give hour (a UTC hour such as 2026-11-24T13:00:00Z) or date (store-local YYYY-MM-DD, optionally with local_hour)',
    );
  }
  if (sel.hour !== undefined && sel.date !== undefined) {
    throw invalidParameter('date', 'give either hour (UTC) or date (store-local), not both');
  }
  if (sel.local_hour !== undefined && sel.date === undefined) {
    throw invalidParameter(
      'local_hour',
      'needs date (store-local YYYY-MM-DD); with a UTC hour use hour alone',
    );
  }
  const stores = selectStores(ctx, sel.store_id);
  const pairs: StoreHour[] = [];
  if (sel.hour !== undefined) {
    for (const store of stores) pairs.push({ store, hour: sel.hour });
  } else {
    const byZone = new Map<string, string[]>();
    for (const store of stores) {
      let hours = byZone.get(store.timezone);
      if (!hours) {
        hours = utcHoursOfLocalDay(sel.date!, store.timezone);
        byZone.set(store.timezone, hours);
      }
      for (const hour of hours) pairs.push({ store, hour });
    }
  }
  const selected =
    sel.local_hour === undefined
      ? pairs
      : pairs.filter((p) => localTime(p.hour, p.store.timezone).localHour === sel.local_hour);
  const rows = selected.reduce((n, p) => n + rowsPerStore(p.store), 0);
  if (rows > MAX_ROWS) {
    throw new ApiError(
      400,
      'range_too_large',
      `request covers ${rows} rows, more than ${MAX_ROWS}: narrow it with store_id, local_hour or hour`,
      { rows, max_rows: MAX_ROWS },
    );
  }
  ensureAvailable(
    selected.map((p) => p.hour),
    ctx,
  );
  if (sel.date !== undefined) {
    selected.sort((a, b) =>
      a.hour < b.hour ? -1 : a.hour > b.hour ? 1 : a.store.store_id - b.store.store_id,
    );
  }
  return selected;
}
