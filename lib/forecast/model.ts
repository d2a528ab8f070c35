/**
 * The 7-day footfall forecast (docs/forecast.md): visitors and transactions per store and UTC
 * hour with an 80 % interval, from the cleaned history of the chain's stores and the calendar
 * of the days ahead. Pure and deterministic: the same history and calendar give the same numbers.
 *
 * Visitors are multiplicative, like the footfall they model:
 *
 *   visitors(s, d, h) = level_s x weekday_wd(d) x hour_h x season(d) x open(s, d, h) x noise
 *
 * fitted in log space on the history's open hours (divided by their season index and open
 * fraction) by alternating means: the level per store, the weekday and local-hour shapes shared
 * by the chain (every store's days inform them, so 4 weeks are enough). The noise's spread,
 * split into a day part shared by a store-day's hours and an hour part, gives the intervals.
 * Transactions are visitors x a conversion rate fitted additively (store + local hour + weekday).
 */
import { PermanentError } from '../errors.ts';
import { DEFAULT_SEASON, seasonIndex, type SeasonCalendar } from './season.ts';

export const MODEL_VERSION = 'footfall-multiplicative-1';

/** One store-hour of cleaned history (analytics.store_hourly with the day's opening). */
export interface HistoryHour {
  store_id: number;
  local_date: string;
  local_hour: number;
  /** ISO weekday of local_date, 1 = Monday. */
  weekday: number;
  /** Share of the hour the store was open: 0 closed ... 1. */
  open_fraction: number;
  visitors: number;
  transactions: number;
}

/** One store-hour to forecast, from the calendar (opening hours, holidays) of its day. */
export interface TargetHour {
  store_id: number;
  hour_utc: string;
  local_date: string;
  local_hour: number;
  weekday: number;
  open_fraction: number;
}

export interface ForecastParams {
  /** Days of history read before the origin. */
  historyDays: number;
  /** Central coverage of the interval (0.8: p10-p90). */
  coverage: number;
  /** Rounds of alternating means (the fit converges in a handful). */
  rounds: number;
  season: SeasonCalendar;
}

export const DEFAULT_FORECAST_PARAMS: ForecastParams = {
  historyDays: 28,
  coverage: 0.8,
  rounds: 12,
  season: DEFAULT_SEASON,
};

export interface HourForecast extends TargetHour {
  is_open: boolean;
  visitors: number;
  visitors_p10: number;
  visitors_p90: number;
  transactions: number;
  transactions_p10: number;
  transactions_p90: number;
}

export interface DayForecast {
  store_id: number;
  local_date: string;
  visitors: number;
  visitors_p10: number;
  visitors_p90: number;
  transactions: number;
}

/** What the fit learned; stores without usable history are absent from `level`. */
export interface FittedModel {
  params: ForecastParams;
  /** log level per store. */
  level: Map<number, number>;
  /** log effect per ISO weekday (1-7), centred. */
  weekday: Map<number, number>;
  /** log effect per local hour (0-23). */
  hour: Map<number, number>;
  /** Variance of the log noise shared by a store-day's hours, and of each hour's own. */
  dayVariance: number;
  hourVariance: number;
  /** Store-days each level and each weekday effect was fitted on (their uncertainty shrinks with them). */
  days: Map<number, number>;
  weekdayDays: Map<number, number>;
  /** Mean open hours with visitors of a store-day in the history. */
  meanHours: number;
  conversion: { store: Map<number, number>; hour: Map<number, number>; weekday: Map<number, number> };
}

/** A forecast asked of data that cannot give one: retrying will not help. */
export class ForecastInputError extends PermanentError {
  override name = 'ForecastInputError';
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

function groupMean<K>(keys: readonly K[], values: readonly number[]): Map<K, number> {
  const sum = new Map<K, number>();
  const n = new Map<K, number>();
  keys.forEach((k, i) => {
    sum.set(k, (sum.get(k) ?? 0) + values[i]!);
    n.set(k, (n.get(k) ?? 0) + 1);
  });
  return new Map([...sum].map(([k, s]) => [k, s / n.get(k)!]));
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile of ${p}: expected 0 < p < 1`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Fits the model on the chain's history (any order; the result does not depend on it). */
export function fitForecastModel(
  history: readonly HistoryHour[],
  params: ForecastParams = DEFAULT_FORECAST_PARAMS,
): FittedModel {
  // Hours with nobody are left out of the log fit; they are rare at open hours and carry
  // no shape a log can use. Sorted, so that sums (and so the numbers) do not depend on the order.
  const rows = history
    .filter((h) => h.open_fraction > 0 && h.visitors > 0)
    .sort(
      (a, b) =>
        a.store_id - b.store_id ||
        a.local_date.localeCompare(b.local_date) ||
        a.local_hour - b.local_hour ||
        a.visitors - b.visitors ||
        a.transactions - b.transactions ||
        a.open_fraction - b.open_fraction,
    );
  const seasons = new Map<string, number>();
  const season = (date: string) => {
    let s = seasons.get(date);
    if (s === undefined) seasons.set(date, (s = seasonIndex(date, params.season)));
    return s;
  };
  const y = rows.map((r) => Math.log(r.visitors / (r.open_fraction * season(r.local_date))));
  const stores = rows.map((r) => r.store_id);
  const weekdays = rows.map((r) => r.weekday);
  const hours = rows.map((r) => r.local_hour);

  let level = new Map<number, number>();
  let weekday = new Map<number, number>();
  let hour = new Map<number, number>();
  const get = (m: Map<number, number>, k: number) => m.get(k) ?? 0;
  for (let round = 0; round < params.rounds; round++) {
    level = groupMean(
      stores,
      y.map((v, i) => v - get(weekday, weekdays[i]!) - get(hour, hours[i]!)),
    );
    weekday = groupMean(
      weekdays,
      y.map((v, i) => v - get(level, stores[i]!) - get(hour, hours[i]!)),
    );
    // Weekday effects centred on their mean, the store levels absorbing the shift.
    const shift = weekday.size > 0 ? mean([...weekday.values()]) : 0;
    weekday = new Map([...weekday].map(([k, v]) => [k, v - shift]));
    hour = groupMean(
      hours,
      y.map((v, i) => v - get(level, stores[i]!) - get(weekday, weekdays[i]!)),
    );
  }

  // Residuals split into the part a store-day's hours share and each hour's own.
  const residual = y.map(
    (v, i) => v - get(level, stores[i]!) - get(weekday, weekdays[i]!) - get(hour, hours[i]!),
  );
  const dayKeys = rows.map((r) => `${r.store_id}|${r.local_date}`);
  const dayMean = groupMean(dayKeys, residual);
  const dayCount = new Map<string, number>();
  for (const k of dayKeys) dayCount.set(k, (dayCount.get(k) ?? 0) + 1);
  // Degrees of freedom net of the fitted effects: the store levels and weekday shape take
  // theirs from the day means, the hour shape from the hours within days.
  let within = 0;
  residual.forEach((r, i) => {
    within += (r - dayMean.get(dayKeys[i]!)!) ** 2;
  });
  let withinDf = -Math.max(0, hour.size - 1);
  for (const n of dayCount.values()) withinDf += n - 1;
  const hourVariance = withinDf > 0 ? within / withinDf : 0;
  const means = [...dayMean.values()];
  const meanHours = means.length > 0 ? mean([...dayCount.values()]) : 1;
  const betweenDf = means.length - level.size - Math.max(0, weekday.size - 1);
  const between = betweenDf > 0 ? means.reduce((s, m) => s + m * m, 0) / betweenDf : 0;
  const dayVariance = Math.max(0, between - hourVariance / meanHours);
  const days = new Map<number, number>();
  const weekdayDays = new Map<number, number>();
  rows.forEach((r, i) => {
    // First hour of each store-day: rows are sorted by store and date.
    if (i > 0 && dayKeys[i - 1] === dayKeys[i]) return;
    days.set(r.store_id, (days.get(r.store_id) ?? 0) + 1);
    weekdayDays.set(r.weekday, (weekdayDays.get(r.weekday) ?? 0) + 1);
  });

  return {
    params,
    level,
    weekday,
    hour,
    dayVariance,
    hourVariance,
    days,
    weekdayDays,
    meanHours,
    conversion: fitConversion(rows, params.rounds),
  };
}

/**
 * Conversion = transactions / visitors, additive in store, local hour and weekday (shops
 * convert more at lunch and after work, less in Saturday crowds), each hour weighted by its
 * visitors so quiet hours do not dominate.
 */
function fitConversion(rows: readonly HistoryHour[], rounds: number): FittedModel['conversion'] {
  const store = new Map<number, number>();
  const hour = new Map<number, number>();
  const weekday = new Map<number, number>();
  const fit = (
    target: Map<number, number>,
    key: (r: HistoryHour) => number,
    others: (r: HistoryHour) => number,
  ) => {
    const sum = new Map<number, number>();
    const weight = new Map<number, number>();
    for (const r of rows) {
      const k = key(r);
      sum.set(k, (sum.get(k) ?? 0) + r.transactions - others(r) * r.visitors);
      weight.set(k, (weight.get(k) ?? 0) + r.visitors);
    }
    target.clear();
    for (const [k, s] of [...sum].sort(([a], [b]) => a - b)) target.set(k, s / weight.get(k)!);
  };
  const g = (m: Map<number, number>, k: number) => m.get(k) ?? 0;
  for (let round = 0; round < rounds; round++) {
    fit(
      store,
      (r) => r.store_id,
      (r) => g(hour, r.local_hour) + g(weekday, r.weekday),
    );
    fit(
      hour,
      (r) => r.local_hour,
      (r) => g(store, r.store_id) + g(weekday, r.weekday),
    );
    fit(
      weekday,
      (r) => r.weekday,
      (r) => g(store, r.store_id) + g(hour, r.local_hour),
    );
  }
  return { store, hour, weekday };
}

/** The effect of a local hour never seen open in the history: the nearest seen hour's. */
function hourEffect(model: FittedModel, localHour: number): number {
  const direct = model.hour.get(localHour);
  if (direct !== undefined) return direct;
  for (let d = 1; d < 24; d++) {
    for (const h of [localHour - d, localHour + d]) {
      const v = model.hour.get(h);
      if (v !== undefined) return v;
    }
  }
  return 0;
}

function conversionRate(model: FittedModel, t: TargetHour): number {
  const c = model.conversion;
  const rate =
    (c.store.get(t.store_id) ?? 0) + (c.hour.get(t.local_hour) ?? 0) + (c.weekday.get(t.weekday) ?? 0);
  return Math.min(1, Math.max(0, rate));
}

/**
 * The variance of the fitted log level and weekday effect: each is a mean over the store-days
 * it was fitted on, each carrying one day's noise (and its hours' noise, averaged).
 */
function parameterVariance(model: FittedModel, storeId: number, weekday: number): number {
  const dayMean = model.dayVariance + model.hourVariance / model.meanHours;
  return dayMean / (model.days.get(storeId) ?? 1) + dayMean / (model.weekdayDays.get(weekday) ?? 1);
}

/** The log variance of one store-hour's outcome around its forecast. */
function hourLogVariance(model: FittedModel, storeId: number, weekday: number): number {
  return model.dayVariance + model.hourVariance + parameterVariance(model, storeId, weekday);
}

/** Whether the model can forecast a store (it has open hours with visitors in the history). */
export function canForecast(model: FittedModel, storeId: number): boolean {
  return model.level.has(storeId);
}

/**
 * Forecasts the target hours. Closed hours get 0 with a 0-0 interval; an open hour of a store
 * without history is refused (ForecastInputError) rather than guessed.
 */
export function forecastHours(model: FittedModel, targets: readonly TargetHour[]): HourForecast[] {
  const z = normalQuantile(0.5 + model.params.coverage / 2);
  return targets.map((t) => {
    if (t.open_fraction <= 0) {
      return {
        ...t,
        is_open: false,
        visitors: 0,
        visitors_p10: 0,
        visitors_p90: 0,
        transactions: 0,
        transactions_p10: 0,
        transactions_p90: 0,
      };
    }
    const level = model.level.get(t.store_id);
    if (level === undefined)
      throw new ForecastInputError(`store ${t.store_id} has no open hour with visitors in its history`);
    const median =
      Math.exp(level + (model.weekday.get(t.weekday) ?? 0) + hourEffect(model, t.local_hour)) *
      seasonIndex(t.local_date, model.params.season) *
      t.open_fraction;
    const sd = Math.sqrt(hourLogVariance(model, t.store_id, t.weekday));
    const rate = conversionRate(model, t);
    // Transactions: the visitors' spread plus the binomial spread of who buys.
    const txSd = Math.sqrt(sd * sd + (rate > 0 && median > 0 ? (1 - rate) / (rate * median) : 0));
    const tx = median * rate;
    return {
      ...t,
      is_open: true,
      visitors: median,
      visitors_p10: median * Math.exp(-z * sd),
      visitors_p90: median * Math.exp(z * sd),
      transactions: tx,
      transactions_p10: tx * Math.exp(-z * txSd),
      transactions_p90: tx * Math.exp(z * txSd),
    };
  });
}

/**
 * Store-day totals of hourly forecasts (one store-day per local date), with an interval from
 * the day noise (shared by the hours) and the hours' own noise (which averages out over them).
 */
export function dayForecasts(model: FittedModel, hours: readonly HourForecast[]): DayForecast[] {
  const z = normalQuantile(0.5 + model.params.coverage / 2);
  const byDay = new Map<string, HourForecast[]>();
  for (const h of hours) {
    const k = `${h.store_id}|${h.local_date}`;
    byDay.set(k, [...(byDay.get(k) ?? []), h]);
  }
  return [...byDay.values()].map((list) => {
    const { store_id, local_date } = list[0]!;
    const visitors = list.reduce((s, h) => s + h.visitors, 0);
    const transactions = list.reduce((s, h) => s + h.transactions, 0);
    // Hour noise of a day's sum: the weights' Herfindahl index says how many hours it averages.
    const herfindahl = visitors > 0 ? list.reduce((s, h) => s + (h.visitors / visitors) ** 2, 0) : 0;
    const variance =
      model.dayVariance +
      model.hourVariance * herfindahl +
      parameterVariance(model, store_id, list[0]!.weekday);
    const sd = Math.sqrt(variance);
    return {
      store_id,
      local_date,
      visitors,
      visitors_p10: visitors * Math.exp(-z * sd),
      visitors_p90: visitors * Math.exp(z * sd),
      transactions,
    };
  });
}
