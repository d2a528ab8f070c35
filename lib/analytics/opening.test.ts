import { describe, expect, it } from 'vitest';
import { openFraction as simulatorOpenFraction } from '../../api/model/calendar.ts';
import { HOLIDAY_CALENDARS, REFERENCE_CHAIN, WORLD_CHAIN, formatOpening } from '../../api/model/index.ts';
import { addDays, toLocal } from '../time.ts';
import { WEEKDAY_KEYS, dateAttributes, dayHours, openFraction, parseSpan, storeDate } from './opening.ts';

const WEEK = {
  mon: '09:00-20:00',
  tue: '09:00-20:00',
  wed: '09:30-19:30',
  thu: null,
  fri: '09:00-20:00',
  sat: '10:00-24:00',
  sun: null,
};

describe('opening hours', () => {
  it('parses spans and refuses malformed or inverted ones', () => {
    expect(parseSpan('09:30-19:45')).toEqual({ open: 570, close: 1185 });
    expect(() => parseSpan('9:30-19:45')).toThrow(RangeError);
    expect(() => parseSpan('20:00-09:00')).toThrow(RangeError);
    expect(() => parseSpan('10:00-24:30')).toThrow(RangeError);
  });

  it('gives the share of each local hour, half hours included', () => {
    expect(openFraction('09:30-19:30', 8)).toBe(0);
    expect(openFraction('09:30-19:30', 9)).toBe(0.5);
    expect(openFraction('09:30-19:30', 12)).toBe(1);
    expect(openFraction('09:30-19:30', 19)).toBe(0.5);
    expect(openFraction('09:30-19:30', 20)).toBe(0);
    expect(openFraction(null, 12)).toBe(0);
  });

  it('closes a store on its holidays and on closed weekdays', () => {
    expect(storeDate(1, '2026-07-14', WEEK, 'Fête nationale')).toMatchObject({
      is_public_holiday: true,
      is_open: false,
      opening: null,
      open_hours: 0,
    });
    expect(storeDate(1, '2026-07-16', WEEK, null)).toMatchObject({ is_open: false, opening: null }); // Thursday
    expect(storeDate(1, '2026-07-15', WEEK, null)).toMatchObject({
      is_open: true,
      opening: '09:30-19:30',
      open_hours: 10,
    });
  });

  it('knows ISO weeks across year ends', () => {
    expect(dateAttributes('2026-12-31')).toMatchObject({
      weekday: 4,
      iso_year: 2026,
      iso_week: 53,
      is_weekend: false,
    });
    expect(dateAttributes('2027-01-03')).toMatchObject({
      weekday: 7,
      iso_year: 2026,
      iso_week: 53,
      is_weekend: true,
    });
    expect(dateAttributes('2027-01-04')).toMatchObject({
      weekday: 1,
      iso_year: 2027,
      iso_week: 1,
      month: 1,
      year: 2027,
    });
    expect(dateAttributes('2024-12-30')).toMatchObject({ iso_year: 2025, iso_week: 1 });
  });

  it('has 23, 24 and 25 hours on the DST days of Paris', () => {
    expect(dayHours('2026-03-29', 'Europe/Paris', '09:00-20:00')).toHaveLength(23);
    expect(dayHours('2026-10-25', 'Europe/Paris', '09:00-20:00')).toHaveLength(25);
    expect(dayHours('2026-10-26', 'Europe/Paris', '09:00-20:00')).toHaveLength(24);
  });

  // The warehouse reads the reference data as the API serves it (formatted spans, holiday
  // dates): over eight weeks with both DST changes, every store of both chains must open
  // exactly when the simulator says it does.
  it.each([
    ['reference', REFERENCE_CHAIN],
    ['world', WORLD_CHAIN],
  ])('agrees with the simulator on every hour of the %s chain', (_name, chain) => {
    const starts = ['2026-03-01', '2026-10-05'];
    let hours = 0;
    for (const store of chain.stores) {
      const weekly = Object.fromEntries(
        WEEKDAY_KEYS.map((k, i) => [k, formatOpening(store.opening[i]!)]),
      ) as Record<(typeof WEEKDAY_KEYS)[number], string | null>;
      const calendar = HOLIDAY_CALENDARS.get(store.holidays)!;
      for (const start of starts) {
        for (let d = 0; d < 28; d++) {
          const date = addDays(start, d);
          const day = storeDate(
            store.store_id,
            date,
            weekly,
            calendar.dates.has(date) ? calendar.names.get(date)! : null,
          );
          for (const h of dayHours(date, store.timezone, day.opening)) {
            expect(h.open_fraction, `${store.store_id} ${h.hour_utc}`).toBe(
              simulatorOpenFraction(store, toLocal(h.hour_utc, store.timezone)),
            );
            hours++;
          }
        }
      }
    }
    expect(hours).toBeGreaterThan(chain.stores.length * 56 * 23);
  });
});
