/**
 * KPI formulas, kept pure so their edge cases (closed days, no footfall) are tested once
 * and the day build and the dashboard agree on them.
 */

export interface DailyTotals {
  visitors: number;
  transactions: number;
  revenue: number;
}

export interface DailyKpis {
  /** Share of visitors who bought: null when nobody was counted (ratio undefined, not 0). */
  conversion_rate: number | null;
  /** Revenue per transaction. */
  avg_basket: number | null;
  /** Revenue per visitor. */
  sales_per_visitor: number | null;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

export function dailyKpis(t: DailyTotals): DailyKpis {
  return {
    conversion_rate: ratio(t.transactions, t.visitors),
    avg_basket: ratio(t.revenue, t.transactions),
    sales_per_visitor: ratio(t.revenue, t.visitors),
  };
}

/** Money is kept to the cent; summing floats drifts by fractions of a cent. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
