import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { initialState, progressOf } from '../../lib/backfill-progress.ts';
import {
  concurrencyArg,
  dateArg,
  formatDuration,
  hourRanges,
  progressLine,
  sinceArg,
  storesArg,
  uiLink,
  unknownStores,
} from './format.ts';

describe('arguments', () => {
  it('accept dates, hours and concurrency, and name what is accepted otherwise', () => {
    expect(dateArg('2026-11-05')).toBe('2026-11-05');
    expect(() => dateArg('2026-02-30')).toThrow(InvalidArgumentError);
    expect(() => concurrencyArg('0')).toThrow('expected an integer from 1 to 32');
    expect(concurrencyArg('8')).toBe(8);
  });

  it('--stores takes distinct positive ids separated by commas; unknown ones are named against the chain', () => {
    expect(storesArg('5,1, 2,1')).toEqual([1, 2, 5]);
    for (const bad of ['', '1,,2', '0', '-3', '1.5', 'a,b'])
      expect(() => storesArg(bad), bad).toThrow('expected store ids separated by commas');
    expect(unknownStores([2, 11, 40], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12])).toEqual({
      unknown: [11, 40],
      known: '1-10, 12',
    });
    expect(unknownStores([1], [])).toEqual({ unknown: [1], known: 'none' });
  });

  it('--since takes days, hours or a date', () => {
    const now = Date.parse('2026-11-24T13:25:00Z');
    expect(sinceArg('7d', now)).toBe('2026-11-17T13:00:00Z');
    expect(sinceArg('36h', now)).toBe('2026-11-23T01:00:00Z');
    expect(sinceArg('2026-11-20', now)).toBe('2026-11-20T00:00:00Z');
    expect(() => sinceArg('a week', now)).toThrow('expected a number of days or hours');
    expect(() => sinceArg('0d', now)).toThrow('at least 1h');
  });
});

describe('output', () => {
  it('formats durations and progress lines', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m05s');
    expect(formatDuration(3_900_000)).toBe('1h05m');
    const state = {
      ...initialState(4, 0),
      daysBuilt: 1,
      daysPlanned: 2,
      hoursPlanned: 48,
      hoursIngested: 30,
    };
    state.failures.push({ kind: 'hour', key: '2026-11-02T05:00:00Z', workflowId: 'w', message: 'x' });
    const line = progressLine(
      progressOf({ fromDate: '2026-11-01', toDate: '2026-11-04' }, state, 'running', 60_000, '2026-11-02'),
    );
    expect(line).toBe(
      '25% running at 2026-11-02: days 1 built, 0 skipped, 0 failed, 3 to go; hours 30 ingested, 0 skipped, 1 failed (1 failed); 30.0 hours/min, ETA 3m00s',
    );
  });

  it('groups consecutive hours into ranges', () => {
    expect(
      hourRanges([
        '2026-11-24T15:00:00Z',
        '2026-11-24T13:00:00Z',
        '2026-11-24T14:00:00Z',
        '2026-11-25T00:00:00Z',
      ]),
    ).toEqual(['2026-11-24T13:00:00Z..2026-11-24T15:00:00Z (3 h)', '2026-11-25T00:00:00Z']);
    expect(hourRanges([])).toEqual([]);
  });

  it('links a run in the Temporal UI', () => {
    expect(uiLink('http://localhost:8233/', 'default', 'ingest-hour-2026-11-24T13', 'r1')).toBe(
      'http://localhost:8233/namespaces/default/workflows/ingest-hour-2026-11-24T13/r1/history',
    );
  });
});
