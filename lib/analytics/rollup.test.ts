import { describe, expect, it } from 'vitest';
import { rollupDay, type HourSales, type HourVisitors } from './rollup.ts';

const v = (store_id: number, hour: number, visitors: number, missing = 0): HourVisitors => ({
  store_id,
  hour_utc: `2026-11-24T${String(hour).padStart(2, '0')}:00:00Z`,
  local_hour: hour + 1,
  visitors,
  readings: 4,
  readings_missing: missing,
});
const s = (store_id: number, hour: number, transactions: number, revenue: number): HourSales => ({
  store_id,
  hour_utc: `2026-11-24T${String(hour).padStart(2, '0')}:00:00Z`,
  local_hour: hour + 1,
  transactions,
  revenue,
});

describe('rollupDay', () => {
  it('builds hourly rows and sums them into one daily row per store', () => {
    const { hourly, daily } = rollupDay(
      '2026-11-24',
      [v(1, 9, 100), v(1, 10, 300, 1), v(2, 9, 50)],
      [s(1, 9, 20, 500.1), s(1, 10, 60, 1500.2), s(2, 9, 0, 0)],
      () => 24,
    );
    expect(
      hourly.map((h) => [h.store_id, h.local_hour, h.visitors, h.transactions, h.conversion_rate]),
    ).toEqual([
      [1, 10, 100, 20, 0.2],
      [1, 11, 300, 60, 0.2],
      [2, 10, 50, 0, 0],
    ]);
    expect(daily[0]).toEqual({
      store_id: 1,
      local_date: '2026-11-24',
      visitors: 400,
      transactions: 80,
      revenue: 2000.3,
      conversion_rate: 0.2,
      avg_basket: 2000.3 / 80,
      sales_per_visitor: 2000.3 / 400,
      hours_loaded: 2,
      hours_expected: 24,
      readings: 8,
      readings_missing: 1,
    });
    expect(daily.map((d) => d.store_id)).toEqual([1, 2]);
  });

  it('counts an hour as loaded only when both datasets are there', () => {
    const { daily, hourly } = rollupDay('2026-11-24', [v(1, 9, 100)], [s(1, 10, 5, 50)], () => 23);
    expect(hourly).toHaveLength(2);
    expect(daily[0]).toMatchObject({ visitors: 100, transactions: 5, hours_loaded: 0, hours_expected: 23 });
  });

  it('leaves ratios null for a closed day', () => {
    const { daily } = rollupDay('2026-11-22', [v(1, 9, 0)], [s(1, 9, 0, 0)], () => 24);
    expect(daily[0]).toMatchObject({
      conversion_rate: null,
      avg_basket: null,
      sales_per_visitor: null,
      hours_loaded: 1,
    });
  });
});
