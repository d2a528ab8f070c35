import { describe, expect, it } from 'vitest';
import {
  granularity,
  isoWeekday,
  lastYearPeriod,
  MAX_RANGE_DAYS,
  parseStoreFilters,
  previousPeriod,
  storeQuery,
} from './filters.ts';
import { overwriteGetLocale } from '#web/paraglide/runtime.js';

// The messages below are the English ones; French is the default (web/messages).
overwriteGetLocale(() => 'en');

const parse = (q: string) => parseStoreFilters(new URLSearchParams(q), '2026-11-22');

describe('store filters', () => {
  it('defaults to the fallback day, every hour and every sensor', () => {
    expect(parse('')).toEqual({
      ok: true,
      value: { from: '2026-11-22', to: '2026-11-22', hourFrom: 0, hourTo: 23, sensors: [] },
    });
  });

  it('reads dates, hours and sensors, and writes them back the same', () => {
    const q = 'from=2026-11-01&to=2026-11-07&hf=9&ht=19&sensor=3&sensor=1&sensor=3';
    const parsed = parse(q);
    expect(parsed).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: '2026-11-07', hourFrom: 9, hourTo: 19, sensors: [1, 3] },
    });
    if (parsed.ok)
      expect(storeQuery(parsed.value)).toBe('from=2026-11-01&to=2026-11-07&hf=9&ht=19&sensor=1&sensor=3');
  });

  it('turns bad and absurd values into messages', () => {
    const message = (q: string) => {
      const p = parse(q);
      return p.ok ? null : p.message;
    };
    expect(message('to=2026-02-30')).toContain('is not a date');
    expect(message('from=2026-11-08&to=2026-11-01')).toContain('starts (2026-11-08) after it ends');
    expect(message('from=1900-01-01&to=2026-11-01')).toContain(`longer than ${MAX_RANGE_DAYS} days`);
    expect(message('hf=24')).toContain('0 to 23');
    expect(message('hf=-1')).toContain('0 to 23');
    expect(message('hf=15&ht=9')).toContain('hour range starts');
    expect(message('sensor=1;drop')).toContain('by their number');
    expect(message(Array.from({ length: 65 }, (_, i) => `sensor=${i}`).join('&'))).toContain('at most 64');
    expect(message(`from=2025-11-21&to=2026-11-21`)).toBeNull();
  });

  it('charts hours up to 3 days, days beyond', () => {
    expect(granularity('2026-11-20', '2026-11-22')).toBe('hour');
    expect(granularity('2026-11-19', '2026-11-22')).toBe('day');
  });

  it('compares with the period just before and 52 weeks earlier', () => {
    expect(previousPeriod('2026-11-16', '2026-11-22')).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    const ly = lastYearPeriod('2026-11-16', '2026-11-22');
    expect(ly).toEqual({ from: '2025-11-17', to: '2025-11-23' });
    expect(isoWeekday(ly.from)).toBe(isoWeekday('2026-11-16'));
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });
});
