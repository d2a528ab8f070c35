/**
 * Planning queries for the orchestration: the chain's time zones, which UTC hours make a
 * day, which are missing, and which built days an hour came too late for.
 */
import { chunk, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { toIsoHour, toIsoTimestamp } from '../lib/db/values.ts';
import * as ingestion from '../lib/ingestion.ts';
import {
  addHours,
  HOUR_MS,
  hourToMs,
  hoursInRange,
  parseIsoDate,
  parseUtcHour,
  toLocal,
  utcHoursOfLocalDay,
} from '../lib/time.ts';
import { PermanentError } from '../lib/errors.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

const latest = (values: unknown[]): number | undefined => {
  const ms = values.filter((v) => v != null).map((v) => Date.parse(toIsoTimestamp(v)));
  return ms.length > 0 ? Math.max(...ms) : undefined;
};

/** A store id the chain does not have: asking again cannot help. */
export class UnknownStoreError extends PermanentError {
  override name = 'UnknownStore';
}

/** The time zones of the given stores, sorted; refuses ids the chain does not have. */
export function zonesOf(byZone: Map<string, number[]>, stores: readonly number[]): string[] {
  const zoneOf = new Map([...byZone].flatMap(([zone, ids]) => ids.map((id) => [id, zone] as const)));
  const unknown = stores.filter((id) => !zoneOf.has(id));
  if (unknown.length > 0) {
    const known = [...zoneOf.keys()].sort((a, b) => a - b);
    throw new UnknownStoreError(
      `unknown store ${unknown.join(', ')}: the chain's stores are ${known.join(', ') || 'none yet (no store sync)'}`,
    );
  }
  return [...new Set(stores.map((id) => zoneOf.get(id)!))].sort();
}

export function makePlan(deps: ActivityDeps) {
  const storesT = () => tableRef(deps.db, 'analytics', ANALYTICS.dimStore).qualified;
  const dailyT = () => tableRef(deps.db, 'analytics', ANALYTICS.storeDaily).qualified;
  const logT = () => tableRef(deps.db, 'raw', RAW.ingestionLog).qualified;

  /** The chain's stores by time zone (UTC alone before the first store sync). */
  async function storesByZone(): Promise<Map<string, number[]>> {
    const rows = (await deps.db(storesT()).select('store_id', 'timezone')) as {
      store_id: number;
      timezone: string;
    }[];
    const zones = new Map<string, number[]>();
    for (const r of rows) zones.set(r.timezone, [...(zones.get(r.timezone) ?? []), Number(r.store_id)]);
    return zones.size > 0 ? zones : new Map([['UTC', []]]);
  }

  /** The time zones of the chain's stores, sorted. */
  async function chainTimeZones(): Promise<string[]> {
    return [...(await storesByZone()).keys()].sort();
  }

  /**
   * The UTC hours that make up a local date in any of the chain's time zones, sorted; with
   * `stores`, in those stores' zones only (an id the chain does not have is refused).
   */
  async function hoursOfDay(input: { date: string; stores?: number[] }): Promise<string[]> {
    return failPermanentlyOn(async () => {
      const date = parseIsoDate(input.date);
      const zones = input.stores ? zonesOf(await storesByZone(), input.stores) : await chainTimeZones();
      return [...new Set(zones.flatMap((z) => utcHoursOfLocalDay(date, z)))].sort();
    });
  }

  /**
   * Of the given hours, those where one of `stores` has no till row in raw (every store has
   * one each hour, open or not): the hours a store added since, or lost, still needs.
   */
  async function hoursLackingStores(input: { hours: string[]; stores: number[] }): Promise<string[]> {
    const { db } = deps;
    const have = new Map<string, Set<number>>();
    for (const part of chunk(input.hours, valuesPerInList(dialectOf(db)))) {
      const rows = (await db(tableRef(db, 'raw', RAW.transactions).qualified)
        .whereIn('hour_utc', part)
        .whereIn('store_id', input.stores)
        .distinct('hour_utc', 'store_id')) as { hour_utc: unknown; store_id: number }[];
      for (const r of rows) {
        const hour = toIsoHour(r.hour_utc);
        have.set(hour, (have.get(hour) ?? new Set()).add(Number(r.store_id)));
      }
    }
    return input.hours.filter((h) => (have.get(h)?.size ?? 0) < new Set(input.stores).size);
  }

  /**
   * The store-local dates containing `hourUtc` that were built after they were over in
   * their zone: that build lacked this hour, so it came late. A day built while still under
   * way (the nightly run of another zone builds every store's date) does not count.
   */
  async function builtDaysOfHour(input: { hourUtc: string }): Promise<string[]> {
    return failPermanentlyOn(async () => {
      const hourUtc = parseUtcHour(input.hourUtc);
      const dates = new Set<string>();
      for (const [zone, stores] of await storesByZone()) {
        const date = toLocal(hourUtc, zone).localDate;
        const dayEnd = hourToMs(utcHoursOfLocalDay(date, zone).at(-1)!) + HOUR_MS;
        const rows = (await deps
          .db(dailyT())
          .where('local_date', date)
          .whereIn('store_id', stores)
          .max({ built: 'built_at' })) as { built: unknown }[];
        const built = latest(rows.map((r) => r.built));
        if (built !== undefined && built >= dayEnd) dates.add(date);
      }
      return [...dates].sort();
    });
  }

  /** Whether `date` was built after the last successful load of any of its `hours`. */
  async function dayBuiltSinceLoads(input: { date: string; hours: string[] }): Promise<boolean> {
    const { db } = deps;
    const builds = (await db(dailyT()).where('local_date', input.date).min({ built: 'built_at' })) as {
      built: unknown;
    }[];
    const built = latest(builds.map((r) => r.built));
    if (built === undefined) return false;
    const loads: unknown[] = [];
    for (const part of chunk(input.hours, valuesPerInList(dialectOf(db)))) {
      const rows = (await db(logT())
        .whereIn('hour_utc', part)
        .andWhere('status', 'succeeded')
        .max({ at: 'finished_at' })) as { at: unknown }[];
      loads.push(...rows.map((r) => r.at));
    }
    const loaded = latest(loads);
    return loaded === undefined || built >= loaded;
  }

  /**
   * The hours before `beforeHour` not ingested yet, back to the earliest hour ever ingested
   * but at most `maxLookbackHours`: the holes a downtime of any length left.
   */
  async function missingHoursBefore(input: {
    beforeHour: string;
    maxLookbackHours: number;
  }): Promise<string[]> {
    const rows = (await deps.db(logT()).where('status', 'succeeded').min({ first: 'hour_utc' })) as {
      first: unknown;
    }[];
    if (rows[0]?.first == null) return [];
    const floor = addHours(input.beforeHour, -input.maxLookbackHours);
    const first = toIsoHour(rows[0].first);
    return missingHours({ hours: hoursInRange(first > floor ? first : floor, input.beforeHour) });
  }

  /** Of the given hours, those not ingested yet (lib/ingestion.ts), per raw.ingestion_log. */
  async function missingHours(input: { hours: string[] }): Promise<string[]> {
    const { db } = deps;
    const log = logT();
    const succeeded: ingestion.SucceededLoad[] = [];
    for (const part of chunk(input.hours, valuesPerInList(dialectOf(db)))) {
      const rows = (await db(log)
        .whereIn('hour_utc', part)
        .andWhere('status', 'succeeded')
        .distinct('hour_utc', 'dataset')) as { hour_utc: unknown; dataset: string }[];
      for (const r of rows) succeeded.push({ hourUtc: toIsoHour(r.hour_utc), dataset: r.dataset });
    }
    return ingestion.missingHours(input.hours, succeeded);
  }

  return {
    chainTimeZones,
    hoursOfDay,
    hoursLackingStores,
    missingHours,
    builtDaysOfHour,
    dayBuiltSinceLoads,
    missingHoursBefore,
  };
}
