import { describe, expect, it } from 'vitest';
import { dailyKpis, roundCents } from './kpi.ts';

describe('dailyKpis', () => {
  it('derives conversion, basket and sales per visitor from the totals', () => {
    expect(dailyKpis({ visitors: 400, transactions: 100, revenue: 2500 })).toEqual({
      conversion_rate: 0.25,
      avg_basket: 25,
      sales_per_visitor: 6.25,
    });
  });

  it('leaves ratios undefined (null) instead of 0 or Infinity when a denominator is 0', () => {
    expect(dailyKpis({ visitors: 0, transactions: 0, revenue: 0 })).toEqual({
      conversion_rate: null,
      avg_basket: null,
      sales_per_visitor: null,
    });
    expect(dailyKpis({ visitors: 10, transactions: 0, revenue: 0 }).conversion_rate).toBe(0);
  });
});

describe('roundCents', () => {
  it('rounds float sums to cents', () => {
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
    expect(roundCents(1234.565)).toBeCloseTo(1234.57, 2);
  });
});
