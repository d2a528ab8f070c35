/** The chain overview's figures from per-store period sums. Pure, so each is tested on its own. */
import { totals, type Totals } from './store-view.ts';

export interface StoreSums {
  storeId: number;
  visitors: number;
  transactions: number;
  revenue: number;
}

/** Relative change, or null when there is nothing to compare with. */
export function change(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return now / before - 1;
}

export interface Comparison {
  now: Totals;
  previous: Totals | null;
  lastYear: Totals | null;
}

/** Chain totals for the period and, where data exists, the two periods it is compared with. */
export function compare(now: StoreSums[], previous: StoreSums[], lastYear: StoreSums[]): Comparison {
  return {
    now: totals(now),
    previous: previous.length > 0 ? totals(previous) : null,
    lastYear: lastYear.length > 0 ? totals(lastYear) : null,
  };
}

export const RANK_KEYS = ['visitors', 'transactions', 'revenue', 'conversion', 'basket', 'change'] as const;
export type RankKey = (typeof RANK_KEYS)[number];

export interface RankedStore extends Totals {
  storeId: number;
  label: string;
  /** Footfall change against the previous period. */
  visitorsChange: number | null;
}

function keyOf(s: RankedStore, key: RankKey): number | null {
  switch (key) {
    case 'visitors':
      return s.visitors;
    case 'transactions':
      return s.transactions;
    case 'revenue':
      return s.revenue;
    case 'conversion':
      return s.conversionRate;
    case 'basket':
      return s.avgBasket;
    case 'change':
      return s.visitorsChange;
  }
}

/** Stores ordered by a measure; stores without a value go last, ties by store id. */
export function rank(stores: RankedStore[], key: RankKey, dir: 'asc' | 'desc'): RankedStore[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...stores].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.storeId - b.storeId;
    return sign * (x - y) || a.storeId - b.storeId;
  });
}
