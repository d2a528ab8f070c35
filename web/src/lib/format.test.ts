import { beforeEach, describe, expect, it } from 'vitest';
import {
  NOT_AVAILABLE,
  formatAxisEuros,
  formatAxisPercent,
  formatCount,
  formatEuros,
  formatHoursLoaded,
  formatLocalHour,
  formatLongDate,
  formatMissingReadings,
  formatPercent,
  formatShortDay,
  formatStoreLabel,
  formatTimestampUtc,
  formatUtcHourOfDay,
  qualityLevel,
  setLocaleSource,
} from './format.ts';

describe('KPI formatting', () => {
  beforeEach(() => setLocaleSource(() => 'en'));

  it('groups thousands in counts and rounds to whole units', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(1234.6)).toBe('1,235');
  });

  it('shows euros with exactly two decimals', () => {
    expect(formatEuros(21703.5)).toBe('€21,703.50');
    expect(formatEuros(0.005)).toBe('€0.01');
    expect(formatEuros(12)).toBe('€12.00');
  });

  it('shows ratios as percentages with one decimal', () => {
    expect(formatPercent(0.2)).toBe('20.0%');
    expect(formatPercent(371 / 1853)).toBe('20.0%');
    expect(formatPercent(0.23456)).toBe('23.5%');
    expect(formatPercent(1)).toBe('100.0%');
  });

  it('shows a dash when a ratio had nothing to divide by', () => {
    expect(formatPercent(null)).toBe(NOT_AVAILABLE);
    expect(formatEuros(null)).toBe(NOT_AVAILABLE);
    expect(formatPercent(Number.NaN)).toBe(NOT_AVAILABLE);
  });

  it('labels stores by city and id, or by id alone before dim_store is filled', () => {
    expect(formatStoreLabel('Paris', 1)).toBe('Paris (#1)');
    expect(formatStoreLabel(null, 7)).toBe('Store #7');
  });

  it('describes data quality in words', () => {
    expect(formatHoursLoaded(9, 11)).toBe('9 / 11 hours loaded');
    expect(formatMissingReadings(3, 1200)).toBe('3 of 1,200 readings missing (0.3%)');
    expect(formatMissingReadings(0, 0)).toBe('No sensor readings');
    expect(qualityLevel(11, 11, 0)).toBe('complete');
    expect(qualityLevel(10, 11, 0)).toBe('partial');
    expect(qualityLevel(11, 11, 1)).toBe('partial');
  });

  it('formats calendar days without shifting them into the local time zone', () => {
    expect(formatLongDate('2026-11-23')).toMatch(/^Monday,? 23 November 2026$/);
    expect(formatShortDay('2026-11-23')).toBe('Mon 23');
    expect(formatTimestampUtc('2026-11-24T03:00:00Z')).toBe('24 Nov 2026, 03:00 UTC');
  });

  it('keeps axis ticks short: whole euros and whole percentages', () => {
    expect(formatAxisEuros(1200)).toBe('€1,200');
    expect(formatAxisEuros(0)).toBe('€0');
    expect(formatAxisPercent(0.2)).toBe('20%');
    expect(formatAxisPercent(0.125)).toBe('13%');
  });

  it('writes hours of the day as wall-clock times, UTC ones labelled', () => {
    expect(formatLocalHour(9)).toBe('09:00');
    expect(formatLocalHour(23)).toBe('23:00');
    expect(formatUtcHourOfDay('2026-11-24T08:00:00Z')).toBe('08:00 UTC');
  });
});

describe('French formatting, the default', () => {
  beforeEach(() => setLocaleSource(() => 'fr'));

  it('writes numbers, money and dates the French way', () => {
    // ICU spaces (narrow no-break or no-break) differ between versions: compare without them.
    const plain = (t: string) => t.replace(/[\s\u00a0\u202f]/g, ' ');
    expect(plain(formatCount(1234567))).toBe('1 234 567');
    expect(plain(formatEuros(1234.5))).toBe('1 234,50 €');
    expect(plain(formatPercent(0.2345))).toBe('23,5 %');
    expect(formatLongDate('2026-11-23')).toBe('lundi 23 novembre 2026');
    expect(formatHoursLoaded(9, 11)).toBe('9 / 11 heures chargées');
    expect(formatStoreLabel(null, 4)).toBe('Magasin n° 4');
  });
});
