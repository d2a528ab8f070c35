import { describe, expect, it } from 'vitest';
import { byDay, byHourOfDay, estimatedShare, heatmap, totals, type HourFigures } from './store-view.ts';

const h = (
  localDate: string,
  localHour: number,
  visitors: number,
  transactions: number,
  revenue: number,
  visitorsMeasured = visitors,
) => ({
  hourUtc: `${localDate}T${String(localHour - 1).padStart(2, '0')}:00:00Z`,
  localDate,
  localHour,
  visitors,
  visitorsMeasured,
  transactions,
  revenue,
});

// 2026-11-23 and 2026-11-30 are Mondays, 2026-11-24 a Tuesday.
const ROWS: HourFigures[] = [
  h('2026-11-23', 10, 100, 20, 400.1),
  h('2026-11-23', 11, 50, 5, 100.2),
  h('2026-11-24', 10, 0, 0, 0),
  h('2026-11-30', 10, 300, 30, 900, 240),
];

describe('store view figures', () => {
  it('sums the totals and derives the ratios from them, not by averaging ratios', () => {
    expect(totals(ROWS)).toEqual({
      visitors: 450,
      transactions: 55,
      revenue: 1400.3,
      conversionRate: 55 / 450,
      avgBasket: 1400.3 / 55,
      salesPerVisitor: 1400.3 / 450,
    });
    expect(totals([]).conversionRate).toBeNull();
  });

  it('groups by day and by hour of day', () => {
    expect(byDay(ROWS).map((d) => [d.date, d.visitors, d.visitorsMeasured, d.conversionRate])).toEqual([
      ['2026-11-23', 150, 150, 25 / 150],
      ['2026-11-24', 0, 0, null],
      ['2026-11-30', 300, 240, 0.1],
    ]);
    expect(byHourOfDay(ROWS).map((d) => [d.localHour, d.visitors, d.transactions])).toEqual([
      [10, 400, 50],
      [11, 50, 5],
    ]);
  });

  it('averages the heatmap per day of each weekday', () => {
    expect(heatmap(ROWS)).toEqual([
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
});
