/** A mark on a chart: `index` is its slot on the x axis, `key` names it (a day, a UTC hour). */
export interface ChartPoint {
  index: number;
  key: string;
}

/** One day of the daily chart; `key` is its ISO date. */
export interface DayPoint extends ChartPoint {
  visitors: number;
  /** The measured part of visitors; the rest the cleaning estimated. */
  visitorsMeasured: number;
  transactions: number;
}

/** One hour of the hour-of-day chart; `key` is its UTC hour, unique even when `localHour` repeats. */
export interface HourPoint extends ChartPoint {
  localHour: number;
  visitors: number;
  visitorsMeasured: number;
  transactions: number;
  revenue: number;
  conversionRate: number | null;
}

/** A label under the x axis at a slot. */
export interface AxisTick {
  index: number;
  key: string;
  label: string;
}

/** The colours of app.css (`--series-*`), one per measure. */
export type Series = 'visitors' | 'transactions' | 'revenue' | 'conversion';

/** A legend entry: bars show as a square swatch, lines as a stroke. */
export interface LegendItem {
  label: string;
  series: Series;
  /** hatch: the estimated part of a bar; hollow: an estimated point on a line. */
  mark: 'bar' | 'line' | 'hatch' | 'hollow';
  /** Overrides the series colour (one line per sensor). */
  colour?: string;
}

/** One mark of a single-measure chart. */
export interface ValuePoint extends ChartPoint {
  value: number;
  /** Estimated by the cleaning (imputed or corrected) rather than measured, wholly or in part. */
  estimated?: boolean;
  /** Extra words for the point's tooltip. */
  note?: string;
}

/** One line of a chart with several (a sensor each); `colour` overrides the series colour. */
export interface LineSeries {
  id: string;
  label: string;
  colour?: string;
  points: ValuePoint[];
}

/** What BarChart and LineChart hand to their frame (SlotPlot) as given. */
export interface PlotFrame {
  slots: number;
  ticks: AxisTick[];
  format: (value: number) => string;
  /** The id of the heading that names the chart. */
  labelledBy: string;
  height?: number;
}
