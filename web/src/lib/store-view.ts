/**
 * Everything the store view shows, from the store's hours in the chosen dates and hours as
 * the warehouse sums them (per day, per hour of day, per weekday x hour). Pure: the tests
 * check each figure on its own.
 */
import { dailyKpis } from '#lib/analytics/kpi.ts';

export interface HourFigures {
  hourUtc: string;
  localDate: string;
  localHour: number;
  visitors: number;
  /** The part of visitors read as measured; the rest was imputed or corrected by the cleaning. */
  visitorsMeasured: number;
  transactions: number;
  revenue: number;
}

export interface Totals {
  visitors: number;
  transactions: number;
  revenue: number;
  conversionRate: number | null;
  avgBasket: number | null;
  salesPerVisitor: number | null;
}

export interface DayFigures extends Totals {
  date: string;
  visitorsMeasured: number;
}

export interface HourOfDayFigures extends Totals {
  localHour: number;
  visitorsMeasured: number;
}

export interface HeatCell {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  localHour: number;
  /** Mean visitors per day of that weekday at that hour. */
  visitors: number;
  conversionRate: number | null;
  days: number;
  /** Share of the cell's visitors that the cleaning estimated rather than measured. */
  estimatedShare: number | null;
}

/** Share of visitors estimated (imputed or corrected), null when there are none to share. */
export function estimatedShare(visitors: number, measured: number): number | null {
  return visitors === 0 ? null : Math.max(0, 1 - measured / visitors);
}

export function totals(rows: readonly { visitors: number; transactions: number; revenue: number }[]): Totals {
  let visitors = 0;
  let transactions = 0;
  let revenue = 0;
  for (const r of rows) {
    visitors += r.visitors;
    transactions += r.transactions;
    revenue += r.revenue;
  }
  // Cents, not float dust: the sum of 2-decimal amounts is shown and exported as money.
  revenue = Math.round(revenue * 100) / 100;
  const k = dailyKpis({ visitors, transactions, revenue });
  return {
    visitors,
    transactions,
    revenue,
    conversionRate: k.conversion_rate,
    avgBasket: k.avg_basket,
    salesPerVisitor: k.sales_per_visitor,
  };
}

/** A store's hours summed over a group of them (a day, an hour of day, a weekday x hour cell). */
export interface HourSums {
  visitors: number;
  visitorsMeasured: number;
  transactions: number;
  revenue: number;
}

function figures(sums: HourSums): Totals & { visitorsMeasured: number } {
  return { ...totals([sums]), visitorsMeasured: sums.visitorsMeasured };
}

/** One entry per date that has hours, oldest first. */
export function dayFigures(rows: readonly (HourSums & { date: string })[]): DayFigures[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : 1)).map((r) => ({ date: r.date, ...figures(r) }));
}

/** One entry per store-local hour of day that has hours (a repeated 02:00 counts in its hour). */
export function hourOfDayFigures(rows: readonly (HourSums & { localHour: number })[]): HourOfDayFigures[] {
  return [...rows]
    .sort((a, b) => a.localHour - b.localHour)
    .map((r) => ({ localHour: r.localHour, ...figures(r) }));
}

/**
 * Weekday x hour from each cell's sums and its number of days: the mean per day, so a range
 * with five Mondays and four Sundays compares fairly.
 */
export function heatCells(
  rows: readonly (HourSums & { weekday: number; localHour: number; days: number })[],
): HeatCell[] {
  return rows
    .map((r) => ({
      weekday: r.weekday,
      localHour: r.localHour,
      visitors: r.visitors / r.days,
      conversionRate: totals([r]).conversionRate,
      days: r.days,
      estimatedShare: estimatedShare(r.visitors, r.visitorsMeasured),
    }))
    .sort((a, b) => a.weekday - b.weekday || a.localHour - b.localHour);
}

/**
 * The sensors whose visitors the view shows when they are a strict subset of the store's
 * sensors with readings in the range; null when the choice is every sensor (none ticked, or
 * all of them), so the store's own figures are used.
 */
export function sensorSubset(chosen: readonly number[], available: readonly number[]): number[] | null {
  if (chosen.length === 0 || available.every((s) => chosen.includes(s))) return null;
  return [...chosen];
}

/**
 * The heatmap with a sensor subset: each cell's footfall (mean per day, estimated share) is the
 * chosen sensors', its conversion stays the store's (sales belong to no door). A cell the
 * sensors have no hour in shows none.
 */
export function subsetHeat(
  store: readonly HeatCell[],
  sensors: readonly { weekday: number; localHour: number; visitors: number; visitorsMeasured: number }[],
): HeatCell[] {
  const bySlot = new Map(sensors.map((s) => [`${s.weekday} ${s.localHour}`, s]));
  return store.map((c) => {
    const s = bySlot.get(`${c.weekday} ${c.localHour}`);
    const visitors = s?.visitors ?? 0;
    return {
      ...c,
      visitors: visitors / c.days,
      estimatedShare: estimatedShare(visitors, s?.visitorsMeasured ?? 0),
    };
  });
}
