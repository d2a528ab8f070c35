/**
 * What both evaluations share (in-process in evaluate.ts, against the warehouse in
 * warehouse.ts): the simulator's truth of a store-day, the scorer that collects each method's
 * estimates against it, the goals of issue 8 and the report they make. Pure.
 */
import type { Fault, FaultRates, Simulator, Store } from '../api/model/index.ts';
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
import type { SensorHourEstimate } from '../lib/analytics/cleaning/baselines.ts';
import type { Method, Reason, StoreDayInput } from '../lib/analytics/cleaning/model.ts';
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
  /** offline: readings simulated in-process; warehouse: read from raw and analytics. */
  source: 'offline' | 'warehouse';
  /** Name of the simulated chain the truth comes from. */
  chain: string;
  from: string;
  to: string;
  /** Days before `from` whose readings build the cleaning's history without being scored. */
  warmupDays: number;
  stores: number;
  sensors: number;
  faults: FaultRates;
  storeDays: number;
  openStoreDays: number;
  scoredStoreHours: number;
  methods: Record<MethodName, MethodReport>;
  /** Where the cleaned method's per-reading figures (detection, reasons, drift) come from. */
  detectionSource: string;
  /** Cleaning only: per true fault, the reasons it was given. */
  reasons: Record<string, Partial<Record<Reason, number>>>;
  /** Cleaning only: how the open sensor-hours' estimates were obtained. */
  methodsUsed: Partial<Record<Method, number>>;
  drift: DriftLatency & { list: (DriftEpisode & { store_id: number; sensor_id: number })[] };
  goals: Goal[];
  /** What a reader must know to trust the numbers (e.g. readings that differ from the simulator's). */
  notes: string[];
  /** Wall-clock milliseconds of the evaluation. */
  elapsedMs: number;
}

/** One store-day as the simulator sees it: its readings and, behind them, the truth. */
export interface SimulatedDay {
  input: StoreDayInput;
  /** Per sensor and hour, aligned with input.sensors and input.hours. */
  truth: number[][];
  faults: Fault[][];
  /** True visitors per hour. */
  footfall: number[];
  transactions: number;
}

const localDayHours = new Map<string, string[]>();
export function hoursOf(date: string, timeZone: string): string[] {
  const key = `${timeZone} ${date}`;
  let hours = localDayHours.get(key);
  if (!hours) {
    hours = utcHoursOfLocalDay(date, timeZone);
    localDayHours.set(key, hours);
  }
  return hours;
}

export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function simulateStoreDay(sim: Simulator, store: Store, date: string): SimulatedDay {
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

export type ReportMeta = Pick<
  EvaluationReport,
  'source' | 'chain' | 'warmupDays' | 'stores' | 'sensors' | 'faults' | 'detectionSource' | 'notes'
>;

/**
 * Collects, store-day by store-day, each method's estimates against the truth, and the
 * cleaning's drift flags from `firstDay` on (warm-up included, so a drift that began before
 * `from` is not mistaken for one starting on it).
 */
export class Scorer {
  readonly from: string;
  readonly to: string;
  readonly firstDay: string;
  storeDays = 0;
  private readonly acc: Record<MethodName, Accumulator> = {
    raw: { days: [], hours: [], conversion: [], judged: [] },
    original: { days: [], hours: [], conversion: [], judged: [] },
    cleaned: { days: [], hours: [], conversion: [], judged: [] },
  };
  private readonly reasons: Record<string, Partial<Record<Reason, number>>> = {};
  private readonly methodsUsed: Partial<Record<Method, number>> = {};
  private readonly driftDays = new Map<string, string[]>();
  private readonly flaggedDays = new Map<string, Set<string>>();

  constructor(from: string, to: string, firstDay: string) {
    this.from = from;
    this.to = to;
    this.firstDay = firstDay;
  }

  /** Per sensor of a simulated day: whether its readings drift, and whether the cleaning flagged drift. */
  drift(day: SimulatedDay, flagged: (sensor: number) => boolean): void {
    day.input.sensors.forEach((sensor, i) => {
      const key = `${day.input.store_id}/${sensor.sensor_id}`;
      if (day.faults[i]!.includes('drift'))
        this.driftDays.set(key, [...(this.driftDays.get(key) ?? []), day.input.local_date]);
      if (flagged(i)) {
        const set = this.flaggedDays.get(key) ?? new Set<string>();
        set.add(day.input.local_date);
        this.flaggedDays.set(key, set);
      }
    });
  }

  /** A method's store-day and store-hour totals: hourEstimates aligned with day.input.hours. */
  totals(
    method: MethodName,
    day: SimulatedDay,
    hourEstimates: readonly number[],
    dayEstimate: number,
    transactions: number,
  ): void {
    const acc = this.acc[method];
    let truth = 0;
    day.input.hours.forEach((hour, h) => {
      truth += day.footfall[h]!;
      if (hour.open_fraction > 0 && day.footfall[h]! >= MIN_HOUR_VISITORS)
        acc.hours.push({ estimate: hourEstimates[h]!, truth: day.footfall[h]! });
    });
    if (truth > 0) {
      acc.days.push({ estimate: dayEstimate, truth });
      acc.conversion.push({ transactions, estimate: dayEstimate, truth });
    }
  }

  /** Whether the method rejected or adjusted each reading: flagged[i][h] per sensor and hour. */
  judge(method: MethodName, day: SimulatedDay, flagged: readonly (readonly boolean[])[]): void {
    const acc = this.acc[method];
    day.input.hours.forEach((hour, h) => {
      day.input.sensors.forEach((_, i) => {
        acc.judged.push({
          fault: day.faults[i]![h]!,
          flagged: flagged[i]![h]!,
          open: hour.open_fraction > 0,
        });
      });
    });
  }

  /** A method's sensor-hour rows (sensor by sensor, each sensor's hours in order): totals and judgement. */
  rows(method: MethodName, day: SimulatedDay, rows: readonly SensorHourEstimate[]): void {
    const n = day.input.hours.length;
    const hourEstimates = day.input.hours.map((_, h) =>
      day.input.sensors.reduce((sum, _s, i) => sum + (rows[i * n + h]!.estimate ?? 0), 0),
    );
    const dayEstimate = hourEstimates.reduce((a, b) => a + b, 0);
    this.totals(method, day, hourEstimates, dayEstimate, day.transactions);
    this.judge(
      method,
      day,
      day.input.sensors.map((_, i) => day.input.hours.map((_h, h) => rows[i * n + h]!.flagged)),
    );
  }

  /** The cleaning's reason and method per sensor-hour, rows[i][h]. */
  cleaning(day: SimulatedDay, rows: readonly (readonly { reason: Reason; method: Method }[])[]): void {
    day.input.sensors.forEach((_, i) => {
      day.input.hours.forEach((hour, h) => {
        const row = rows[i]![h]!;
        const byReason = (this.reasons[day.faults[i]![h]!] ??= {});
        byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
        if (hour.open_fraction > 0) this.methodsUsed[row.method] = (this.methodsUsed[row.method] ?? 0) + 1;
      });
    });
  }

  report(meta: ReportMeta, startedMs: number): EvaluationReport {
    const list: EvaluationReport['drift']['list'] = [];
    for (const [key, dates] of this.driftDays) {
      const [store_id, sensor_id] = key.split('/').map(Number) as [number, number];
      for (const days of episodesOf(dates)) {
        const start = days[0]!;
        // Drifts already under way on the first simulated day have no known start.
        if (start < this.from || start === this.firstDay) continue;
        const flagged =
          datesInRange(start, days[days.length - 1]!).find((d) => this.flaggedDays.get(key)?.has(d)) ?? null;
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
          storeDay: errorStats(this.acc[m].days),
          storeHour: errorStats(this.acc[m].hours),
          conversion: conversionError(this.acc[m].conversion),
          detection: detection(this.acc[m].judged),
        },
      ]),
    ) as Record<MethodName, MethodReport>;
    const report = {
      ...meta,
      faults: { ...meta.faults },
      from: this.from,
      to: this.to,
      storeDays: this.storeDays,
      openStoreDays: this.acc.cleaned.days.length,
      scoredStoreHours: this.acc.cleaned.hours.length,
      methods,
      reasons: this.reasons,
      methodsUsed: this.methodsUsed,
      drift: { ...driftLatency(list), list },
      elapsedMs: 0,
    };
    return { ...report, goals: goals(report), elapsedMs: Math.round(performance.now() - startedMs) };
  }
}
