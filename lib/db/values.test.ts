import { describe, expect, it } from 'vitest';
import { isoHourParser, toIsoHour } from './values.ts';

describe('isoHourParser', () => {
  it('answers as toIsoHour for text and Date values, again when asked again', () => {
    const iso = isoHourParser();
    for (const v of ['2026-11-17T13:00:00.000Z', '2026-11-17T13:00:00Z', new Date('2026-03-29T01:00:00Z')]) {
      expect(iso(v)).toBe(toIsoHour(v));
      expect(iso(v)).toBe(toIsoHour(v));
    }
    // Two Date objects of one instant are one value.
    expect(iso(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T01:00:00Z');
  });

  it('refuses what is not a timestamp, every time', () => {
    const iso = isoHourParser();
    expect(() => iso('tomorrow')).toThrow(/not a timestamp/);
    expect(() => iso('tomorrow')).toThrow(/not a timestamp/);
    expect(() => iso(new Date('2026-11-17T13:00:00Z').getTime())).toThrow(/not a timestamp/);
  });
});
