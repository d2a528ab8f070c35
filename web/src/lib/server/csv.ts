/**
 * The rows of each store-view chart as CSV records: plain numbers (dot decimals, no
 * thousands separators) so spreadsheets in any locale read them, a header row first.
 */
import type { StoreView } from './store-page.ts';

export const STORE_DATASETS = ['sensors', 'revenue', 'conversion-day', 'conversion-hour', 'heatmap'] as const;
export type StoreDataset = (typeof STORE_DATASETS)[number];

type Cell = string | number | null;

const HEADERS: Record<StoreDataset, string[]> = {
  sensors: ['sensor_id', 'period', 'visitors', 'visitors_measured', 'estimated_hours'],
  revenue: ['period', 'revenue'],
  'conversion-day': ['local_date', 'visitors', 'visitors_measured', 'transactions', 'conversion_rate'],
  'conversion-hour': ['local_hour', 'visitors', 'visitors_measured', 'transactions', 'conversion_rate'],
  heatmap: ['weekday', 'local_hour', 'days', 'visitors_per_day', 'estimated_share', 'conversion_rate'],
};

export function storeCsv(view: StoreView | null, dataset: StoreDataset): Cell[][] {
  return [HEADERS[dataset], ...(view ? body(view, dataset) : [])];
}

function body(v: StoreView, dataset: StoreDataset): Cell[][] {
  switch (dataset) {
    case 'sensors':
      return v.sensorPoints.map((p) => [p.sensorId, p.key, p.visitors, p.measured, p.estimatedHours]);
    case 'revenue':
      return v.grain === 'hour'
        ? v.hours.map((h) => [h.hourUtc, h.revenue])
        : v.days.map((d) => [d.date, d.revenue]);
    case 'conversion-day':
      return v.days.map((d) => [d.date, d.visitors, d.visitorsMeasured, d.transactions, d.conversionRate]);
    case 'conversion-hour':
      return v.hoursOfDay.map((h) => [
        h.localHour,
        h.visitors,
        h.visitorsMeasured,
        h.transactions,
        h.conversionRate,
      ]);
    case 'heatmap':
      return v.heat.map((c) => [
        c.weekday,
        c.localHour,
        c.days,
        c.visitors,
        c.estimatedShare,
        c.conversionRate,
      ]);
  }
}
