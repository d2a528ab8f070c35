import { describe, expect, it } from 'vitest';
import { isBuildOfDayUnderWay, localDateRange, nightlyDays } from './nightly.ts';

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

describe('isBuildOfDayUnderWay', () => {
  const at = (iso: string) => Date.parse(iso);
  const paris = ['Europe/Paris'];

  it('holds for a build made before the day was over, until its nightly run has had time to finish', () => {
    // 2 December in Paris ends at 23:00 UTC; its nightly run is at 03:00 Paris, 02:00 UTC on the 3rd.
    const built = at('2026-12-02T04:25:00Z');
    expect(isBuildOfDayUnderWay('2026-12-02', paris, built, at('2026-12-02T12:00:00Z'))).toBe(true);
    expect(isBuildOfDayUnderWay('2026-12-02', paris, built, at('2026-12-03T03:59:00Z'))).toBe(true);
    expect(isBuildOfDayUnderWay('2026-12-02', paris, built, at('2026-12-03T04:00:00Z'))).toBe(false);
  });

  it('does not hold for a build made once the day was over', () => {
    expect(
      isBuildOfDayUnderWay('2026-12-02', paris, at('2026-12-02T23:00:00Z'), at('2026-12-02T23:30:00Z')),
    ).toBe(false);
  });

  it('holds when the day is under way in any zone of the chain', () => {
    // Tokyo's nightly run builds 2 December at 18:00 UTC, mid-afternoon of that day in New York.
    const zones = ['Asia/Tokyo', 'America/New_York'];
    const built = at('2026-12-02T18:05:00Z');
    expect(isBuildOfDayUnderWay('2026-12-02', zones, built, at('2026-12-03T06:00:00Z'))).toBe(true);
    expect(isBuildOfDayUnderWay('2026-12-02', ['Asia/Tokyo'], built, at('2026-12-03T06:00:00Z'))).toBe(false);
  });

  it('follows daylight saving: the nightly run of the autumn change day in Paris', () => {
    // 25 October 2026 has 25 hours in Paris and ends at 23:00 UTC; 03:00 on the 26th is 02:00 UTC.
    const built = at('2026-10-25T22:30:00Z');
    expect(isBuildOfDayUnderWay('2026-10-25', paris, built, at('2026-10-26T03:59:00Z'))).toBe(true);
    expect(isBuildOfDayUnderWay('2026-10-25', paris, built, at('2026-10-26T04:00:00Z'))).toBe(false);
  });

  it('holds up to the latest nightly run of any zone: UTC-12 builds at 15:00 UTC, done at 17:00 UTC', () => {
    const zones = ['Etc/GMT+12'];
    const built = at('2026-12-02T10:00:00Z');
    expect(isBuildOfDayUnderWay('2026-12-02', zones, built, at('2026-12-03T16:59:00Z'))).toBe(true);
    expect(isBuildOfDayUnderWay('2026-12-02', zones, built, at('2026-12-03T17:00:00Z'))).toBe(false);
    expect(isBuildOfDayUnderWay('2026-12-02', zones, built, at('2026-12-09T00:00:00Z'))).toBe(false);
  });
});
