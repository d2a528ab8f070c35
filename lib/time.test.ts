import { describe, expect, it } from 'vitest';
import {
  addHours,
  checkWholeHourZone,
  datesInRange,
  hoursInRange,
  isHourOver,
  lastCompleteHour,
  parseIsoDate,
  parseUtcHour,
  recentHours,
  toLocal,
  UnsupportedTimeZoneError,
  utcHoursOfLocalDay,
} from './time.ts';

describe('parseUtcHour', () => {
  it('accepts whole UTC hours in several spellings and returns the canonical form', () => {
    expect(parseUtcHour('2026-11-24T13:00:00Z')).toBe('2026-11-24T13:00:00Z');
    expect(parseUtcHour('2026-11-24T13:00Z')).toBe('2026-11-24T13:00:00Z');
    expect(parseUtcHour('2026-11-24T13Z')).toBe('2026-11-24T13:00:00Z');
    expect(parseUtcHour('2026-11-24T13:00:00.000Z')).toBe('2026-11-24T13:00:00Z');
  });

  it.each([
    '2026-11-24T13:30:00Z',
    '2026-11-24T13:00:00+01:00',
    '2026-02-30T01:00:00Z',
    '2026-11-24T24:00:00Z',
    'now',
  ])('rejects %s with a message naming the value', (input) => {
    expect(() => parseUtcHour(input)).toThrow(input);
  });
});

describe('parseIsoDate', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseIsoDate('2026-02-29')).toThrow('no such day');
    expect(() => parseIsoDate('24/11/2026')).toThrow('YYYY-MM-DD');
  });
});

describe('ranges', () => {
  it('lists hours half-open and dates inclusive', () => {
    expect(hoursInRange('2026-11-24T22:00:00Z', '2026-11-25T01:00:00Z')).toEqual([
      '2026-11-24T22:00:00Z',
      '2026-11-24T23:00:00Z',
      '2026-11-25T00:00:00Z',
    ]);
    expect(datesInRange('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(addHours('2026-12-31T23:00:00Z', 1)).toBe('2027-01-01T00:00:00Z');
    expect(lastCompleteHour(Date.parse('2026-11-24T13:59:59Z'))).toBe('2026-11-24T12:00:00Z');
  });
});

describe('which hours are over', () => {
  it('says an hour is over from the first millisecond of the next one', () => {
    expect(isHourOver('2026-11-24T12:00:00Z', Date.parse('2026-11-24T12:59:59.999Z'))).toBe(false);
    expect(isHourOver('2026-11-24T12:00:00Z', Date.parse('2026-11-24T13:00:00Z'))).toBe(true);
    expect(lastCompleteHour(Date.parse('2026-11-24T13:00:00Z'))).toBe('2026-11-24T12:00:00Z');
  });

  it('lists the recent hours ending with the last one over: the hour in progress has no data yet', () => {
    const hours = recentHours(Date.parse('2026-11-24T13:42:10Z'), 72);
    expect(hours).toHaveLength(72);
    expect(hours.at(-1)).toBe('2026-11-24T12:00:00Z');
    expect(hours[0]).toBe('2026-11-21T13:00:00Z');
  });

  it('moves the recent hours on at the top of the hour, not before', () => {
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

describe('store-local time', () => {
  it('maps UTC hours to Paris wall-clock time', () => {
    expect(toLocal('2026-11-24T13:00:00Z', 'Europe/Paris')).toEqual({
      localDate: '2026-11-24',
      localHour: 14,
      weekday: 2,
    });
    expect(toLocal('2026-11-24T23:00:00Z', 'Europe/Paris')).toEqual({
      localDate: '2026-11-25',
      localHour: 0,
      weekday: 3,
    });
    expect(toLocal('2026-07-01T22:00:00Z', 'Europe/Paris').localDate).toBe('2026-07-02');
  });

  it('gives 24 hours on ordinary days and 23 or 25 on DST change days', () => {
    const day = utcHoursOfLocalDay('2026-11-24', 'Europe/Paris');
    expect(day).toHaveLength(24);
    expect(day[0]).toBe('2026-11-23T23:00:00Z');
    expect(day.at(-1)).toBe('2026-11-24T22:00:00Z');
    expect(utcHoursOfLocalDay('2026-03-29', 'Europe/Paris')).toHaveLength(23);
    expect(utcHoursOfLocalDay('2026-10-25', 'Europe/Paris')).toHaveLength(25);
    expect(utcHoursOfLocalDay('2026-11-24', 'UTC')).toHaveLength(24);
    expect(utcHoursOfLocalDay('2026-11-24', 'Pacific/Kiritimati')[0]).toBe('2026-11-23T10:00:00Z');
  });
});

describe('several time zones', () => {
  it('changes clocks on different dates in Paris and New York, never in Tokyo', () => {
    const lengths = (zone: string) =>
      ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'].map((d) => utcHoursOfLocalDay(d, zone).length);
    expect(lengths('Europe/Paris')).toEqual([24, 23, 25, 24]);
    expect(lengths('America/New_York')).toEqual([23, 24, 24, 25]);
    expect(lengths('Asia/Tokyo')).toEqual([24, 24, 24, 24]);
    const spring = utcHoursOfLocalDay('2026-03-08', 'America/New_York');
    expect([spring[0], spring.at(-1)]).toEqual(['2026-03-08T05:00:00Z', '2026-03-09T03:00:00Z']);
    const autumn = utcHoursOfLocalDay('2026-11-01', 'America/New_York');
    expect([autumn[0], autumn.at(-1)]).toEqual(['2026-11-01T04:00:00Z', '2026-11-02T04:00:00Z']);
    // 01:00 happens twice in New York that night: once in summer time, once in winter time.
    expect(toLocal('2026-11-01T05:00:00Z', 'America/New_York').localHour).toBe(1);
    expect(toLocal('2026-11-01T06:00:00Z', 'America/New_York').localHour).toBe(1);
    const tokyo = utcHoursOfLocalDay('2026-03-29', 'Asia/Tokyo');
    expect([tokyo[0], tokyo.at(-1)]).toEqual(['2026-03-28T15:00:00Z', '2026-03-29T14:00:00Z']);
  });

  it('puts one UTC hour on different local dates in different zones', () => {
    expect(toLocal('2026-11-24T03:00:00Z', 'America/New_York')).toEqual({
      localDate: '2026-11-23',
      localHour: 22,
      weekday: 1,
    });
    expect(toLocal('2026-11-24T03:00:00Z', 'Europe/Paris').localDate).toBe('2026-11-24');
    expect(toLocal('2026-11-24T16:00:00Z', 'Europe/Paris').localDate).toBe('2026-11-24');
    expect(toLocal('2026-11-24T16:00:00Z', 'Asia/Tokyo')).toEqual({
      localDate: '2026-11-25',
      localHour: 1,
      weekday: 3,
    });
  });

  it.each([
    ['Asia/Kolkata', '2026-11-24T13:00:00Z', 'UTC+05:30'],
    ['Asia/Kathmandu', '2026-11-24T13:00:00Z', 'UTC+05:45'],
    ['America/St_Johns', '2026-01-15T13:00:00Z', 'UTC-03:30'],
    ['Australia/Lord_Howe', '2026-07-15T13:00:00Z', 'UTC+10:30'],
  ])('refuses %s, whose offset is not whole hours, naming the zone', (zone, hour, offset) => {
    expect(() => toLocal(hour, zone)).toThrow(UnsupportedTimeZoneError);
    expect(() => toLocal(hour, zone)).toThrow(`time zone "${zone}" is ${offset} at ${hour}`);
    expect(() => utcHoursOfLocalDay(hour.slice(0, 10), zone)).toThrow(zone);
  });

  it('checks a zone over whole years before any hour is asked for', () => {
    expect(() => checkWholeHourZone('Asia/Tokyo', 2020, 2040)).not.toThrow();
    expect(() => checkWholeHourZone('America/New_York', 2020, 2040)).not.toThrow();
    // Lord Howe Island is +11 in its summer (January) but +10:30 in winter.
    expect(toLocal('2026-01-15T13:00:00Z', 'Australia/Lord_Howe').localHour).toBe(0);
    expect(() => checkWholeHourZone('Australia/Lord_Howe', 2026, 2026)).toThrow('Australia/Lord_Howe');
    expect(() => checkWholeHourZone('Asia/Kolkata', 2026, 2026)).toThrow('Asia/Kolkata');
    expect(() => checkWholeHourZone('Mars/Olympus_Mons', 2026, 2026)).toThrow(
      'unknown time zone "Mars/Olympus_Mons"',
    );
  });
});
