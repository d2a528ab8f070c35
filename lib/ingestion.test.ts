import { describe, expect, it } from 'vitest';
import { missingHours } from './ingestion.ts';
import { recentHours } from './time.ts';

describe('missingHours', () => {
  const hours = recentHours(Date.parse('2026-11-24T13:05:00Z'), 4);

  it('counts an hour as ingested only when both datasets succeeded', () => {
    const [h9, h10, h11, h12] = hours as [string, string, string, string];
    expect(
      missingHours(hours, [
        { hourUtc: h9, dataset: 'visitors' },
        { hourUtc: h9, dataset: 'transactions' },
        { hourUtc: h10, dataset: 'visitors' },
        { hourUtc: h12, dataset: 'transactions' },
        { hourUtc: h12, dataset: 'visitors' },
        // Loads of other hours change nothing.
        { hourUtc: '2026-11-20T00:00:00Z', dataset: 'visitors' },
      ]),
    ).toEqual([h10, h11]);
  });

  it('finds every hour missing when nothing was loaded', () => {
    expect(missingHours(hours, [])).toEqual(hours);
  });
});
