/**
 * In-process evaluation of the cleaning against the simulator's ground truth: simulate a chain
 * day by day, run the three methods on every store-day (the cleaning carrying its history
 * summary forward), and compare each with the truth.
 */
import {
  DEFAULT_FAULT_RATES,
  REFERENCE_CHAIN,
  Simulator,
  type Chain,
  type Fault,
  type FaultRates,
  type Store,
} from '../api/model/index.ts';
import {
  conversionError,
  detection,
  driftLatency,
  errorStats,
  type ConversionError,
  type Detection,
  type DriftEpisode,
  type DriftLatency,
  type ErrorStats,
  type EstimatePair,
  type JudgedReading,
} from '../lib/analytics/accuracy.ts';
import {
  asEstimates,
  originalRule,
  rawSums,
  type SensorHourEstimate,
} from '../lib/analytics/cleaning/baselines.ts';
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
import { addDays, datesInRange, utcHoursOfLocalDay } from '../lib/time.ts';

export const METHOD_NAMES = ['raw', 'original', 'cleaned'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const METHOD_LABELS: Record<MethodName, string> = {
  raw: 'raw sums',
  original: "original's rule",
  cleaned: 'cleaned (ours)',
};

/** Store-hour errors are judged on open hours with at least this many true visitors (issue 8). */
export const MIN_HOUR_VISITORS = 20;

export interface EvaluationOptions {
  /** First and last store-local dates scored. */
  from: string;
  to: string;
  /** Days before `from` that build the cleaning's history without being scored (default: a full history window). */
  warmupDays?: number;
  chain?: Chain;
  faults?: FaultRates;
  params?: CleaningParams;
}

export interface MethodReport {
  storeDay: ErrorStats;
  storeHour: ErrorStats;
  conversion: ConversionError;
  detection: Detection;
}

export interface Goal {
  name: string;
  value: number | null;
  comparison: '<=' | '>=';
  limit: number;
  /** null when the range gave nothing to measure (no drift started in it). */
  met: boolean | null;
}

export interface EvaluationReport {
  from: string;
  to: string;
  warmupDays: number;
  stores: number;
  sensors: number;
  faults: FaultRates;
  storeDays: number;
  openStoreDays: number;
  scoredStoreHours: number;
  methods: Record<MethodName, MethodReport>;
  /** Cleaning only: per true fault, the reasons it was given. */
  reasons: Record<string, Partial<Record<Reason, number>>>;
  /** Cleaning only: how the open sensor-hours' estimates were obtained. */
  methodsUsed: Partial<Record<Method, number>>;
  drift: DriftLatency & { list: (DriftEpisode & { store_id: number; sensor_id: number })[] };
  goals: Goal[];
  /** Wall-clock milliseconds of the evaluation. */
  elapsedMs: number;
}

interface SimulatedDay {
  input: StoreDayInput;
  /** Per sensor and hour, aligned with input.sensors and input.hours. */
  truth: number[][];
  faults: Fault[][];
  footfall: number[];
  transactions: number;
}

const localDayHours = new Map<string, string[]>();
function hoursOf(date: string, timeZone: string): string[] {
  const key = `${timeZone} ${date}`;
  let hours = localDayHours.get(key);
  if (!hours) {
    hours = utcHoursOfLocalDay(date, timeZone);
    localDayHours.set(key, hours);
  }
  return hours;
}

function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function simulateStoreDay(sim: Simulator, store: Store, date: string): SimulatedDay {
  const hours = hoursOf(date, store.timezone);
  const readings = store.sensors.map(() => [] as (number | null)[]);
  const truth = store.sensors.map(() => [] as number[]);
  const faults = store.sensors.map(() => [] as Fault[]);
  const footfall: number[] = [];
  let transactions = 0;
  const dayHours = hours.map((hour) => {
    const t = sim.truth(store, hour);
    footfall.push(t.footfall);
    transactions += sim.truthTransactionRow(store, hour).transactions;
    sim.truthVisitorRows(store, hour).forEach((row, i) => {
      readings[i]!.push(row.visitors);
      truth[i]!.push(row.true_visitors);
      faults[i]!.push(row.fault);
    });
    return { hour_utc: hour, local_hour: t.local.localHour, open_fraction: t.openFraction };
  });
  return {
    input: {
      store_id: store.store_id,
      local_date: date,
      weekday: isoWeekday(date),
      hours: dayHours,
      sensors: store.sensors.map((s, i) => ({ sensor_id: s.sensor_id, readings: readings[i]! })),
    },
    truth,
    faults,
    footfall,
    transactions,
  };
}

interface Accumulator {
  days: EstimatePair[];
  hours: EstimatePair[];
  conversion: { transactions: number; estimate: number; truth: number }[];
  judged: JudgedReading[];
}

function score(acc: Accumulator, day: SimulatedDay, rows: readonly SensorHourEstimate[]): void {
  const { hours, sensors } = day.input;
  let estimate = 0;
  let truth = 0;
  hours.forEach((hour, h) => {
    let hourEstimate = 0;
    sensors.forEach((_, i) => {
      const row = rows[i * hours.length + h]!;
      hourEstimate += row.estimate ?? 0;
      acc.judged.push({ fault: day.faults[i]![h]!, flagged: row.flagged, open: hour.open_fraction > 0 });
    });
    estimate += hourEstimate;
    truth += day.footfall[h]!;
    if (hour.open_fraction > 0 && day.footfall[h]! >= MIN_HOUR_VISITORS) {
      acc.hours.push({ estimate: hourEstimate, truth: day.footfall[h]! });
    }
  });
  if (truth > 0) {
    acc.days.push({ estimate, truth });
    acc.conversion.push({ transactions: day.transactions, estimate, truth });
  }
}

/** Days with drifting readings, grouped into episodes (a closed Sunday or holiday does not split one). */
function episodesOf(dates: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    if (last && addDays(last[last.length - 1]!, 2) >= d) last.push(d);
    else out.push([d]);
  }
  return out;
}

function goal(name: string, value: number | null, comparison: '<=' | '>=', limit: number): Goal {
  const met = value === null ? null : comparison === '<=' ? value <= limit : value >= limit;
  return { name, value, comparison, limit, met };
}

/** The goals of issue 8, judged on the cleaned method. */
function goals(report: Omit<EvaluationReport, 'goals'>): Goal[] {
  const c = report.methods.cleaned;
  const share = (fault: Fault) => {
    const t = c.detection.byFault[fault];
    return t && t.n > 0 ? t.flagged / t.n : null;
  };
  const fa = c.detection.falseAlarms;
  const drift = report.drift;
  return [
    goal('store-day MAPE', c.storeDay.mape, '<=', 0.015),
    goal('store-day absolute bias', c.storeDay.bias === null ? null : Math.abs(c.storeDay.bias), '<=', 0.005),
    goal(
      'worst store-day absolute error',
      c.storeDay.worst === null ? null : Math.abs(c.storeDay.worst),
      '<=',
      0.05,
    ),
    goal(`store-hour MAPE (open, >= ${MIN_HOUR_VISITORS} true visitors)`, c.storeHour.mape, '<=', 0.03),
    goal('spikes detected', share('spike'), '>=', 0.95),
    goal('dead readings detected', share('dead'), '>=', 0.95),
    goal('missing readings detected', share('missing'), '>=', 0.95),
    goal('outage readings detected', share('outage'), '>=', 0.95),
    goal('false alarms on healthy open readings', fa.n > 0 ? fa.flagged / fa.n : null, '<=', 0.01),
    goal(
      'drift flagged within (days it could be seen; missed = never)',
      drift.episodes - drift.tooShort === 0 ? null : drift.missed > 0 ? Infinity : drift.max,
      '<=',
      2,
    ),
  ];
}

export function evaluate(options: EvaluationOptions): EvaluationReport {
  const started = performance.now();
  const chain = options.chain ?? REFERENCE_CHAIN;
  const faults = options.faults ?? DEFAULT_FAULT_RATES;
  const params = options.params ?? DEFAULT_CLEANING_PARAMS;
  const warmupDays = options.warmupDays ?? params.historyDays;
  const sim = new Simulator({ chain, faults });
  const acc: Record<MethodName, Accumulator> = {
    raw: { days: [], hours: [], conversion: [], judged: [] },
    original: { days: [], hours: [], conversion: [], judged: [] },
    cleaned: { days: [], hours: [], conversion: [], judged: [] },
  };
  const reasons: Record<string, Partial<Record<Reason, number>>> = {};
  const methodsUsed: Partial<Record<Method, number>> = {};
  const sensorRows = new Map<number, SensorDaySummary[]>();
  const profileRows = new Map<number, StoreHourSummary[]>();
  // Per sensor: days with drifting readings, and days the cleaning flagged it (warm-up included,
  // so a drift that began before `from` is not mistaken for one starting on it).
  const driftDays = new Map<string, string[]>();
  const flaggedDays = new Map<string, Set<string>>();
  let storeDays = 0;

  const firstDay = addDays(options.from, -warmupDays);
  for (const date of datesInRange(firstDay, options.to)) {
    const scored = date >= options.from;
    const { from: keepFrom } = historyWindow(addDays(date, 1), params);
    for (const store of chain.stores) {
      const day = simulateStoreDay(sim, store, date);
      const history = storeHistory(
        store.store_id,
        date,
        sensorRows.get(store.store_id) ?? [],
        profileRows.get(store.store_id) ?? [],
        params,
      );
      const result = cleanStoreDay(day.input, history, params);
      // Only the window the next day reads is kept: the history stays bounded.
      sensorRows.set(store.store_id, [
        ...(sensorRows.get(store.store_id) ?? []).filter((r) => r.local_date >= keepFrom),
        ...result.sensorDays,
      ]);
      profileRows.set(store.store_id, [
        ...(profileRows.get(store.store_id) ?? []).filter((r) => r.local_date >= keepFrom),
        ...result.profileHours,
      ]);
      store.sensors.forEach((sensor, i) => {
        const key = `${store.store_id}/${sensor.sensor_id}`;
        if (day.faults[i]!.includes('drift')) driftDays.set(key, [...(driftDays.get(key) ?? []), date]);
        if (result.sensorDays[i]!.drift_flagged) {
          const set = flaggedDays.get(key) ?? new Set<string>();
          set.add(date);
          flaggedDays.set(key, set);
        }
      });
      if (!scored) continue;
      storeDays++;
      score(acc.raw, day, rawSums(day.input));
      score(acc.original, day, originalRule(day.input));
      score(acc.cleaned, day, asEstimates(result.sensorHours));
      const n = day.input.hours.length;
      result.sensorHours.forEach((row, k) => {
        const i = Math.floor(k / n);
        const fault = day.faults[i]![k % n]!;
        const byReason = (reasons[fault] ??= {});
        byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
        if (day.input.hours[k % n]!.open_fraction > 0)
          methodsUsed[row.method] = (methodsUsed[row.method] ?? 0) + 1;
      });
    }
  }

  const list: EvaluationReport['drift']['list'] = [];
  for (const [key, dates] of driftDays) {
    const [store_id, sensor_id] = key.split('/').map(Number) as [number, number];
    for (const days of episodesOf(dates)) {
      const start = days[0]!;
      // Drifts already under way on the first simulated day have no known start.
      if (start < options.from || start === firstDay) continue;
      const flagged =
        datesInRange(start, days[days.length - 1]!).find((d) => flaggedDays.get(key)?.has(d)) ?? null;
      list.push({ store_id, sensor_id, days, flagged });
    }
  }
  list.sort((a, b) =>
    a.days[0]! < b.days[0]!
      ? -1
      : a.days[0]! > b.days[0]!
        ? 1
        : a.store_id - b.store_id || a.sensor_id - b.sensor_id,
  );

  const methods = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      {
        storeDay: errorStats(acc[m].days),
        storeHour: errorStats(acc[m].hours),
        conversion: conversionError(acc[m].conversion),
        detection: detection(acc[m].judged),
      },
    ]),
  ) as Record<MethodName, MethodReport>;
  const report = {
    from: options.from,
    to: options.to,
    warmupDays,
    stores: chain.stores.length,
    sensors: chain.stores.reduce((n, s) => n + s.sensors.length, 0),
    faults: { ...faults },
    storeDays,
    openStoreDays: acc.cleaned.days.length,
    scoredStoreHours: acc.cleaned.hours.length,
    methods,
    reasons,
    methodsUsed,
    drift: { ...driftLatency(list), list },
    elapsedMs: 0,
  };
  return { ...report, goals: goals(report), elapsedMs: Math.round(performance.now() - started) };
}
