/**
 * Backtest of the 7-day forecast (issue 11) against the simulator's truth: for every origin of
 * a range (a night after a built day), the model is fitted on the history up to the origin and
 * forecasts the 7 days after it; each forecast store-day and store-hour is compared with what
 * really happened, next to two references computed in the same run:
 *
 *   seasonal naive  the same store, weekday and local hour one week before (from the history)
 *   oracle          the simulator's expected footfall before its random day and hour noise,
 *                   which no forecaster can beat on average (api/model is pure)
 *
 * History comes from the warehouse (analytics.store_hourly, the cleaned figures the nightly
 * forecast reads) or, offline, from the simulator's true footfall (the gate test, in seconds).
 */
import {
  REFERENCE_CHAIN,
  Simulator,
  conversionRate,
  formatOpening,
  HOLIDAY_CALENDARS,
} from '../api/model/index.ts';
import { dayNoise } from '../api/model/footfall.ts';
import type { Chain, Store } from '../api/model/index.ts';
import { WEEKDAY_KEYS, type WeeklyOpening } from '../lib/analytics/opening.ts';
import type { HistoryReader } from '../lib/forecast/history.ts';
import { targetHours, FORECAST_DAYS } from '../lib/forecast/calendar.ts';
import {
  canForecast,
  DEFAULT_FORECAST_PARAMS,
  fitForecastModel,
  dayForecasts,
  forecastHours,
  MODEL_VERSION,
  type ForecastParams,
  type HistoryHour,
} from '../lib/forecast/model.ts';
import { addDays, datesInRange } from '../lib/time.ts';
import { hoursOf, MIN_HOUR_VISITORS } from './scoring.ts';

export const FORECAST_METHODS = ['forecast', 'naive', 'oracle'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];
export const FORECAST_METHOD_LABELS: Record<ForecastMethod, string> = {
  forecast: 'forecast (ours)',
  naive: 'seasonal naive (same hour last week)',
  oracle: "oracle (simulator's expectation)",
};

export interface ForecastErrors {
  n: number;
  /** Mean absolute percentage error, 0.1 = 10 %. */
  mape: number | null;
  /** Sum of errors over sum of truth. */
  bias: number | null;
}

export interface ForecastGoal {
  name: string;
  value: number | null;
  comparison: '<=' | '>=' | 'within';
  limit: number | [number, number];
  met: boolean | null;
}

export interface ForecastReport {
  source: 'offline' | 'warehouse';
  chain: string;
  modelVersion: string;
  /** First and last origin (the last day of history each forecast saw). */
  firstOrigin: string;
  lastOrigin: string;
  origins: number;
  historyDays: number;
  stores: number;
  /** Per method: visitors and transactions at store-day and store-hour grain. */
  methods: Record<
    ForecastMethod,
    {
      visitors: { storeDay: ForecastErrors; storeHour: ForecastErrors };
      transactions: { storeDay: ForecastErrors };
    }
  >;
  /** Share of outcomes inside the forecast's 80 % interval. */
  coverage: { storeDay: number | null; storeHour: number | null };
  goals: ForecastGoal[];
  notes: string[];
  elapsedMs: number;
}

class Errors {
  n = 0;
  ape = 0;
  err = 0;
  truth = 0;
  add(predicted: number, truth: number): void {
    this.n++;
    this.ape += Math.abs(predicted - truth) / truth;
    this.err += predicted - truth;
    this.truth += truth;
  }
  stats(): ForecastErrors {
    return {
      n: this.n,
      mape: this.n > 0 ? this.ape / this.n : null,
      bias: this.truth > 0 ? this.err / this.truth : null,
    };
  }
}

export function weeklyOpening(store: Store): WeeklyOpening {
  return Object.fromEntries(
    WEEKDAY_KEYS.map((k, i) => [k, formatOpening(store.opening[i] ?? null)]),
  ) as unknown as WeeklyOpening;
}

/** A store's public holidays, as GET /v1/holidays lists them (names are shared by calendars; dates are not). */
function holidaysOf(store: Store): Map<string, string> {
  const calendar = HOLIDAY_CALENDARS.get(store.holidays)!;
  return new Map([...calendar.dates].map((d) => [d, calendar.names.get(d) ?? 'holiday']));
}

/** The simulator's truth as history: what a perfect cleaning would have written. */
export function truthHistory(chain: Chain): HistoryReader {
  const sim = new Simulator({ chain });
  return async (dates) =>
    dates.flatMap((date) =>
      chain.stores.flatMap((store) =>
        hoursOf(date, store.timezone).map((hour) => {
          const t = sim.truth(store, hour);
          return {
            store_id: store.store_id,
            local_date: date,
            local_hour: t.local.localHour,
            weekday: t.local.weekday,
            open_fraction: t.openFraction,
            visitors: t.footfall,
            transactions: sim.truthTransactionRow(store, hour).transactions,
          };
        }),
      ),
    );
}

export interface BacktestOptions {
  /** First and last origins: each forecasts the 7 days after it from the history up to it. */
  firstOrigin: string;
  lastOrigin: string;
  chain?: Chain;
  chainName?: string;
  source: 'offline' | 'warehouse';
  history: HistoryReader;
  params?: ForecastParams;
}

interface TruthHour {
  footfall: number;
  oracle: number;
  transactions: number;
  oracleTransactions: number;
  open: boolean;
}

export async function backtestForecast(options: BacktestOptions): Promise<ForecastReport> {
  const started = performance.now();
  const chain = options.chain ?? REFERENCE_CHAIN;
  const params = options.params ?? DEFAULT_FORECAST_PARAMS;
  const sim = new Simulator({ chain });
  const origins = datesInRange(options.firstOrigin, options.lastOrigin);

  // History of every date any origin reads, once.
  const historyDates = datesInRange(
    addDays(options.firstOrigin, -params.historyDays + 1),
    options.lastOrigin,
  );
  const byDate = new Map<string, HistoryHour[]>();
  for (const h of await options.history(historyDates)) {
    const list = byDate.get(h.local_date) ?? [];
    list.push(h);
    byDate.set(h.local_date, list);
  }
  const missingDates = historyDates.filter((d) => !byDate.has(d));
  const naiveKey = (store: number, date: string, hour: number) => `${store}|${date}|${hour}`;
  const naive = new Map<string, { visitors: number; transactions: number }>();
  for (const list of byDate.values())
    for (const h of list) naive.set(naiveKey(h.store_id, h.local_date, h.local_hour), h);

  const truthCache = new Map<string, TruthHour>();
  const truthOf = (store: Store, hour: string): TruthHour => {
    const k = `${store.store_id}|${hour}`;
    let t = truthCache.get(k);
    if (!t) {
      const truth = sim.truth(store, hour);
      const oracle = truth.openFraction > 0 ? truth.expected / dayNoise(store, truth.local.localDate) : 0;
      t = {
        footfall: truth.footfall,
        oracle,
        transactions: sim.truthTransactionRow(store, hour).transactions,
        oracleTransactions:
          oracle * conversionRate(store.store_id, truth.local.weekday, truth.local.localHour),
        open: truth.openFraction > 0,
      };
      truthCache.set(k, t);
    }
    return t;
  };

  const acc = Object.fromEntries(
    FORECAST_METHODS.map((m) => [m, { day: new Errors(), hour: new Errors(), dayTx: new Errors() }]),
  ) as Record<ForecastMethod, { day: Errors; hour: Errors; dayTx: Errors }>;
  let hourCovered = 0;
  let hourScored = 0;
  let dayCovered = 0;
  let dayScored = 0;
  let unforecastable = 0;
  const calendars = chain.stores.map((s) => ({
    store: s,
    calendar: {
      store_id: s.store_id,
      timezone: s.timezone,
      weekly: weeklyOpening(s),
      holidays: holidaysOf(s),
    },
  }));

  for (const origin of origins) {
    const window = datesInRange(addDays(origin, -params.historyDays + 1), origin);
    const model = fitForecastModel(
      window.flatMap((d) => byDate.get(d) ?? []),
      params,
    );
    for (const { store, calendar } of calendars) {
      // A store with no history in the window (not built yet) cannot be forecast: counted apart.
      if (!canForecast(model, store.store_id)) {
        unforecastable++;
        continue;
      }
      const targets = targetHours(calendar, origin);
      const hours = forecastHours(model, targets);
      const days = new Map(dayForecasts(model, hours).map((d) => [d.local_date, d]));
      const dayTotals = new Map<
        string,
        Record<ForecastMethod | 'naiveTx' | 'truth' | 'truthTx' | 'forecastTx' | 'oracleTx', number>
      >();
      for (const h of hours) {
        const t = truthOf(store, h.hour_utc);
        const week = naive.get(naiveKey(store.store_id, addDays(h.local_date, -7), h.local_hour));
        const lastWeek = week?.visitors ?? 0;
        const d = dayTotals.get(h.local_date) ?? {
          forecast: 0,
          naive: 0,
          naiveTx: 0,
          oracle: 0,
          truth: 0,
          truthTx: 0,
          forecastTx: 0,
          oracleTx: 0,
        };
        d.forecast += h.visitors;
        d.naive += lastWeek;
        d.naiveTx += week?.transactions ?? 0;
        d.oracle += t.oracle;
        d.truth += t.footfall;
        d.truthTx += t.transactions;
        d.forecastTx += h.transactions;
        d.oracleTx += t.oracleTransactions;
        dayTotals.set(h.local_date, d);
        if (!t.open || t.footfall < MIN_HOUR_VISITORS) continue;
        acc.forecast.hour.add(h.visitors, t.footfall);
        acc.naive.hour.add(lastWeek, t.footfall);
        acc.oracle.hour.add(t.oracle, t.footfall);
        hourScored++;
        if (t.footfall >= h.visitors_p10 && t.footfall <= h.visitors_p90) hourCovered++;
      }
      for (const [date, d] of dayTotals) {
        if (d.truth <= 0) continue;
        acc.forecast.day.add(d.forecast, d.truth);
        acc.naive.day.add(d.naive, d.truth);
        acc.oracle.day.add(d.oracle, d.truth);
        const f = days.get(date)!;
        dayScored++;
        if (d.truth >= f.visitors_p10 && d.truth <= f.visitors_p90) dayCovered++;
        if (d.truthTx <= 0) continue;
        acc.forecast.dayTx.add(d.forecastTx, d.truthTx);
        acc.naive.dayTx.add(d.naiveTx, d.truthTx);
        acc.oracle.dayTx.add(d.oracleTx, d.truthTx);
      }
    }
  }

  const methods = Object.fromEntries(
    FORECAST_METHODS.map((m) => [
      m,
      {
        visitors: { storeDay: acc[m].day.stats(), storeHour: acc[m].hour.stats() },
        transactions: { storeDay: acc[m].dayTx.stats() },
      },
    ]),
  ) as ForecastReport['methods'];
  const coverage = {
    storeDay: dayScored > 0 ? dayCovered / dayScored : null,
    storeHour: hourScored > 0 ? hourCovered / hourScored : null,
  };
  const notes: string[] = [];
  if (missingDates.length > 0)
    notes.push(
      `${missingDates.length} history date(s) have no row (not built): ${missingDates.slice(0, 10).join(', ')}${missingDates.length > 10 ? ' and more' : ''}.`,
    );
  if (unforecastable > 0)
    notes.push(
      `${unforecastable} store-origin(s) had no open hour with visitors in their history window and were not scored.`,
    );
  return {
    source: options.source,
    chain: options.chainName ?? 'reference',
    modelVersion: MODEL_VERSION,
    firstOrigin: options.firstOrigin,
    lastOrigin: options.lastOrigin,
    origins: origins.length,
    historyDays: params.historyDays,
    stores: chain.stores.length,
    methods,
    coverage,
    goals: forecastGoals(methods, coverage),
    notes,
    elapsedMs: Math.round(performance.now() - started),
  };
}

function ratioGoal(
  name: string,
  value: number | null,
  reference: number | null,
  limit: number,
): ForecastGoal {
  const ratio = value !== null && reference !== null && reference > 0 ? value / reference : null;
  return { name, value: ratio, comparison: '<=', limit, met: ratio === null ? null : ratio <= limit };
}

/** Issue 11's goals: MAPE within 1.15x the oracle's, >= 25 % below seasonal naive; coverage 75-85 %. */
export function forecastGoals(
  methods: ForecastReport['methods'],
  coverage: ForecastReport['coverage'],
): ForecastGoal[] {
  const v = (m: ForecastMethod, g: 'storeDay' | 'storeHour') => methods[m].visitors[g].mape;
  const within = (name: string, value: number | null): ForecastGoal => ({
    name,
    value,
    comparison: 'within',
    limit: [0.75, 0.85],
    met: value === null ? null : value >= 0.75 && value <= 0.85,
  });
  return [
    ratioGoal('store-day MAPE / oracle', v('forecast', 'storeDay'), v('oracle', 'storeDay'), 1.15),
    ratioGoal('store-hour MAPE / oracle', v('forecast', 'storeHour'), v('oracle', 'storeHour'), 1.15),
    ratioGoal('store-day MAPE / seasonal naive', v('forecast', 'storeDay'), v('naive', 'storeDay'), 0.75),
    ratioGoal('store-hour MAPE / seasonal naive', v('forecast', 'storeHour'), v('naive', 'storeHour'), 0.75),
    within('80 % interval coverage, store-hours', coverage.storeHour),
    within('80 % interval coverage, store-days', coverage.storeDay),
  ];
}

export { FORECAST_DAYS };
