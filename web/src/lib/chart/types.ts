/** One day of the daily chart; `index` is the day's position on the x axis. */
export interface ChartPoint {
  index: number;
  date: string;
  visitors: number;
  transactions: number;
}
