import { describe, expect, it } from 'vitest';
import { localDateRange, nightlyDays } from './nightly.ts';

describe('nightlyDays', () => {
  const zones = ['America/New_York', 'Asia/Tokyo', 'Europe/Paris', 'Europe/Berlin'];

  it('builds yesterday of each zone where the action time is 03:00 local, grouped by date', () => {
    // 02:00 UTC on 12 November is 03:00 in Paris and Berlin, 11:00 in Tokyo, 21:00 in New York.
    expect(nightlyDays(Date.parse('2026-11-12T02:00:00Z'), zones)).toEqual([
      { date: '2026-11-11', timeZones: ['Europe/Paris', 'Europe/Berlin'] },
    ]);
    // 18:00 UTC is 03:00 the next day in Tokyo.
    expect(nightlyDays(Date.parse('2026-11-12T18:00:00Z'), zones)).toEqual([
      { date: '2026-11-12', timeZones: ['Asia/Tokyo'] },
    ]);
    expect(nightlyDays(Date.parse('2026-11-12T05:00:00Z'), zones)).toEqual([]);
  });

  it('follows daylight saving time: 03:00 New York is 07:00 UTC in summer, 08:00 in winter', () => {
    expect(nightlyDays(Date.parse('2026-07-01T07:00:00Z'), zones)).toEqual([
      { date: '2026-06-30', timeZones: ['America/New_York'] },
    ]);
    expect(nightlyDays(Date.parse('2026-12-01T08:00:00Z'), zones)).toEqual([
      { date: '2026-11-30', timeZones: ['America/New_York'] },
    ]);
  });

  it('builds the given zone at any hour when asked for one', () => {
    expect(nightlyDays(Date.parse('2026-11-12T15:00:00Z'), zones, 'Europe/Paris')).toEqual([
      { date: '2026-11-11', timeZones: ['Europe/Paris'] },
    ]);
  });
});

describe('localDateRange', () => {
  it('spans the local dates of the hours in every zone', () => {
    const hours = ['2026-11-10T23:00:00Z', '2026-11-12T01:00:00Z'];
    expect(localDateRange(hours, ['UTC'])).toEqual({ fromDate: '2026-11-10', toDate: '2026-11-12' });
    // 23:00 UTC is the next day in Tokyo; 01:00 UTC is the day before in New York.
    expect(localDateRange(hours, ['Asia/Tokyo', 'America/New_York'])).toEqual({
      fromDate: '2026-11-10',
      toDate: '2026-11-12',
    });
    expect(localDateRange(['2026-11-10T23:00:00Z'], ['Asia/Tokyo'])).toEqual({
      fromDate: '2026-11-11',
      toDate: '2026-11-11',
    });
  });
});
