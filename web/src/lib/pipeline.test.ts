import { describe, expect, it } from 'vitest';
import { firstLine, hoursWithoutLoads, recentHours } from './pipeline.ts';

describe('recentHours', () => {
  it('ends with the latest finished hour: the hour in progress has no data yet', () => {
    const hours = recentHours(Date.parse('2026-11-24T13:42:10Z'));
    expect(hours).toHaveLength(72);
    expect(hours.at(-1)).toBe('2026-11-24T12:00:00Z');
    expect(hours[0]).toBe('2026-11-21T13:00:00Z');
  });

  it('moves on at the top of the hour, not before', () => {
    expect(recentHours(Date.parse('2026-11-24T13:59:59.999Z'), 2)).toEqual([
      '2026-11-24T11:00:00Z',
      '2026-11-24T12:00:00Z',
    ]);
    expect(recentHours(Date.parse('2026-11-24T14:00:00Z'), 2)).toEqual([
      '2026-11-24T12:00:00Z',
      '2026-11-24T13:00:00Z',
    ]);
  });
});

describe('hoursWithoutLoads', () => {
  const hours = recentHours(Date.parse('2026-11-24T13:05:00Z'), 4);

  it('counts an hour as loaded only when both datasets succeeded', () => {
    const [h9, h10, h11, h12] = hours as [string, string, string, string];
    expect(
      hoursWithoutLoads(hours, [
        { hourUtc: h9, dataset: 'visitors' },
        { hourUtc: h9, dataset: 'transactions' },
        { hourUtc: h10, dataset: 'visitors' },
        { hourUtc: h12, dataset: 'transactions' },
        { hourUtc: h12, dataset: 'visitors' },
        // Loads outside the window change nothing.
        { hourUtc: '2026-11-20T00:00:00Z', dataset: 'visitors' },
      ]),
    ).toEqual([h10, h11]);
  });

  it('finds every hour missing when nothing was loaded', () => {
    expect(hoursWithoutLoads(hours, [])).toEqual(hours);
  });
});

describe('firstLine', () => {
  it('keeps the first line of an error and cuts it with an ellipsis', () => {
    expect(firstLine('loading x failed: boom\n    at load (activities/load.ts:80:13)')).toBe(
      'loading x failed: boom',
    );
    const long = firstLine('x'.repeat(300), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
    expect(firstLine('short', 20)).toBe('short');
  });

  it('says so when the log holds no message', () => {
    expect(firstLine(null)).toBe('No error message recorded');
    expect(firstLine('\n  at somewhere')).toBe('No error message recorded');
  });
});
