import { describe, expect, it } from 'vitest';
import {
  dayFigures,
  estimatedShare,
  heatCells,
  hourOfDayFigures,
  sensorSubset,
  subsetHeat,
  totals,
} from './store-view.ts';

const sums = (visitors: number, transactions: number, revenue: number, visitorsMeasured = visitors) => ({
  visitors,
  visitorsMeasured,
  transactions,
  revenue,
});

describe('store view figures', () => {
  it('sums the totals and derives the ratios from them, not by averaging ratios', () => {
    const rows = [sums(100, 20, 400.1), sums(50, 5, 100.2), sums(0, 0, 0), sums(300, 30, 900)];
    expect(totals(rows)).toEqual({
      visitors: 450,
      transactions: 55,
      revenue: 1400.3,
      conversionRate: 55 / 450,
      avgBasket: 1400.3 / 55,
      salesPerVisitor: 1400.3 / 450,
    });
    expect(totals([]).conversionRate).toBeNull();
  });

  it('orders the days and the hours of day, keeping the measured part', () => {
    const days = dayFigures([
      { date: '2026-11-30', ...sums(300, 30, 900, 240) },
      { date: '2026-11-23', ...sums(150, 25, 500.3) },
      { date: '2026-11-24', ...sums(0, 0, 0) },
    ]);
    expect(days.map((d) => [d.date, d.visitors, d.visitorsMeasured, d.conversionRate])).toEqual([
      ['2026-11-23', 150, 150, 25 / 150],
      ['2026-11-24', 0, 0, null],
      ['2026-11-30', 300, 240, 0.1],
    ]);
    const hours = hourOfDayFigures([
      { localHour: 11, ...sums(50, 5, 100.2) },
      { localHour: 10, ...sums(400, 50, 1300.1, 340) },
    ]);
    expect(hours.map((h) => [h.localHour, h.visitors, h.visitorsMeasured, h.transactions])).toEqual([
      [10, 400, 340, 50],
      [11, 50, 50, 5],
    ]);
  });

  it('averages the heatmap per day of each weekday', () => {
    expect(
      heatCells([
        { weekday: 2, localHour: 10, days: 1, ...sums(0, 0, 0) },
        { weekday: 1, localHour: 11, days: 1, ...sums(50, 5, 100.2) },
        { weekday: 1, localHour: 10, days: 2, ...sums(400, 50, 1300.1, 340) },
      ]),
    ).toEqual([
      {
        weekday: 1,
        localHour: 10,
        visitors: 200,
        conversionRate: 50 / 400,
        days: 2,
        estimatedShare: expect.closeTo(0.15, 12),
      },
      { weekday: 1, localHour: 11, visitors: 50, conversionRate: 0.1, days: 1, estimatedShare: 0 },
      { weekday: 2, localHour: 10, visitors: 0, conversionRate: null, days: 1, estimatedShare: null },
    ]);
  });

  it('gives the estimated share of visitors, none when there are no visitors', () => {
    expect(estimatedShare(400, 340)).toBeCloseTo(0.15, 12);
    expect(estimatedShare(400, 400)).toBe(0);
    expect(estimatedShare(0, 0)).toBeNull();
  });

  it('treats no sensor ticked, or every one, as the whole store; anything less as a subset', () => {
    expect(sensorSubset([], [1, 2, 3])).toBeNull();
    expect(sensorSubset([1, 2, 3], [1, 2, 3])).toBeNull();
    // A sensor that has no readings in the range does not make the choice partial.
    expect(sensorSubset([1, 2, 3, 9], [1, 2, 3])).toBeNull();
    expect(sensorSubset([1, 3], [1, 2, 3])).toEqual([1, 3]);
    expect(sensorSubset([9], [1, 2, 3])).toEqual([9]);
  });

  it("takes a subset heatmap's footfall from the sensors and its conversion from the store", () => {
    const store = heatCells([
      { weekday: 1, localHour: 10, days: 2, ...sums(400, 50, 1300.1, 340) },
      { weekday: 1, localHour: 11, days: 1, ...sums(50, 5, 100.2) },
    ]);
    expect(subsetHeat(store, [{ weekday: 1, localHour: 10, visitors: 120, visitorsMeasured: 90 }])).toEqual([
      {
        weekday: 1,
        localHour: 10,
        visitors: 60,
        conversionRate: 50 / 400,
        days: 2,
        estimatedShare: 0.25,
      },
      { weekday: 1, localHour: 11, visitors: 0, conversionRate: 0.1, days: 1, estimatedShare: null },
    ]);
  });
});
