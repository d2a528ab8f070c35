/**
 * Everything the store view shows, computed from the store's hourly rows in the chosen
 * dates and hours. Pure: one query feeds it, and the tests check each figure on its own.
 */
import { dailyKpis } from '#lib/analytics/kpi.ts';
import { isoWeekday } from './filters.ts';

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

function measuredOf(rows: readonly { visitorsMeasured: number }[]): number {
  let n = 0;
  for (const r of rows) n += r.visitorsMeasured;
  return n;
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

function groupBy<K, T>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** One entry per date that has rows, oldest first. */
export function byDay(rows: readonly HourFigures[]): DayFigures[] {
  return [...groupBy(rows, (r) => r.localDate)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, list]) => ({ date, ...totals(list), visitorsMeasured: measuredOf(list) }));
}

/** One entry per store-local hour of day that has rows (a repeated 02:00 counts in its hour). */
export function byHourOfDay(rows: readonly HourFigures[]): HourOfDayFigures[] {
  return [...groupBy(rows, (r) => r.localHour)]
    .sort(([a], [b]) => a - b)
    .map(([localHour, list]) => ({ localHour, ...totals(list), visitorsMeasured: measuredOf(list) }));
}

/** Weekday x hour: the mean per day, so a range with five Mondays and four Sundays compares fairly. */
export function heatmap(rows: readonly HourFigures[]): HeatCell[] {
  return [...groupBy(rows, (r) => `${isoWeekday(r.localDate)}-${r.localHour}`)]
    .map(([, list]) => {
      const t = totals(list);
      const days = new Set(list.map((r) => r.localDate)).size;
      return {
        weekday: isoWeekday(list[0]!.localDate),
        localHour: list[0]!.localHour,
        visitors: t.visitors / days,
        conversionRate: t.conversionRate,
        days,
        estimatedShare: estimatedShare(t.visitors, measuredOf(list)),
      };
    })
    .sort((a, b) => a.weekday - b.weekday || a.localHour - b.localHour);
}
