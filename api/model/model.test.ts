import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addHours, HOUR_MS, hourToMs, hoursInRange, utcHoursOfLocalDay } from '../../lib/time.ts';
import { DEFAULT_SEASON } from '../../lib/forecast/season.ts';
import { REFERENCE_SEASON, seasonFactor } from './calendar.ts';
import { splitProportionally } from './footfall.ts';
import {
  DEFAULT_FAULT_RATES,
  MAX_CONVERSION,
  MIN_CONVERSION,
  NO_FAULTS,
  REFERENCE_CHAIN,
  Simulator,
  conversionRate,
  generateChain,
  groundTruth,
  transactionRows,
  visitorRows,
} from './index.ts';
import { Rng, hashKey } from './random.ts';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { buildChain, parseOpening } from './reference.ts';
import { driftFactor, inOutage, MEASUREMENT_NOISE, OUTAGE_MAX_HOURS, OUTAGE_MIN_HOURS } from './sensors.ts';

const sim = new Simulator();
/** Every open hour (local 9-19, Mon-Sat, non-holiday) of the reference chain in a range. */
function openStoreHours(from: string, to: string, s = sim) {
  return hoursInRange(from, to).flatMap((hour) =>
    s.chain.stores.map((store) => s.truth(store, hour)).filter((t) => t.openFraction > 0),
  );
}

describe('determinism', () => {
  it('gives the same value for the same key and different values for different keys', () => {
    expect(hashKey(['reading', 1, 2, 3])).toBe(hashKey(['reading', 1, 2, 3]));
    expect(hashKey(['reading', 1, 2, 3])).not.toBe(hashKey(['reading', 1, 2, 4]));
    const a = new Rng(['x', 1]);
    const b = new Rng(['x', 1]);
    expect([a.next(), a.normal(), a.int(0, 9)]).toEqual([b.next(), b.normal(), b.int(0, 9)]);
  });

  it('gives the same rows in another process', () => {
    const hour = '2026-11-21T15:00:00Z';
    const code =
      "import { visitorRows, transactionRows } from './api/model/index.ts';" +
      `console.log(JSON.stringify([visitorRows('${hour}'), transactionRows('${hour}')]));`;
    const out = execFileSync(process.execPath, ['--input-type=module-typescript', '-e', code], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(JSON.stringify([visitorRows(hour), transactionRows(hour)]));
  }, 20_000);
});

describe('reference chain', () => {
  it('has the original stores and sensors, ordered', () => {
    expect(REFERENCE_CHAIN.stores.map((s) => s.city_store)).toContain('Clermont-Ferrand');
    expect(REFERENCE_CHAIN.stores).toHaveLength(10);
    expect(REFERENCE_CHAIN.stores.reduce((n, s) => n + s.sensors.length, 0)).toBe(83);
    const paris = REFERENCE_CHAIN.byId.get(1)!;
    expect(paris.sensors.map((s) => s.sensor_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(paris.timezone).toBe('Europe/Paris');
  });

  it('generates chains of any size, deterministically', () => {
    const chain = generateChain({ stores: 1000, sensorsPerStore: 20 });
    expect(chain.stores).toHaveLength(1000);
    expect(chain.stores.every((s) => s.sensors.length === 20)).toBe(true);
    expect(generateChain({ stores: 3, sensorsPerStore: 2 })).toEqual(
      generateChain({ stores: 3, sensorsPerStore: 2 }),
    );
    expect(() => generateChain({ stores: 0, sensorsPerStore: 2 })).toThrow(RangeError);
  });
});

describe('calendar', () => {
  it('is zero when closed: nights, Sundays and public holidays, for truth, readings and sales', () => {
    const closed = [
      '2026-11-24T02:00:00Z', // 03:00 local
      '2026-11-22T13:00:00Z', // Sunday
      '2026-12-25T13:00:00Z', // Christmas
      '2026-11-11T10:00:00Z', // Armistice (a Wednesday)
    ];
    for (const hour of closed) {
      const { visitors, transactions } = groundTruth(hour);
      expect(visitors.every((r) => r.true_visitors === 0 && (r.visitors === 0 || r.fault === 'outage'))).toBe(
        true,
      );
      expect(transactions.every((r) => !r.is_open && r.transactions === 0 && r.revenue === 0)).toBe(true);
    }
  });

  it('closes Strasbourg (Alsace-Moselle) on 26 December while Paris opens', () => {
    const rows = groundTruth('2026-12-26T13:00:00Z').transactions;
    expect(rows.find((r) => r.store_id === 9)!.is_open).toBe(false);
    expect(rows.find((r) => r.store_id === 1)!.is_open).toBe(true);
  });

  it('makes Saturday busier than the weekday mean', () => {
    const perWeekday = new Map<number, number[]>();
    for (const t of openStoreHours('2026-09-07T00:00:00Z', '2026-10-05T00:00:00Z')) {
      perWeekday.set(t.local.weekday, [...(perWeekday.get(t.local.weekday) ?? []), t.footfall]);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const weekdays = [1, 2, 3, 4, 5].map((d) => mean(perWeekday.get(d)!));
    expect(mean(perWeekday.get(6)!)).toBeGreaterThan(1.2 * mean(weekdays));
  });

  it('has seasons: Christmas rush and sales periods above ordinary days', () => {
    expect(seasonFactor('2026-12-20')).toBeGreaterThan(seasonFactor('2026-11-20'));
    expect(seasonFactor('2027-01-14')).toBeGreaterThan(seasonFactor('2027-02-20')); // winter sales week 1
    expect(seasonFactor('2026-07-01')).toBeGreaterThan(seasonFactor('2026-09-01')); // summer sales
    // What docs/forecast.md says the forecast is given: the reference chain's own season.
    expect(DEFAULT_SEASON).toEqual(REFERENCE_SEASON);
  });

  it('handles 23- and 25-hour local days at DST changes', () => {
    const allDay = parseOpening('00:00-24:00');
    const chain = buildChain([
      {
        ...REFERENCE_CHAIN.byId.get(1)!,
        opening: [allDay, allDay, allDay, allDay, allDay, allDay, allDay],
      },
    ]);
    const s = new Simulator({ chain });
    const store = chain.stores[0]!;
    const spring = utcHoursOfLocalDay('2026-03-29', 'Europe/Paris').map((h) => s.truth(store, h));
    const autumn = utcHoursOfLocalDay('2026-10-25', 'Europe/Paris').map((h) => s.truth(store, h));
    expect(spring).toHaveLength(23);
    expect(spring.map((t) => t.local.localHour)).not.toContain(2);
    expect(autumn).toHaveLength(25);
    const twice = autumn.filter((t) => t.local.localHour === 2);
    expect(twice).toHaveLength(2);
    expect(twice[0]!.hour_utc).not.toBe(twice[1]!.hour_utc);
    expect(autumn.every((t) => t.local.localDate === '2026-10-25' && t.openFraction === 1)).toBe(true);
  });
});

describe('footfall', () => {
  it('splits a store hour across entrances exactly', () => {
    expect(splitProportionally(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitProportionally(0, [1, 2])).toEqual([0, 0]);
    for (const t of openStoreHours('2026-11-20T08:00:00Z', '2026-11-20T18:00:00Z')) {
      expect(t.bySensor.reduce((a, b) => a + b, 0)).toBe(t.footfall);
    }
  });

  it('keeps the sensor sum close to the truth on fault-free hours', () => {
    const clean = new Simulator({ faults: NO_FAULTS });
    let total = 0;
    let measured = 0;
    for (const t of openStoreHours('2026-11-16T08:00:00Z', '2026-11-18T18:00:00Z', clean)) {
      const rows = clean.truthVisitorRows(t.store, t.hour_utc);
      expect(rows.every((r) => r.fault === 'none' && r.visitors !== null)).toBe(true);
      const sum = rows.reduce((n, r) => n + r.visitors!, 0);
      // Independent 3% noise per sensor: the sum stays within 4 standard deviations (plus rounding).
      const sd = Math.sqrt(rows.reduce((v, r) => v + (MEASUREMENT_NOISE * r.true_visitors) ** 2, 0));
      expect(Math.abs(sum - t.footfall)).toBeLessThanOrEqual(4 * sd + rows.length / 2);
      total += t.footfall;
      measured += sum;
    }
    expect(Math.abs(measured / total - 1)).toBeLessThan(0.005);
  });
});

describe('sensor faults', () => {
  const sample = (faults = DEFAULT_FAULT_RATES) => {
    const s = new Simulator({ chain: generateChain({ stores: 200, sensorsPerStore: 20 }), faults });
    // Four open local hours on four weekdays: 64,000 sensor-hours.
    const hours = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].flatMap((d) =>
      [10, 11, 14, 15].map((h) => `${d}T${String(h - 1).padStart(2, '0')}:00:00Z`),
    );
    const counts = new Map<string, number>();
    let n = 0;
    for (const hour of hours) {
      for (const store of s.chain.stores) {
        for (const r of s.truthVisitorRows(store, hour)) {
          counts.set(r.fault, (counts.get(r.fault) ?? 0) + 1);
          n++;
          if (r.fault === 'spike')
            expect(r.visitors!).toBeGreaterThanOrEqual(Math.round(r.true_visitors * 8));
          if (r.fault === 'dead') expect(r.visitors!).toBeLessThanOrEqual(2);
          if (r.fault === 'missing' || r.fault === 'outage') expect(r.visitors).toBeNull();
        }
      }
    }
    return (fault: string) => (counts.get(fault) ?? 0) / n;
  };

  it('applies missing, spike and dead readings at the default rates', () => {
    const rate = sample();
    // 64,000 draws: a standard error of at most 0.08 percentage point.
    expect(rate('missing')).toBeCloseTo(0.04, 2);
    expect(rate('spike')).toBeCloseTo(0.02, 2);
    expect(rate('dead')).toBeCloseTo(0.02, 2);
  });

  it('follows configured rates', () => {
    const rate = sample({ ...NO_FAULTS, missing: 0.2, spike: 0.1 });
    expect(rate('missing')).toBeCloseTo(0.2, 1);
    expect(rate('spike')).toBeCloseTo(0.1, 1);
    expect(rate('dead')).toBe(0);
    expect(rate('none')).toBeCloseTo(0.7, 1);
  });

  it('produces multi-hour outages at the configured rate', () => {
    const sensors = generateChain({ stores: 100, sensorsPerStore: 20 }).stores.flatMap((s) => s.sensors);
    const hours = hoursInRange('2026-01-01T00:00:00Z', '2026-01-11T00:00:00Z').map(hourToMs);
    let down = 0;
    const runs: number[] = [];
    for (const sensor of sensors) {
      let run = 0;
      for (const [i, ms] of hours.entries()) {
        if (inOutage(sensor, ms, DEFAULT_FAULT_RATES.outagePerSensorDay)) {
          down++;
          run++;
        } else if (run > 0) {
          // A run touching the first hour may have started before the sample: its length is unknown.
          if (run < i) runs.push(run);
          run = 0;
        }
      }
    }
    const expected =
      (DEFAULT_FAULT_RATES.outagePerSensorDay * (OUTAGE_MIN_HOURS + OUTAGE_MAX_HOURS)) / 2 / 24;
    expect(down / (sensors.length * hours.length)).toBeGreaterThan(expected * 0.85);
    expect(down / (sensors.length * hours.length)).toBeLessThan(expected * 1.15);
    expect(runs.length).toBeGreaterThan(50);
    expect(Math.min(...runs)).toBeGreaterThanOrEqual(OUTAGE_MIN_HOURS);
  });

  it('drifts a few sensor-weeks towards double counting', () => {
    const sensors = generateChain({ stores: 1000, sensorsPerStore: 20 }).stores.flatMap((s) => s.sensors);
    const monday = hourToMs('2026-11-16T00:00:00Z');
    const drifting = sensors.filter((s) => driftFactor(s, monday + HOUR_MS * 100, 0.01) > 1);
    expect(drifting.length / sensors.length).toBeGreaterThan(0.008);
    expect(drifting.length / sensors.length).toBeLessThan(0.012);
    const sensor = drifting[0]!;
    const factors = [0, 50, 100, 167].map((h) => driftFactor(sensor, monday + h * HOUR_MS, 0.01));
    expect([...factors].sort((a, b) => a - b)).toEqual(factors);
    expect(factors[3]).toBeCloseTo(2, 5);
  });
});

describe('sales', () => {
  it('keeps conversion within 15-30% for every store, weekday and hour', () => {
    for (const store of REFERENCE_CHAIN.stores) {
      for (let weekday = 1; weekday <= 7; weekday++) {
        for (let hour = 0; hour < 24; hour++) {
          const rate = conversionRate(store.store_id, weekday, hour);
          expect(rate).toBeGreaterThanOrEqual(MIN_CONVERSION);
          expect(rate).toBeLessThanOrEqual(MAX_CONVERSION);
        }
      }
    }
  });

  it('draws transactions from the true footfall, with plausible baskets', () => {
    let visitors = 0;
    let transactions = 0;
    let revenue = 0;
    for (let h = 0; h < 48; h++) {
      for (const row of groundTruth(addHours('2026-11-16T00:00:00Z', h)).transactions) {
        expect(row.transactions).toBeLessThanOrEqual(row.footfall);
        expect(row.revenue).toBe(Math.round(row.revenue * 100) / 100);
        if (row.transactions > 0) expect(row.items).toBeGreaterThanOrEqual(row.transactions);
        visitors += row.footfall;
        transactions += row.transactions;
        revenue += row.revenue;
      }
    }
    expect(transactions / visitors).toBeGreaterThan(MIN_CONVERSION);
    expect(transactions / visitors).toBeLessThan(MAX_CONVERSION);
    expect(revenue / transactions).toBeGreaterThan(25);
    expect(revenue / transactions).toBeLessThan(60);
  });

  it('never sees sensor faults: sales are the same with and without them', () => {
    const hour = '2026-11-21T14:00:00Z';
    expect(transactionRows(hour, { faults: NO_FAULTS })).toEqual(transactionRows(hour));
    expect(visitorRows(hour, { faults: NO_FAULTS })).not.toEqual(visitorRows(hour));
  });
});
