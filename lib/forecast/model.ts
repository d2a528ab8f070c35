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

/**
 * Dense group indexes of the fit (stores by position, ISO weekdays 1-7, local hours 0-23):
 * typed arrays instead of maps keep a 1,000-store history quick.
 */
interface Groups {
  store: Int32Array;
  weekday: Int32Array;
  hour: Int32Array;
  stores: number[];
}

/** Mean of value(i) per group; NaN for a group with no row. */
function groupMeans(group: Int32Array, size: number, value: (i: number) => number): Float64Array {
  const sum = new Float64Array(size);
  const n = new Float64Array(size);
  for (let i = 0; i < group.length; i++) {
    sum[group[i]!]! += value(i);
    n[group[i]!]! += 1;
  }
  return sum.map((v, k) => (n[k]! > 0 ? v / n[k]! : NaN));
}

const zeroIfNaN = (a: Float64Array): Float64Array => a.map((v) => (Number.isNaN(v) ? 0 : v));

function toMap(values: Float64Array, key: (index: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  values.forEach((v, i) => {
    if (!Number.isNaN(v)) out.set(key(i), v);
  });
  return out;
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
        (a.local_date < b.local_date ? -1 : a.local_date > b.local_date ? 1 : 0) ||
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
  const y = Float64Array.from(rows, (r) => Math.log(r.visitors / (r.open_fraction * season(r.local_date))));
  const stores = [...new Set(rows.map((r) => r.store_id))];
  const storeIndex = new Map(stores.map((id, i) => [id, i]));
  const g: Groups = {
    store: Int32Array.from(rows, (r) => storeIndex.get(r.store_id)!),
    weekday: Int32Array.from(rows, (r) => r.weekday),
    hour: Int32Array.from(rows, (r) => r.local_hour),
    stores,
  };

  let level: Float64Array = new Float64Array(stores.length);
  let weekday: Float64Array = new Float64Array(8);
  let hour: Float64Array = new Float64Array(24);
  for (let round = 0; round < params.rounds; round++) {
    level = zeroIfNaN(
      groupMeans(g.store, stores.length, (i) => y[i]! - weekday[g.weekday[i]!]! - hour[g.hour[i]!]!),
    );
    const w = groupMeans(g.weekday, 8, (i) => y[i]! - level[g.store[i]!]! - hour[g.hour[i]!]!);
    // Weekday effects centred on their mean, the store levels absorbing the shift.
    const seen = [...w].filter((v) => !Number.isNaN(v));
    const shift = seen.length > 0 ? mean(seen) : 0;
    weekday = zeroIfNaN(w.map((v) => v - shift));
    hour = groupMeans(g.hour, 24, (i) => y[i]! - level[g.store[i]!]! - weekday[g.weekday[i]!]!);
    if (round < params.rounds - 1) hour = zeroIfNaN(hour);
  }
  const hourSeen = hour;
  hour = zeroIfNaN(hour);
  const weekdaySeen = groupMeans(g.weekday, 8, () => 0);

  // Residuals split into the part a store-day's hours share and each hour's own. Rows are
  // sorted by store and date, so a store-day is a run of consecutive rows.
  const residual = y.map((v, i) => v - level[g.store[i]!]! - weekday[g.weekday[i]!]! - hour[g.hour[i]!]!);
  const dayOf = new Int32Array(rows.length);
  let dayCount = 0;
  rows.forEach((r, i) => {
    if (i > 0 && (r.store_id !== rows[i - 1]!.store_id || r.local_date !== rows[i - 1]!.local_date))
      dayCount++;
    dayOf[i] = dayCount;
  });
  if (rows.length > 0) dayCount++;
  const dayMean = groupMeans(dayOf, dayCount, (i) => residual[i]!);
  // Degrees of freedom net of the fitted effects: the store levels and weekday shape take
  // theirs from the day means, the hour shape from the hours within days.
  let within = 0;
  for (let i = 0; i < rows.length; i++) within += (residual[i]! - dayMean[dayOf[i]!]!) ** 2;
  const hoursSeen = [...hourSeen].filter((v) => !Number.isNaN(v)).length;
  const weekdaysSeen = [...weekdaySeen].filter((v) => !Number.isNaN(v)).length;
  const withinDf = rows.length - dayCount - Math.max(0, hoursSeen - 1);
  const hourVariance = withinDf > 0 ? within / withinDf : 0;
  const meanHours = dayCount > 0 ? rows.length / dayCount : 1;
  const betweenDf = dayCount - stores.length - Math.max(0, weekdaysSeen - 1);
  const between = betweenDf > 0 ? dayMean.reduce((sum, m) => sum + m * m, 0) / betweenDf : 0;
  const dayVariance = Math.max(0, between - hourVariance / meanHours);
  const days = new Map<number, number>();
  const weekdayDays = new Map<number, number>();
  rows.forEach((r, i) => {
    if (i > 0 && dayOf[i - 1] === dayOf[i]) return;
    days.set(r.store_id, (days.get(r.store_id) ?? 0) + 1);
    weekdayDays.set(r.weekday, (weekdayDays.get(r.weekday) ?? 0) + 1);
  });

  return {
    params,
    level: toMap(level, (i) => stores[i]!),
    weekday: toMap(
      weekday.map((v, k) => (Number.isNaN(weekdaySeen[k]!) ? NaN : v)),
      (i) => i,
    ),
    hour: toMap(hourSeen, (i) => i),
    dayVariance,
    hourVariance,
    days,
    weekdayDays,
    meanHours,
    conversion: fitConversion(rows, g, params.rounds),
  };
}

/**
 * Conversion = transactions / visitors, additive in store, local hour and weekday (shops
 * convert more at lunch and after work, less in Saturday crowds), each hour weighted by its
 * visitors so quiet hours do not dominate.
 */
function fitConversion(rows: readonly HistoryHour[], g: Groups, rounds: number): FittedModel['conversion'] {
  const visitors = Float64Array.from(rows, (r) => r.visitors);
  const tx = Float64Array.from(rows, (r) => r.transactions);
  const fit = (group: Int32Array, size: number, others: (i: number) => number) => {
    const sum = new Float64Array(size);
    const weight = new Float64Array(size);
    for (let i = 0; i < rows.length; i++) {
      sum[group[i]!]! += tx[i]! - others(i) * visitors[i]!;
      weight[group[i]!]! += visitors[i]!;
    }
    return sum.map((v, k) => (weight[k]! > 0 ? v / weight[k]! : NaN));
  };
  let store: Float64Array = new Float64Array(g.stores.length);
  let hour: Float64Array = new Float64Array(24);
  let weekday: Float64Array = new Float64Array(8);
  for (let round = 0; round < rounds; round++) {
    store = fit(g.store, g.stores.length, (i) => hour[g.hour[i]!]! + weekday[g.weekday[i]!]!);
    hour = zeroIfNaN(fit(g.hour, 24, (i) => store[g.store[i]!]! + weekday[g.weekday[i]!]!));
    weekday = zeroIfNaN(fit(g.weekday, 8, (i) => store[g.store[i]!]! + hour[g.hour[i]!]!));
  }
  const hourSeen = fit(g.hour, 24, () => 0);
  const weekdaySeen = fit(g.weekday, 8, () => 0);
  return {
    store: toMap(store, (i) => g.stores[i]!),
    hour: toMap(
      hour.map((v, k) => (Number.isNaN(hourSeen[k]!) ? NaN : v)),
      (i) => i,
    ),
    weekday: toMap(
      weekday.map((v, k) => (Number.isNaN(weekdaySeen[k]!) ? NaN : v)),
      (i) => i,
    ),
  };
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
