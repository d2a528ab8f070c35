/**
 * The world chain: stores in Europe/Paris, America/New_York and Asia/Tokyo, each with its own
 * opening hours and public holidays. Expectations are written out by hand (wall clocks, DST
 * dates, opening hours, holidays), not derived from the model's own tables.
 */
import { describe, expect, it } from 'vitest';
import { hoursInRange, toLocal, utcHoursOfLocalDay } from '../../lib/time.ts';
import { OutOfModelRangeError, REFERENCE_CHAIN, Simulator, WORLD_CHAIN, groundTruth } from './index.ts';
import { buildChain, HOLIDAY_CALENDARS } from './reference.ts';

const sim = new Simulator({ chain: WORLD_CHAIN });
const world = { chain: WORLD_CHAIN };
const store = (id: number) => WORLD_CHAIN.byId.get(id)!;

/** Opening hours per store as published (Monday first), in local time. */
const HOURS: Record<number, string[]> = {
  101: ['10-20', '10-20', '10-20', '10-20', '10-20', '10-20', ''],
  102: ['9.5-19.5', '9.5-19.5', '9.5-19.5', '9.5-19.5', '9.5-19.5', '9.5-19.5', ''],
  103: ['9.5-19', '9.5-19', '9.5-19', '9.5-19', '9.5-19', '9-19', ''],
  104: ['10-21', '10-21', '10-21', '10-21', '10-21', '10-21', '11-19'],
  105: ['0-24', '0-24', '0-24', '0-24', '0-24', '0-24', '0-24'],
  106: ['10-20', '10-20', '10-20', '10-20', '10-20', '10-20', '12-18'],
  107: ['10-20', '10-20', '10-20', '10-20', '10-20', '10-20', '10-20'],
  108: ['11-21', '11-21', '11-21', '11-21', '11-21', '10-21', '10-21'],
};
/** Public holidays between 16 and 29 November 2026 (Thanksgiving; Labor Thanksgiving Day). */
const HOLIDAYS_NOV_2026: Record<string, string[]> = {
  'Europe/Paris': [],
  'America/New_York': ['2026-11-26'],
  'Asia/Tokyo': ['2026-11-23'],
};

/** Share of a local hour inside the published opening span. */
function expectedOpen(storeId: number, localDate: string, localHour: number, weekday: number): number {
  const zone = store(storeId).timezone;
  if (HOLIDAYS_NOV_2026[zone]!.includes(localDate)) return 0;
  const span = HOURS[storeId]![weekday - 1]!;
  if (span === '') return 0;
  const [open, close] = span.split('-').map(Number) as [number, number];
  return Math.max(0, Math.min(close, localHour + 1) - Math.max(open, localHour));
}

describe('world chain', () => {
  it('has eight stores in three zones, 2-6 sensors each, ids apart from the reference chain', () => {
    expect(WORLD_CHAIN.stores.map((s) => s.store_id)).toEqual(Object.keys(HOURS).map(Number));
    expect(new Set(WORLD_CHAIN.stores.map((s) => s.timezone))).toEqual(
      new Set(['Europe/Paris', 'America/New_York', 'Asia/Tokyo']),
    );
    for (const s of WORLD_CHAIN.stores) {
      expect(s.sensors.length).toBeGreaterThanOrEqual(2);
      expect(s.sensors.length).toBeLessThanOrEqual(6);
      expect(REFERENCE_CHAIN.byId.has(s.store_id)).toBe(false);
    }
    expect(store(104).holidays).toBe('us');
    expect(store(107).holidays).toBe('jp');
    expect(WORLD_CHAIN.byName.get('tokyo ginza')?.store_id).toBe(107);
  });

  it('maps each store-local day to its UTC hours: 23 and 25 h on DST days, different in Paris and New York, 24 in Tokyo', () => {
    const expected: Record<string, Record<string, number>> = {
      'Europe/Paris': { '2026-03-08': 24, '2026-03-29': 23, '2026-10-25': 25, '2026-11-01': 24 },
      'America/New_York': { '2026-03-08': 23, '2026-03-29': 24, '2026-10-25': 24, '2026-11-01': 25 },
      'Asia/Tokyo': { '2026-03-08': 24, '2026-03-29': 24, '2026-10-25': 24, '2026-11-01': 24 },
    };
    for (const s of WORLD_CHAIN.stores) {
      for (const [date, hours] of Object.entries(expected[s.timezone]!)) {
        const rows = utcHoursOfLocalDay(date, s.timezone).map((h) => sim.truthTransactionRow(s, h));
        expect(rows, `${s.city_store} ${date}`).toHaveLength(hours);
        expect(rows.every((r) => r.local_date === date)).toBe(true);
        const localHours = rows.map((r) => r.local_hour);
        // Clocks go forward at 02:00 (the hour is skipped) and back at 02:00 in Paris, 01:00 repeats in New York.
        if (hours === 23) expect(localHours).not.toContain(2);
        if (hours === 25) {
          const repeated = s.timezone === 'Europe/Paris' ? 2 : 1;
          expect(localHours.filter((h) => h === repeated)).toHaveLength(2);
        }
        if (hours === 24) expect(localHours).toEqual([...Array(24).keys()]);
      }
    }
    // The store open around the clock is open every hour of its 23- and 25-hour days.
    for (const [date, hours] of [
      ['2026-03-08', 23],
      ['2026-11-01', 25],
    ] as const) {
      const open = utcHoursOfLocalDay(date, 'America/New_York')
        .map((h) => sim.truthTransactionRow(store(105), h))
        .filter((r) => r.is_open && r.footfall > 0);
      expect(open).toHaveLength(hours);
    }
  });

  it('puts the same UTC hour on different local dates and hours in different zones', () => {
    const at = (hour: string) => {
      const { visitors, transactions } = groundTruth(hour, world);
      const byZone = new Map<string, Set<string>>();
      for (const r of [...visitors, ...transactions]) {
        const zone = store(r.store_id).timezone;
        byZone.set(zone, (byZone.get(zone) ?? new Set()).add(`${r.local_date} ${r.local_hour}h`));
      }
      return Object.fromEntries([...byZone].map(([z, set]) => [z, [...set]]));
    };
    expect(at('2026-11-24T03:00:00Z')).toEqual({
      'Europe/Paris': ['2026-11-24 4h'],
      'America/New_York': ['2026-11-23 22h'],
      'Asia/Tokyo': ['2026-11-24 12h'],
    });
    expect(at('2026-11-24T16:00:00Z')).toEqual({
      'Europe/Paris': ['2026-11-24 17h'],
      'America/New_York': ['2026-11-24 11h'],
      'Asia/Tokyo': ['2026-11-25 1h'],
    });
    // Between the American and the European spring changes, New York is 5 hours behind Paris, not 6.
    expect(at('2026-03-20T14:00:00Z')).toMatchObject({
      'Europe/Paris': ['2026-03-20 15h'],
      'America/New_York': ['2026-03-20 10h'],
    });
    expect(at('2026-03-31T14:00:00Z')).toMatchObject({
      'Europe/Paris': ['2026-03-31 16h'],
      'America/New_York': ['2026-03-31 10h'],
    });
  });

  it("honours each store's opening hours and holidays: closed hours give 0 readings and no sales", () => {
    let closed = 0;
    let partial = 0;
    for (const hour of hoursInRange('2026-11-16T00:00:00Z', '2026-11-30T00:00:00Z')) {
      for (const s of WORLD_CHAIN.stores) {
        const local = toLocal(hour, s.timezone);
        const open = expectedOpen(s.store_id, local.localDate, local.localHour, local.weekday);
        const truth = sim.truth(s, hour);
        expect(truth.openFraction, `${s.city_store} ${hour}`).toBe(open);
        const sales = sim.truthTransactionRow(s, hour);
        const readings = sim.truthVisitorRows(s, hour);
        if (open === 0) {
          closed++;
          expect(sales).toMatchObject({ is_open: false, footfall: 0, transactions: 0, revenue: 0 });
          for (const r of readings) {
            expect(r.true_visitors).toBe(0);
            expect(r.visitors === 0 || r.fault === 'outage').toBe(true);
          }
        } else {
          if (open < 1) partial++;
          expect(sales.is_open).toBe(true);
          expect(sales.footfall).toBeGreaterThan(0);
        }
      }
    }
    expect(closed).toBeGreaterThan(1000);
    // Lyon (09:30-19:30, six days a week) and Strasbourg (09:30 on weekdays) open or close on the half hour.
    expect(partial).toBe(2 * 12 + 10);
  });

  it('closes on each country’s public holidays only', () => {
    const openAt = (hour: string) =>
      Object.fromEntries(groundTruth(hour, world).transactions.map((r) => [r.store_id, r.is_open]));
    // Thursday 26 November 2026: Thanksgiving closes New York and Boston, not Paris (15:00 there at 14:00Z).
    expect(openAt('2026-11-26T20:00:00Z')).toMatchObject({ 104: false, 105: false, 106: false });
    expect(openAt('2026-11-26T14:00:00Z')).toMatchObject({ 101: true, 104: false, 105: false });
    // Saturday 4 July 2026, noon in New York: Independence Day; 18:00 in Paris, a Saturday: open.
    expect(openAt('2026-07-04T16:00:00Z')).toMatchObject({ 101: true, 104: false, 105: false, 106: false });
    // Tuesday 22 September 2026 in Tokyo: a citizens' holiday between two national holidays.
    expect(openAt('2026-09-22T03:00:00Z')).toMatchObject({ 107: false, 108: false });
    expect(openAt('2026-09-24T03:00:00Z')).toMatchObject({ 107: true, 108: true });
    // 26 December is a holiday in Alsace-Moselle only: Strasbourg closes, Paris and Lyon open.
    expect(openAt('2026-12-26T13:00:00Z')).toMatchObject({ 101: true, 102: true, 103: false });
  });

  it('covers the same years in every holiday calendar and refuses local dates outside them', () => {
    for (const id of ['fr', 'fr-alsace-moselle', 'us', 'jp']) {
      expect(HOLIDAY_CALENDARS.get(id)).toMatchObject({ first: 2020, last: 2040 });
    }
    // 2021-01-01T00:00Z is still 2020 in New York: the 2020 calendar is needed from the first hour on.
    expect(sim.truthTransactionRow(store(104), '2021-01-01T00:00:00Z').local_date).toBe('2020-12-31');
    // 2040-12-31T15:00Z is already 2041 in Tokyo, but not yet in Paris.
    expect(() => sim.truth(store(107), '2040-12-31T15:00:00Z')).toThrow(OutOfModelRangeError);
    expect(() => sim.truth(store(107), '2040-12-31T15:00:00Z')).toThrow('no holiday data for 2041-01-01');
    expect(sim.truth(store(101), '2040-12-31T15:00:00Z').local.localDate).toBe('2040-12-31');
  });

  it('refuses to build a chain with a half-hour zone or an unknown holiday calendar', () => {
    const base = { ...store(101), sensors: [...store(101).sensors] };
    expect(() => buildChain([{ ...base, timezone: 'Asia/Kolkata' }])).toThrow(
      /store 101: time zone "Asia\/Kolkata" is UTC\+05:30/,
    );
    expect(() => buildChain([{ ...base, holidays: 'in' }])).toThrow(
      'store 101: unknown holiday calendar "in"',
    );
    expect(() => buildChain([base, { ...base, store_id: 102, city_store: 'PARIS RIVOLI' }])).toThrow(
      'store 102: another store is named "PARIS RIVOLI"',
    );
  });
});
