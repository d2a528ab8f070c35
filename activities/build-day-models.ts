/**
 * buildDayModels: rebuild every analytics model of one store-local date from raw, in one
 * transaction (re-running a day replaces it):
 *
 *   dimensions   dim_date, dim_store_date (opening and holidays of each store that day)
 *   per batch of stores (STORES_PER_BATCH), so memory follows the batch, not the chain:
 *     staging    the batch's raw readings and till totals (set-based selects)
 *     cleaning   cleanStoreDay per store, with a history read from earlier days' rows only
 *     marts      sensor_hourly -> store_hourly -> store_daily, and this day's history rows
 *                for the days after it
 *   then         data_quality_daily (GROUP BY over sensor_hourly) and the data tests
 *                (activities/data-tests.ts), recorded in data_test_results; the day goes into
 *                day_builds as published or failed, and the result says which.
 *
 * Each store's day is the UTC hours whose wall-clock date in the store's time zone is that
 * date (raw rows carry local_date, computed at the source).
 */
import { Context } from '@temporalio/activity';
import type { Knex } from 'knex';
import { z } from 'zod';
import { cleanStoreDay } from '../lib/analytics/cleaning/clean.ts';
import { chainHistory, historyWindow } from '../lib/analytics/cleaning/history.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  type CleaningParams,
  type DayHour,
} from '../lib/analytics/cleaning/model.ts';
import {
  WEEKDAY_KEYS,
  dateAttributes,
  dayHours,
  storeDate,
  type StoreDate,
  type WeeklyOpening,
} from '../lib/analytics/opening.ts';
import { rollupDay, type HourSales, type HourVisitors } from '../lib/analytics/rollup.ts';
import { writeSensorDaily } from '../lib/analytics/sensor-daily.ts';
import { DatasetValidationError } from '../lib/datasets.ts';
import { idRanges, insertChunked, rowWriter, type IdRange } from '../lib/db/batch.ts';
import { dialectOf, type Dialect } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { isoHourParser, num, numOrNull } from '../lib/db/values.ts';
import { parseIsoDate } from '../lib/time.ts';
import { readCleaningHistory } from './cleaning-history.ts';
import { runDataTests } from './data-tests.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';
import { fetchJson } from './extract-hour.ts';

export interface DayModelsResult {
  date: string;
  stores: number;
  hours: number;
  /** published: every data test passed; failed: see failedTests and analytics.data_test_results. */
  status: 'published' | 'failed';
  failedTests: string[];
}

export interface DimStore {
  store_id: number;
  timezone: string;
  holiday_calendar: string | null;
  weekly: WeeklyOpening;
}

const holidaysAnswer = z.object({
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
});

/** Holiday names by date of each calendar the stores use, for the year of `date`. */
export async function holidaysOf(
  apiUrl: string,
  calendars: readonly string[],
  date: string,
): Promise<Map<string, Map<string, string>>> {
  const year = Number(date.slice(0, 4));
  const out = new Map<string, Map<string, string>>();
  for (const calendar of calendars) {
    const url = `${apiUrl}/v1/holidays?calendar=${encodeURIComponent(calendar)}&year=${year}`;
    const parsed = holidaysAnswer.safeParse(await fetchJson(url));
    if (!parsed.success)
      throw new DatasetValidationError(`${url}: unexpected answer: ${parsed.error.message}`);
    out.set(calendar, new Map(parsed.data.holidays.map((h) => [h.date, h.name])));
  }
  return out;
}

/** Each store's sensors in dim_sensor, in id order (a sensor with no reading still counts). */
export async function readSensorsByStore(db: Knex): Promise<Map<number, number[]>> {
  const sensorsOf = new Map<number, number[]>();
  for (const r of (await db(tableRef(db, 'analytics', ANALYTICS.dimSensor).qualified)
    .select('store_id', 'sensor_id')
    .orderBy(['store_id', 'sensor_id'])) as Record<string, unknown>[]) {
    const list = sensorsOf.get(num(r.store_id)) ?? [];
    list.push(num(r.sensor_id));
    sensorsOf.set(num(r.store_id), list);
  }
  return sensorsOf;
}

export async function readStores(db: Knex): Promise<DimStore[]> {
  const rows = (await db(tableRef(db, 'analytics', ANALYTICS.dimStore).qualified)
    .select('store_id', 'timezone', 'holiday_calendar', ...WEEKDAY_KEYS.map((k) => `opening_${k}`))
    .orderBy('store_id')) as Record<string, unknown>[];
  return rows.map((r) => ({
    store_id: num(r.store_id),
    timezone: String(r.timezone),
    holiday_calendar: r.holiday_calendar === null ? null : String(r.holiday_calendar),
    weekly: Object.fromEntries(
      WEEKDAY_KEYS.map((k) => [k, (r[`opening_${k}`] ?? null) as string | null]),
    ) as unknown as WeeklyOpening,
  }));
}

/** The Temporal run building the day, when called as an activity. */
export function currentRun(): { workflow_id: string; run_id: string } | null {
  try {
    const run = Context.current().info.workflowExecution;
    return run ? { workflow_id: run.workflowId, run_id: run.runId } : null;
  } catch {
    return null;
  }
}

/**
 * Stores cleaned and written together. The build's memory follows one batch (its raw readings
 * and history rows), not the chain: 25 stores x 20 sensors is about 12,000 sensor-hours. With
 * the worker's small young generation, less alive per batch is less promoted to the old one:
 * the 1,000-store day peaked about 20 MB lower than with batches of 100, at the same CPU
 * (docs/bench/build.md); the extra round trips (about 7 statements a batch) cost little.
 */
export const STORES_PER_BATCH = 25;

interface BuildContext {
  trx: Knex.Transaction;
  dialect: Dialect;
  /** Qualified name of an analytics table. */
  t: (name: string) => string;
  visitorsT: string;
  salesT: string;
  date: string;
  params: CleaningParams;
  weekday: number;
  zoneOf: ReadonlyMap<number, string>;
  storeDates: ReadonlyMap<number, StoreDate>;
  sensorsOf: ReadonlyMap<number, number[]>;
  hoursOf: (zone: string, opening: string | null) => DayHour[];
  isoHour: (value: unknown) => string;
  stamp: Record<string, unknown>;
}

/** A batch's raw readings per store: sensor -> UTC hour -> reading (null: received empty). */
async function readRawReadings(
  ctx: BuildContext,
  inRange: (column: string) => (q: Knex.QueryBuilder) => void,
): Promise<Map<number, Map<number, Map<string, number | null>>>> {
  const readings = (await ctx
    .trx(ctx.visitorsT)
    .where('local_date', ctx.date)
    .modify(inRange('store_id'))
    .select('store_id', 'sensor_id', 'hour_utc', 'visitors')
    .orderBy(['store_id', 'sensor_id', 'hour_utc'])) as Record<string, unknown>[];
  const rawByStore = new Map<number, Map<number, Map<string, number | null>>>();
  for (const r of readings) {
    const storeId = num(r.store_id);
    const bySensor = rawByStore.get(storeId) ?? new Map<number, Map<string, number | null>>();
    rawByStore.set(storeId, bySensor);
    const sensorId = num(r.sensor_id);
    const byHour = bySensor.get(sensorId) ?? new Map<string, number | null>();
    bySensor.set(sensorId, byHour);
    byHour.set(ctx.isoHour(r.hour_utc), numOrNull(r.visitors));
  }
  return rawByStore;
}

/**
 * One batch of stores: stage its raw readings and till totals and its history, clean each
 * store, roll up, and write its rows. Returns what it wrote, by grain.
 */
async function buildBatch(ctx: BuildContext, range: IdRange): Promise<{ stores: number; hours: number }> {
  const { trx, date, params, dialect, t } = ctx;
  const inRange = (column: string) => (q: Knex.QueryBuilder) => {
    if (range.from !== null) q.where(column, '>=', range.from);
    if (range.to !== null) q.where(column, '<', range.to);
  };

  // Staging: the batch's raw readings (sensor -> hour -> reading per store) and its till totals.
  const rawByStore = await readRawReadings(ctx, inRange);
  const salesRows = (await trx(ctx.salesT)
    .where('local_date', date)
    .modify(inRange('store_id'))
    .select('store_id', 'hour_utc', 'local_hour', 'transactions', 'revenue')) as Record<string, unknown>[];

  // History: summary rows of earlier days only, so a rebuild of D reads what the first build read.
  const window = historyWindow(date, params);
  const { sensorDays, profileHours } = await readCleaningHistory(
    trx,
    window.from,
    window.to,
    inRange('store_id'),
  );
  const history = chainHistory(date, sensorDays, profileHours, params);

  // Written as each store is cleaned: the batch's sensor-hours are never all held at once.
  const sensorHourly = rowWriter(trx, dialect, t(ANALYTICS.sensorHourly), ctx.stamp);
  const visitors: HourVisitors[] = [];
  const measured = new Map<string, number>();
  const baselines: Record<string, unknown>[] = [];
  const profiles: Record<string, unknown>[] = [];
  for (const storeId of [...rawByStore.keys()].sort((a, b) => a - b)) {
    const bySensor = rawByStore.get(storeId)!;
    // Forgotten once cleaned, so a batch's raw readings shrink as its stores are written.
    rawByStore.delete(storeId);
    const zone = ctx.zoneOf.get(storeId);
    if (!zone)
      throw new DatasetValidationError(`store ${storeId} has raw data on ${date} but is not in dim_store`);
    // An hour with no raw row at all was never ingested: it is left out, and the
    // expected-hours test fails the day rather than the build inventing it.
    const ingested = new Set([...bySensor.values()].flatMap((h) => [...h.keys()]));
    const hours = ctx
      .hoursOf(zone, ctx.storeDates.get(storeId)!.opening)
      .filter((h) => ingested.has(h.hour_utc));
    const sensorIds = [...new Set([...(ctx.sensorsOf.get(storeId) ?? []), ...bySensor.keys()])].sort(
      (a, b) => a - b,
    );
    const result = cleanStoreDay(
      {
        store_id: storeId,
        local_date: date,
        weekday: ctx.weekday,
        hours,
        sensors: sensorIds.map((sensor_id) => ({
          sensor_id,
          readings: hours.map((h) => bySensor.get(sensor_id)?.get(h.hour_utc) ?? null),
        })),
      },
      history.get(storeId) ?? EMPTY_HISTORY,
      params,
    );
    const perHour = new Map<string, { readings: number; missing: number; measured: number }>();
    for (const r of result.sensorHours) {
      await sensorHourly.add({
        store_id: storeId,
        sensor_id: r.sensor_id,
        hour_utc: r.hour_utc,
        local_date: date,
        local_hour: r.local_hour,
        reading: r.reading,
        visitors: r.estimate,
        status: r.status,
        reason: r.reason,
        method: r.method,
      });
      const h = perHour.get(r.hour_utc) ?? { readings: 0, missing: 0, measured: 0 };
      const received = bySensor.get(r.sensor_id)?.has(r.hour_utc) ?? false;
      if (received) h.readings += 1;
      if (received && r.reading === null) h.missing += 1;
      if (r.status === 'measured') h.measured += r.estimate ?? 0;
      perHour.set(r.hour_utc, h);
    }
    for (const h of result.storeHours) {
      const counts = perHour.get(h.hour_utc)!;
      visitors.push({
        store_id: storeId,
        hour_utc: h.hour_utc,
        local_hour: h.local_hour,
        visitors: h.visitors,
        readings: counts.readings,
        readings_missing: counts.missing,
      });
      measured.set(`${storeId}|${h.hour_utc}`, counts.measured);
    }
    for (const s of result.sensorDays) baselines.push({ ...s });
    // The summary keeps the local hour; the n-th summary of a local hour gets the n-th UTC
    // hour of it, which keeps the two rows of the hour repeated when clocks go back apart.
    const seen = new Map<number, number>();
    for (const p of result.profileHours) {
      const n = seen.get(p.local_hour) ?? 0;
      seen.set(p.local_hour, n + 1);
      const hour = hours.filter((h) => h.local_hour === p.local_hour)[n]!;
      profiles.push({ ...p, hour_utc: hour.hour_utc });
    }
  }

  const sales: HourSales[] = salesRows.map((r) => ({
    store_id: num(r.store_id),
    hour_utc: ctx.isoHour(r.hour_utc),
    local_hour: num(r.local_hour),
    transactions: num(r.transactions),
    revenue: num(r.revenue),
  }));
  const { hourly, daily } = rollupDay(date, visitors, sales, (storeId) => {
    const zone = ctx.zoneOf.get(storeId);
    if (!zone)
      throw new DatasetValidationError(`store ${storeId} has raw data on ${date} but is not in dim_store`);
    return ctx.hoursOf(zone, null).length;
  });
  const share = (v: number, m: number) => (v > 0 ? 1 - m / v : 0);
  const storeHourly = hourly.map((h) => {
    const m = measured.get(`${h.store_id}|${h.hour_utc}`) ?? 0;
    return { ...h, visitors_measured: m, imputed_share: share(h.visitors, m) };
  });
  const measuredOfDay = new Map<number, number>();
  for (const h of storeHourly)
    measuredOfDay.set(h.store_id, (measuredOfDay.get(h.store_id) ?? 0) + h.visitors_measured);
  const storeDaily = daily.map((d) => {
    const m = measuredOfDay.get(d.store_id) ?? 0;
    return { ...d, visitors_measured: m, imputed_share: share(d.visitors, m) };
  });

  await sensorHourly.flush();
  await insertChunked(trx, dialect, t(ANALYTICS.storeHourly), storeHourly, ctx.stamp);
  await insertChunked(trx, dialect, t(ANALYTICS.storeDaily), storeDaily, ctx.stamp);
  await insertChunked(trx, dialect, t(ANALYTICS.sensorDailyBaseline), baselines, ctx.stamp);
  await insertChunked(trx, dialect, t(ANALYTICS.storeHourProfile), profiles, ctx.stamp);
  return { stores: storeDaily.length, hours: storeHourly.length };
}

/** storesPerBatch: tests set a small one so a small chain is built in several batches. */
export function makeBuildDayModels(deps: ActivityDeps, { storesPerBatch = STORES_PER_BATCH } = {}) {
  return async function buildDayModels(input: { date: string }): Promise<DayModelsResult> {
    return failPermanentlyOn(async () => {
      const date = parseIsoDate(input.date);
      const params = DEFAULT_CLEANING_PARAMS;
      const { db } = deps;
      const dialect = dialectOf(db);
      const t = (name: string) => tableRef(db, 'analytics', name).qualified;

      // Dimensions of the day, from the reference data syncStores mirrored.
      const stores = await readStores(db);
      const calendars = [
        ...new Set(stores.flatMap((s) => (s.holiday_calendar ? [s.holiday_calendar] : []))),
      ].sort();
      const holidays = await holidaysOf(deps.apiUrl, calendars, date);
      const day = dateAttributes(date);
      const storeDates = new Map<number, StoreDate>(
        stores.map((s) => [
          s.store_id,
          storeDate(
            s.store_id,
            date,
            s.weekly,
            (s.holiday_calendar && holidays.get(s.holiday_calendar)?.get(date)) || null,
          ),
        ]),
      );
      const sensorsOf = await readSensorsByStore(db);
      // Stores share zones and opening hours: each pair's hours are worked out once (Intl is slow).
      const dayHoursMemo = new Map<string, DayHour[]>();
      const hoursOf = (zone: string, opening: string | null): DayHour[] => {
        const key = `${zone}|${opening ?? ''}`;
        let found = dayHoursMemo.get(key);
        if (!found) {
          found = dayHours(date, zone, opening);
          dayHoursMemo.set(key, found);
        }
        return found;
      };

      const builtAt = new Date().toISOString();
      const stamp = { built_at: builtAt };
      const run = currentRun();
      // One transaction for the whole day, batches included: readers see the previous build
      // or this one, never a day half replaced.
      return db.transaction(async (trx) => {
        const replace = async (
          table: string,
          rows: Record<string, unknown>[],
          constants: Record<string, unknown> = stamp,
        ) => {
          await trx(table).where('local_date', date).delete();
          await insertChunked(trx, dialect, table, rows, constants);
        };
        await replace(t(ANALYTICS.dimDate), [{ ...day }], {});
        await replace(
          t(ANALYTICS.dimStoreDate),
          [...storeDates.values()].map((d) => ({ ...d })),
          {},
        );
        for (const name of [
          ANALYTICS.sensorHourly,
          ANALYTICS.storeHourly,
          ANALYTICS.storeDaily,
          ANALYTICS.sensorDailyBaseline,
          ANALYTICS.storeHourProfile,
        ])
          await trx(t(name)).where('local_date', date).delete();
        const ctx: BuildContext = {
          trx,
          dialect,
          t,
          visitorsT: tableRef(db, 'raw', RAW.visitors).qualified,
          salesT: tableRef(db, 'raw', RAW.transactions).qualified,
          date,
          params,
          weekday: day.weekday,
          zoneOf: new Map(stores.map((s) => [s.store_id, s.timezone])),
          storeDates,
          sensorsOf,
          hoursOf,
          isoHour: isoHourParser(),
          stamp,
        };
        const built = { stores: 0, hours: 0 };
        // Ranges cover every id, so raw rows of a store missing from dim_store are still found.
        for (const range of idRanges(
          stores.map((s) => s.store_id),
          storesPerBatch,
        )) {
          const batch = await buildBatch(ctx, range);
          built.stores += batch.stores;
          built.hours += batch.hours;
        }

        const quality = t(ANALYTICS.dataQualityDaily);
        await trx(quality).where('local_date', date).delete();
        const counts: [string, string][] = [
          ['expected_open_hours', "method <> 'closed'"],
          ['received', 'reading is not null'],
          ['missing', "reason in ('missing', 'outage')"],
          ['outliers', "reason = 'spike'"],
          ['dead', "reason = 'dead'"],
          ['drift_suspected', "reason = 'drift'"],
          ['imputed', "status = 'imputed'"],
        ];
        const grouped = trx(t(ANALYTICS.sensorHourly))
          .where('local_date', date)
          .groupBy('store_id', 'sensor_id', 'local_date')
          .select(
            'store_id',
            'sensor_id',
            'local_date',
            ...counts.map(([name, condition]) =>
              trx.raw(`sum(case when ${condition} then 1 else 0 end) as ??`, [name]),
            ),
            trx.raw('? as ??', [builtAt, 'built_at']),
          );
        const columns = ['store_id', 'sensor_id', 'local_date', ...counts.map(([name]) => name), 'built_at'];
        // Spelled out rather than insert(subquery): knex would wrap the select in parentheses,
        // which SQLite refuses.
        const select = grouped.toSQL();
        await trx.raw(`insert into ?? (${columns.map(() => '??').join(', ')}) ${select.sql}`, [
          quality,
          ...columns,
          ...select.bindings,
        ]);

        await writeSensorDaily(trx, builtAt, date);

        const results = await runDataTests(trx, date);
        await replace(
          t(ANALYTICS.dataTestResults),
          results.map((r) => ({ ...r, local_date: date })),
        );
        const failedTests = results.filter((r) => r.status === 'fail').map((r) => r.test_name);
        const status = failedTests.length === 0 ? 'published' : 'failed';
        await replace(t(ANALYTICS.dayBuilds), [
          {
            local_date: date,
            status,
            failed_tests: failedTests.length === 0 ? null : failedTests.join(','),
            stores: built.stores,
            hours: built.hours,
            workflow_id: run?.workflow_id ?? null,
            run_id: run?.run_id ?? null,
          },
        ]);
        return { date, ...built, status, failedTests };
      });
    });
  };
}
