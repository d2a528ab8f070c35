/** Places a day's hourly rows on the hour-of-day chart's x axis. */
import { HOUR_MS } from '#lib/time.ts';
import type { HourPoint } from './types.ts';

export type HourRow = Omit<HourPoint, 'index' | 'key'> & { hourUtc: string };

/**
 * One slot per UTC hour from the first row to the last, so an hour without a row leaves a
 * gap instead of closing up, and a 25-hour day's repeated local hour gets its own slot.
 */
export function hourPoints(rows: readonly HourRow[]): { points: HourPoint[]; slots: number } {
  const first = rows[0];
  if (!first) return { points: [], slots: 0 };
  const start = Date.parse(first.hourUtc);
  const points = rows.map(({ hourUtc, ...row }) => ({
    ...row,
    key: hourUtc,
    index: Math.round((Date.parse(hourUtc) - start) / HOUR_MS),
  }));
  return { points, slots: points.at(-1)!.index + 1 };
}
