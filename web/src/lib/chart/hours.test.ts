import { describe, expect, it } from 'vitest';
import { hourPoints, type HourRow } from './hours.ts';

function row(hourUtc: string, localHour: number): HourRow {
  return {
    hourUtc,
    localHour,
    visitors: 10,
    visitorsMeasured: 10,
    transactions: 2,
    revenue: 30,
    conversionRate: 0.2,
  };
}

describe('hourPoints', () => {
  it('gives each UTC hour its own slot and leaves hours without a row as gaps', () => {
    const { points, slots } = hourPoints([
      row('2026-11-23T08:00:00Z', 9),
      row('2026-11-23T09:00:00Z', 10),
      row('2026-11-23T12:00:00Z', 13),
    ]);
    expect(points.map((p) => [p.key, p.index, p.localHour])).toEqual([
      ['2026-11-23T08:00:00Z', 0, 9],
      ['2026-11-23T09:00:00Z', 1, 10],
      ['2026-11-23T12:00:00Z', 4, 13],
    ]);
    expect(slots).toBe(5);
  });

  it('keeps both hours of a repeated local hour apart on a 25-hour day', () => {
    // Paris, 25 October 2026: 02:00 happens at 00:00 UTC (summer time) and again at 01:00 UTC.
    const { points } = hourPoints([
      row('2026-10-24T23:00:00Z', 1),
      row('2026-10-25T00:00:00Z', 2),
      row('2026-10-25T01:00:00Z', 2),
      row('2026-10-25T02:00:00Z', 3),
    ]);
    expect(points.map((p) => [p.index, p.localHour])).toEqual([
      [0, 1],
      [1, 2],
      [2, 2],
      [3, 3],
    ]);
    expect(new Set(points.map((p) => p.key)).size).toBe(4);
  });

  it('has no slots for a day without rows', () => {
    expect(hourPoints([])).toEqual({ points: [], slots: 0 });
  });
});
