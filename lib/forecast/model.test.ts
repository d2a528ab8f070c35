import { describe, expect, it } from 'vitest';
import { DEFAULT_SEASON, seasonIndex } from './season.ts';
import { targetHours } from './calendar.ts';
import {
  DEFAULT_FORECAST_PARAMS,
  ForecastInputError,
  fitForecastModel,
  dayForecasts,
  forecastHours,
  normalQuantile,
  type HistoryHour,
  type TargetHour,
} from './model.ts';
import { parseStoreRatios, staffingPlan } from './staffing.ts';
import { addDays } from '../time.ts';
import { dateAttributes } from '../analytics/opening.ts';

const WEEKDAY = [0.8, 1, 1, 1, 1.2, 1.6, 1];
const HOUR: Record<number, number> = { 9: 0.5, 10: 1, 11: 1.5 };

/** A noiseless history: level x weekday x hour x season, open 9-12 every day (10:00-12:00 on Sundays half the first hour). */
function history(
  storeId: number,
  level: number,
  from: string,
  days: number,
  noise = (_i: number) => 1,
): HistoryHour[] {
  const out: HistoryHour[] = [];
  let i = 0;
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    const weekday = dateAttributes(date).weekday;
    for (const hour of [8, 9, 10, 11, 12]) {
      const open = hour >= 9 && hour <= 11 ? 1 : 0;
      const visitors = open
        ? level * WEEKDAY[weekday - 1]! * HOUR[hour]! * seasonIndex(date) * noise(i++)
        : 0;
      out.push({
        store_id: storeId,
        local_date: date,
        local_hour: hour,
        weekday,
        open_fraction: open,
        visitors,
        transactions: visitors * 0.2,
      });
    }
  }
  return out;
}

function target(storeId: number, date: string, hour: number, open = 1): TargetHour {
  return {
    store_id: storeId,
    hour_utc: `${date}T${String(hour).padStart(2, '0')}:00:00Z`,
    local_date: date,
    local_hour: hour,
    weekday: dateAttributes(date).weekday,
    open_fraction: open,
  };
}

describe('forecast model', () => {
  it('recovers a noiseless multiplicative series exactly, with a zero-width interval', () => {
    const h = [...history(1, 100, '2026-10-05', 28), ...history(2, 40, '2026-10-05', 28)];
    const model = fitForecastModel(h);
    // Saturday 2026-11-07, 11:00: 100 x 1.6 x 1.5 x November's 1.05.
    const [sat, sun] = forecastHours(model, [target(1, '2026-11-07', 11), target(2, '2026-11-08', 9, 0.5)]);
    expect(sat!.visitors).toBeCloseTo(100 * 1.6 * 1.5 * 1.05, 6);
    expect(sat!.visitors_p10).toBeCloseTo(sat!.visitors, 6);
    expect(sat!.visitors_p90).toBeCloseTo(sat!.visitors, 6);
    expect(sat!.transactions).toBeCloseTo(sat!.visitors * 0.2, 6);
    // Half an hour open is half the visitors.
    expect(sun!.visitors).toBeCloseTo(40 * 1 * 0.5 * 1.05 * 0.5, 6);
  });

  it('follows the calendar across a month boundary and into the sales', () => {
    const model = fitForecastModel(history(1, 100, '2026-12-01', 28));
    const [dec, jan] = forecastHours(model, [target(1, '2026-12-29', 10), target(1, '2027-01-15', 10)]);
    // 2027-01-13 is the second Wednesday of January: the sales' first week (1.4) in January (0.9).
    expect(seasonIndex('2027-01-15')).toBeCloseTo(0.9 * 1.4, 9);
    expect(jan!.visitors / dec!.visitors).toBeCloseTo((0.9 * 1.4 * WEEKDAY[4]!) / (1.2 * WEEKDAY[1]!), 6);
  });

  it('gives closed hours zero and refuses a store it has no history for', () => {
    const model = fitForecastModel(history(1, 100, '2026-10-05', 14));
    const [closed] = forecastHours(model, [target(1, '2026-10-20', 10, 0)]);
    expect(closed).toMatchObject({ is_open: false, visitors: 0, visitors_p90: 0, transactions: 0 });
    expect(() => forecastHours(model, [target(9, '2026-10-20', 10)])).toThrow(ForecastInputError);
    expect(() => forecastHours(model, [target(9, '2026-10-20', 10)])).toThrow('store 9 has no open hour');
  });

  it('sizes the interval from the noise: about 80 % of a log-normal series inside p10-p90', () => {
    // Deterministic pseudo-normal noise (Box-Muller over a fixed linear congruential sequence).
    let seed = 12345;
    const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
    const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const noisy = history(1, 1000, '2026-09-07', 56, () => Math.exp(0.15 * normal()));
    const model = fitForecastModel(noisy.filter((h) => h.local_date <= '2026-10-04'));
    expect(Math.sqrt(model.hourVariance)).toBeGreaterThan(0.12);
    expect(Math.sqrt(model.hourVariance)).toBeLessThan(0.18);
    const future = noisy.filter((h) => h.local_date > '2026-10-04' && h.open_fraction > 0);
    const forecasts = forecastHours(
      model,
      future.map((h) => target(1, h.local_date, h.local_hour)),
    );
    const inside = forecasts.filter(
      (f, i) => future[i]!.visitors >= f.visitors_p10 && future[i]!.visitors <= f.visitors_p90,
    );
    expect(inside.length / future.length).toBeGreaterThan(0.72);
    expect(inside.length / future.length).toBeLessThan(0.88);
  });

  it('sums hours into store-days with an interval of the day', () => {
    const model = fitForecastModel(history(1, 100, '2026-10-05', 28));
    const hours = forecastHours(model, [
      target(1, '2026-11-02', 9),
      target(1, '2026-11-02', 10),
      target(1, '2026-11-02', 11),
    ]);
    const [day] = dayForecasts(model, hours);
    expect(day!.visitors).toBeCloseTo(
      hours.reduce((s, h) => s + h.visitors, 0),
      9,
    );
    expect(day!.visitors_p10).toBeLessThanOrEqual(day!.visitors);
  });

  it('is deterministic whatever the order of the history', () => {
    const h = [
      ...history(1, 100, '2026-10-05', 28, (i) => 1 + 0.1 * Math.sin(i)),
      ...history(2, 50, '2026-10-05', 28),
    ];
    const t = [target(1, '2026-11-03', 10), target(2, '2026-11-04', 11)];
    expect(forecastHours(fitForecastModel([...h].reverse()), t)).toEqual(
      forecastHours(fitForecastModel(h), t),
    );
  });

  it('inverts the normal CDF', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815516, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263479, 6);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(DEFAULT_FORECAST_PARAMS.coverage).toBe(0.8);
    expect(DEFAULT_SEASON.months).toHaveLength(12);
  });
});

describe('forecast calendar', () => {
  it('lists the 7 days after the origin, closed on holidays and closed weekdays, 23 hours on the spring DST day', () => {
    const weekly = {
      mon: '09:30-20:00',
      tue: '09:30-20:00',
      wed: '09:30-20:00',
      thu: '09:30-20:00',
      fri: '09:30-20:00',
      sat: '09:30-20:00',
      sun: null,
    };
    const hours = targetHours(
      { store_id: 1, timezone: 'Europe/Paris', weekly, holidays: new Map([['2027-03-30', 'Test day']]) },
      '2027-03-27',
    );
    expect(new Set(hours.map((h) => h.local_date)).size).toBe(7);
    expect(hours.filter((h) => h.local_date === '2027-03-28')).toHaveLength(23);
    expect(hours).toHaveLength(7 * 24 - 1);
    expect(hours.filter((h) => h.local_date === '2027-03-28' && h.open_fraction > 0)).toHaveLength(0); // Sunday
    expect(hours.filter((h) => h.local_date === '2027-03-30' && h.open_fraction > 0)).toHaveLength(0); // holiday
    expect(hours.find((h) => h.local_date === '2027-03-29' && h.local_hour === 9)!.open_fraction).toBe(0.5);
  });
});

describe('staffing plan', () => {
  const hour = (store_id: number, visitors: number, is_open = true) => ({
    ...target(store_id, '2026-11-02', 10),
    is_open,
    visitors,
    visitors_p10: visitors,
    visitors_p90: visitors,
    transactions: 0,
    transactions_p10: 0,
    transactions_p90: 0,
  });

  it('rounds up at the ratio, never below the minimum while open, none when closed', () => {
    const plan = staffingPlan(
      [hour(1, 101), hour(1, 10), hour(1, 50.0000000001), hour(1, 0, false), hour(2, 101)],
      { visitorsPerStaff: 25, minStaff: 2, byStore: new Map([[2, 50]]) },
    );
    expect(plan.map((p) => p.staff)).toEqual([5, 2, 2, 0, 3]);
    expect(plan.map((p) => p.visitors_per_staff)).toEqual([25, 25, 25, 25, 50]);
  });

  it('parses per-store ratios and names what is wrong', () => {
    expect(parseStoreRatios('3=30, 7=18.5')).toEqual(
      new Map([
        [3, 30],
        [7, 18.5],
      ]),
    );
    expect(parseStoreRatios('')).toEqual(new Map());
    expect(parseStoreRatios('3=0')).toBe(
      '"3=0" is not STORE=RATIO (a store id and a positive number of visitors per staff)',
    );
    expect(parseStoreRatios('3=30,3=20')).toBe('store 3 is given twice');
  });
});
