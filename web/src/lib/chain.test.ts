import { describe, expect, it } from 'vitest';
import { change, compare, rank, type RankedStore } from './chain.ts';
import { totals } from './store-view.ts';

const store = (
  storeId: number,
  visitors: number,
  transactions: number,
  visitorsChange: number | null,
): RankedStore => ({
  storeId,
  label: `S${storeId}`,
  ...totals([{ visitors, transactions, revenue: transactions * 10 }]),
  visitorsChange,
});

describe('chain overview', () => {
  it('compares only when there is something to compare with', () => {
    expect(change(110, 100)).toBeCloseTo(0.1);
    expect(change(110, 0)).toBeNull();
    expect(change(null, 100)).toBeNull();
    const c = compare([{ storeId: 1, visitors: 10, transactions: 2, revenue: 5 }], [], []);
    expect(c.previous).toBeNull();
    expect(c.lastYear).toBeNull();
    expect(c.now.visitors).toBe(10);
  });

  it('ranks by any measure either way, stores without a value last', () => {
    const stores = [
      store(1, 100, 10, 0.1),
      store(2, 300, 15, null),
      store(3, 200, 40, -0.2),
      store(4, 0, 0, 0.5),
    ];
    expect(rank(stores, 'visitors', 'desc').map((s) => s.storeId)).toEqual([2, 3, 1, 4]);
    expect(rank(stores, 'visitors', 'asc').map((s) => s.storeId)).toEqual([4, 1, 3, 2]);
    expect(rank(stores, 'conversion', 'desc').map((s) => s.storeId)).toEqual([3, 1, 2, 4]);
    expect(rank(stores, 'change', 'asc').map((s) => s.storeId)).toEqual([3, 1, 4, 2]);
  });
});
