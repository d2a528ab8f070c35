/**
 * The evaluation of what the build wrote: analytics.store_daily / store_hourly (ours) and
 * raw.visitors (for the two reference methods, run here with the pure baselines) over the
 * built days of a range, against the truth the simulator computes in-process for the same
 * chain at the default fault rates. Per-reading figures of ours (detection, reasons, drift)
 * come from analytics.sensor_hourly when the build writes it; otherwise from the cleaning run
 * in-process on the warehouse's raw readings, and the report says so.
 */
import type { Knex } from 'knex';
import { DEFAULT_FAULT_RATES, Simulator, type Chain, type FaultRates } from '../api/model/index.ts';
import { originalRule, rawSums } from '../lib/analytics/cleaning/baselines.ts';
import { cleanStoreDay } from '../lib/analytics/cleaning/clean.ts';
import { historyWindow, storeHistory } from '../lib/analytics/cleaning/history.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  type CleaningParams,
  type Method,
  type Reason,
  type SensorDaySummary,
  type StoreDayInput,
  type StoreHourSummary,
} from '../lib/analytics/cleaning/model.ts';
import { ANALYTICS, RAW, ddl, tableRef } from '../lib/db/naming.ts';
import { num, numOrNull, toIsoDate, toIsoHour, type Row } from '../lib/db/values.ts';
import { addDays, datesInRange } from '../lib/time.ts';
import { Scorer, simulateStoreDay, type EvaluationReport, type SimulatedDay } from './scoring.ts';

/** Bad arguments or a warehouse with nothing to evaluate: the CLI prints the message, no stack. */
export class EvaluationInputError extends Error {}

export interface WarehouseEvaluationOptions {
  db: Knex;
  from: string;
  to: string;
  chain: Chain;
  chainName: string;
  faults?: FaultRates;
  params?: CleaningParams;
}

interface SensorHourRow {
  status: string;
  reason: Reason;
  method: Method;
}

const key = (...parts: (string | number)[]) => parts.join('|');

async function hasTable(db: Knex, layer: 'raw' | 'analytics', name: string): Promise<boolean> {
  const ref = tableRef(db, layer, name);
  return ddl(db, ref).hasTable(ref.table);
}

/** Raw readings of one store-local date: store -> "sensor|hour" -> reading (null = none received). */
async function rawReadings(db: Knex, date: string): Promise<Map<number, Map<string, number | null>>> {
  const rows = (await db(tableRef(db, 'raw', RAW.visitors).qualified)
    .where('local_date', date)
    .select('store_id', 'sensor_id', 'hour_utc', 'visitors')) as Row[];
  const out = new Map<number, Map<string, number | null>>();
  for (const r of rows) {
    const store = num(r.store_id);
    let m = out.get(store);
    if (!m) out.set(store, (m = new Map()));
    m.set(key(num(r.sensor_id), toIsoHour(r.hour_utc)), numOrNull(r.visitors));
  }
  return out;
}

/** The simulated day with the warehouse's readings in place of the simulated ones. */
function withReadings(day: SimulatedDay, readings: Map<string, number | null> | undefined): StoreDayInput {
  return {
    ...day.input,
    sensors: day.input.sensors.map((s) => ({
      sensor_id: s.sensor_id,
      readings: day.input.hours.map((h) => readings?.get(key(s.sensor_id, h.hour_utc)) ?? null),
    })),
  };
}

export async function evaluateWarehouse(options: WarehouseEvaluationOptions): Promise<EvaluationReport> {
  const started = performance.now();
  const { db, from, to, chain } = options;
  const faults = options.faults ?? DEFAULT_FAULT_RATES;
  const params = options.params ?? DEFAULT_CLEANING_PARAMS;
  const dailyT = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const hourlyT = tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified;
  const sensorT = tableRef(db, 'analytics', ANALYTICS.sensorHourly).qualified;
  const salesT = tableRef(db, 'raw', RAW.transactions).qualified;

  for (const [layer, name] of [
    ['analytics', ANALYTICS.storeDaily],
    ['analytics', ANALYTICS.storeHourly],
    ['raw', RAW.visitors],
    ['raw', RAW.transactions],
  ] as const) {
    if (!(await hasTable(db, layer, name)))
      throw new EvaluationInputError(`the warehouse has no ${layer}.${name}: run \`npm run migrate\` first`);
  }
  const built = new Set(
    ((await db(dailyT).whereBetween('local_date', [from, to]).distinct('local_date')) as Row[]).map((r) =>
      toIsoDate(r.local_date),
    ),
  );
  if (built.size === 0)
    throw new EvaluationInputError(
      `no built days between ${from} and ${to} in analytics.store_daily: backfill them first (npm run backfill -- --from ${from} --to ${to})`,
    );
  const fromSensorHourly =
    (await hasTable(db, 'analytics', ANALYTICS.sensorHourly)) &&
    (await db(sensorT).whereBetween('local_date', [from, to]).first('store_id')) !== undefined;

  const sim = new Simulator({ chain, faults });
  const firstDay = addDays(from, -params.historyDays);
  const scorer = new Scorer(from, to, firstDay);
  const sensorRows = new Map<number, SensorDaySummary[]>();
  const profileRows = new Map<number, StoreHourSummary[]>();
  let readings = 0;
  let differing = 0;
  let missingStoreDays = 0;
  let missingSensorHours = 0;
  let warmupWithRaw = 0;
  const unknownStores = new Set<number>();

  for (const date of datesInRange(firstDay, to)) {
    const scored = built.has(date);
    const raw = scored || !fromSensorHourly ? await rawReadings(db, date) : new Map();
    for (const id of raw.keys()) if (!chain.byId.has(id)) unknownStores.add(id);
    if (date < from && raw.size > 0) warmupWithRaw++;
    const daily = new Map<number, Row>();
    const hourly = new Map<string, number>();
    const sales = new Map<number, number>();
    const sensorHours = new Map<string, SensorHourRow>();
    if (scored) {
      for (const r of (await db(dailyT)
        .where('local_date', date)
        .select('store_id', 'visitors', 'transactions')) as Row[])
        daily.set(num(r.store_id), r);
      for (const r of (await db(hourlyT)
        .where('local_date', date)
        .select('store_id', 'hour_utc', 'visitors')) as Row[])
        hourly.set(key(num(r.store_id), toIsoHour(r.hour_utc)), num(r.visitors));
      for (const r of (await db(salesT)
        .where('local_date', date)
        .groupBy('store_id')
        .select('store_id')
        .sum({ transactions: 'transactions' })) as Row[])
        sales.set(num(r.store_id), num(r.transactions));
      if (fromSensorHourly)
        for (const r of (await db(sensorT)
          .where('local_date', date)
          .select('store_id', 'sensor_id', 'hour_utc', 'status', 'reason', 'method')) as Row[])
          sensorHours.set(key(num(r.store_id), num(r.sensor_id), toIsoHour(r.hour_utc)), {
            status: String(r.status),
            reason: String(r.reason) as Reason,
            method: String(r.method) as Method,
          });
    }

    for (const store of chain.stores) {
      const day = simulateStoreDay(sim, store, date);
      const storeRaw = raw.get(store.store_id);
      const input = withReadings(day, storeRaw);
      // Fallback: the cleaning in-process on the warehouse's raw, its history carried forward
      // like the build's (a day without raw leaves a gap in it, as it would in the build).
      let cleaned: ReturnType<typeof cleanStoreDay> | undefined;
      if (!fromSensorHourly && storeRaw) {
        cleaned = cleanStoreDay(
          input,
          storeHistory(
            store.store_id,
            date,
            sensorRows.get(store.store_id) ?? [],
            profileRows.get(store.store_id) ?? [],
            params,
          ),
          params,
        );
        const { from: keepFrom } = historyWindow(addDays(date, 1), params);
        sensorRows.set(store.store_id, [
          ...(sensorRows.get(store.store_id) ?? []).filter((r) => r.local_date >= keepFrom),
          ...cleaned.sensorDays,
        ]);
        profileRows.set(store.store_id, [
          ...(profileRows.get(store.store_id) ?? []).filter((r) => r.local_date >= keepFrom),
          ...cleaned.profileHours,
        ]);
      }
      const sensorHour = (i: number, h: number): SensorHourRow | undefined =>
        sensorHours.get(key(store.store_id, input.sensors[i]!.sensor_id, input.hours[h]!.hour_utc));
      scorer.drift(day, (i) =>
        cleaned
          ? cleaned.sensorDays[i]!.drift_flagged
          : input.hours.some((_, h) => sensorHour(i, h)?.reason === 'drift'),
      );
      if (!scored) continue;

      scorer.storeDays++;
      input.sensors.forEach((s, i) =>
        s.readings.forEach((r, h) => {
          readings++;
          if (r !== day.input.sensors[i]!.readings[h]) differing++;
        }),
      );
      const transactions = sales.get(store.store_id) ?? 0;
      const asWarehouse = { ...day, input, transactions };
      scorer.rows('raw', asWarehouse, rawSums(input));
      scorer.rows('original', asWarehouse, originalRule(input));

      const storeDaily = daily.get(store.store_id);
      if (!storeDaily) missingStoreDays++;
      scorer.totals(
        'cleaned',
        day,
        input.hours.map((h) => hourly.get(key(store.store_id, h.hour_utc)) ?? 0),
        storeDaily ? num(storeDaily.visitors) : 0,
        storeDaily ? num(storeDaily.transactions) : 0,
      );
      const n = input.hours.length;
      const rows = input.sensors.map((_, i) =>
        input.hours.map((_h, h) => {
          if (cleaned) return cleaned.sensorHours[i * n + h]!;
          const row = sensorHour(i, h);
          if (!row) missingSensorHours++;
          return row ?? { status: 'measured', reason: 'none' as Reason, method: 'none' as Method };
        }),
      );
      if (!cleaned && !fromSensorHourly) {
        // No raw at all for this store-day: nothing was cleaned, so nothing was flagged.
        scorer.judge(
          'cleaned',
          day,
          input.sensors.map(() => input.hours.map(() => false)),
        );
        continue;
      }
      scorer.judge(
        'cleaned',
        day,
        rows.map((hours) => hours.map((r) => r.status !== 'measured')),
      );
      scorer.cleaning(day, rows);
    }
  }

  if (unknownStores.size > 0)
    throw new EvaluationInputError(
      `the warehouse has stores the ${options.chainName} chain does not (${[...unknownStores].sort((a, b) => a - b).join(', ')}): pass the chain it was filled from with --chain`,
    );
  const notes: string[] = [];
  if (!fromSensorHourly)
    notes.push(
      `analytics.sensor_hourly is absent (or empty for the range), so the build predates the cleaning: ` +
        `"cleaned (ours)" store-day and store-hour figures are what analytics.store_daily and store_hourly hold ` +
        `(today's build writes raw sums there, so ours equals raw sums until the cleaning build lands), while its ` +
        `detection, reasons and drift come from the cleaning run in-process on the warehouse's raw readings ` +
        `(history from ${warmupWithRaw} of the ${params.historyDays} days before ${from} that have raw).`,
    );
  const skipped = datesInRange(from, to).filter((d) => !built.has(d));
  if (skipped.length > 0)
    notes.push(
      `${skipped.length} day(s) of the range are not built and were not scored: ${skipped.join(', ')}.`,
    );
  if (differing > 0)
    notes.push(
      `${differing.toLocaleString('en-US')} of ${readings.toLocaleString('en-US')} raw readings differ from the simulator's ` +
        `(${options.chainName} chain, default fault rates), missing hours included: the truth may not be this warehouse's.`,
    );
  if (missingStoreDays > 0)
    notes.push(
      `${missingStoreDays} store-day(s) of built days have no row in analytics.store_daily: scored as 0 visitors.`,
    );
  if (missingSensorHours > 0)
    notes.push(
      `${missingSensorHours.toLocaleString('en-US')} sensor-hour(s) have no row in analytics.sensor_hourly: judged as not flagged.`,
    );
  return scorer.report(
    {
      source: 'warehouse',
      chain: options.chainName,
      warmupDays: params.historyDays,
      stores: chain.stores.length,
      sensors: chain.stores.reduce((n, s) => n + s.sensors.length, 0),
      faults,
      detectionSource: fromSensorHourly
        ? 'analytics.sensor_hourly as the build wrote it (status other than measured = flagged; reason drift = drift flagged)'
        : "the cleaning run in-process on the warehouse's raw readings (analytics.sensor_hourly absent)",
      notes,
    },
    started,
  );
}
