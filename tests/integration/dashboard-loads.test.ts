/**
 * The dashboard's load functions on a seeded warehouse, on SQLite and PostgreSQL: every
 * figure a page shows equals the same figure computed here, independently, from the seed.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateAttributes } from '../../lib/analytics/opening.ts';
import { writeSensorDaily } from '../../lib/analytics/sensor-daily.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { addDays, datesInRange, toLocal, utcHoursOfLocalDay } from '../../lib/time.ts';
import { isoWeekday } from '../../web/src/lib/filters.ts';
import { RANKING_SHOWN, readChainPage } from '../../web/src/lib/server/chain-page.ts';
import { storeCsv } from '../../web/src/lib/server/csv.ts';
import { storeExists } from '../../web/src/lib/server/dashboard.ts';
import { failedDays, latestFailedDays } from '../../web/src/lib/server/builds.ts';
import { sensorQuality } from '../../web/src/lib/server/sensors.ts';
import { readStorePage, type StorePage } from '../../web/src/lib/server/store-page.ts';
import { freshWarehouse, testDatabases } from '../support/databases.ts';

const TZ = 'Europe/Paris';
const LAST = '2026-11-22';
const DAYS = datesInRange(addDays(LAST, -27), LAST);
/** Store 1 also has the same weeks a year earlier (364 days back), for the year-on-year tile. */
const YEAR_AGO = DAYS.map((d) => addDays(d, -364));
const STORES = [1, 2, 3];
const SENSORS = [1, 2, 3];

/** The day whose build failed its data tests. */
const FAILED_DAY = '2026-11-10';
/** When the failed days are read: after every seeded build, which were made on 23 November. */
const NOW = Date.parse('2026-11-24T12:00:00Z');

interface SensorHour {
  store: number;
  sensor: number;
  hourUtc: string;
  date: string;
  hour: number;
  /** The raw reading; null when none arrived. */
  reading: number | null;
  /** The cleaned estimate. */
  visitors: number;
  status: 'measured' | 'imputed';
  reason: 'none' | 'missing' | 'spike';
}
interface StoreHour {
  store: number;
  hourUtc: string;
  date: string;
  hour: number;
  visitors: number;
  measured: number;
  transactions: number;
  revenue: number;
}

// A small deterministic generator, so the figures vary without being random between runs.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const sensorHours: SensorHour[] = [];
const storeHours: StoreHour[] = [];
for (const store of STORES) {
  for (const date of store === 1 ? [...YEAR_AGO, ...DAYS] : DAYS) {
    for (const hourUtc of utcHoursOfLocalDay(date, TZ)) {
      const hour = toLocal(hourUtc, TZ).localHour;
      if (hour < 9 || hour > 19) continue;
      let visitors = 0;
      let measured = 0;
      for (const sensor of SENSORS) {
        // Sensor 3 of store 2 misses about a fifth of its hours; sensor 1 of store 3 spikes now
        // and then. The cleaning imputed both (the estimate here is the true count).
        const missing = store === 2 && sensor === 3 && next() < 0.2;
        const spike = store === 3 && sensor === 1 && next() < 0.1;
        const v = Math.floor(5 + next() * 40 * store);
        const imputed = missing || spike;
        sensorHours.push({
          store,
          sensor,
          hourUtc,
          date,
          hour,
          reading: missing ? null : spike ? v * 10 : v,
          visitors: v,
          status: imputed ? 'imputed' : 'measured',
          reason: missing ? 'missing' : spike ? 'spike' : 'none',
        });
        visitors += v;
        if (!imputed) measured += v;
      }
      const transactions = Math.floor(visitors * (0.1 + next() * 0.2));
      const revenue = Math.round(transactions * (20 + next() * 30) * 100) / 100;
      storeHours.push({ store, hourUtc, date, hour, visitors, measured, transactions, revenue });
    }
  }
}

async function seedWarehouse(db: Knex): Promise<void> {
  const t = (layer: 'raw' | 'analytics', name: string) => tableRef(db, layer, name).qualified;
  const builtAt = '2026-11-23T03:00:00.000Z';
  // The build's own calendar rows.
  await db(t('analytics', ANALYTICS.dimDate)).insert([...YEAR_AGO, ...DAYS].map(dateAttributes));
  await db(t('analytics', ANALYTICS.dimStore)).insert(
    STORES.map((s) => ({ store_id: s, city_store: `City ${s}`, timezone: TZ, updated_at: builtAt })),
  );
  const hourly = storeHours.map((h) => ({
    store_id: h.store,
    hour_utc: h.hourUtc,
    local_date: h.date,
    local_hour: h.hour,
    visitors: h.visitors,
    visitors_measured: h.measured,
    imputed_share: h.visitors === 0 ? 0 : 1 - h.measured / h.visitors,
    transactions: h.transactions,
    revenue: h.revenue,
    conversion_rate: h.visitors === 0 ? null : h.transactions / h.visitors,
    readings: 3,
    readings_missing: 0,
    built_at: builtAt,
  }));
  for (let i = 0; i < hourly.length; i += 500)
    await db(t('analytics', ANALYTICS.storeHourly)).insert(hourly.slice(i, i + 500));
  const daily = new Map<
    string,
    { store: number; date: string; v: number; m: number; t: number; r: number; n: number }
  >();
  for (const h of storeHours) {
    const k = `${h.store} ${h.date}`;
    const d = daily.get(k) ?? { store: h.store, date: h.date, v: 0, m: 0, t: 0, r: 0, n: 0 };
    d.v += h.visitors;
    d.m += h.measured;
    d.t += h.transactions;
    d.r += h.revenue;
    d.n += 1;
    daily.set(k, d);
  }
  await db(t('analytics', ANALYTICS.storeDaily)).insert(
    [...daily.values()].map((d) => ({
      store_id: d.store,
      local_date: d.date,
      visitors: d.v,
      visitors_measured: d.m,
      imputed_share: 1 - d.m / d.v,
      transactions: d.t,
      revenue: Math.round(d.r * 100) / 100,
      conversion_rate: d.t / d.v,
      avg_basket: d.r / d.t,
      sales_per_visitor: d.r / d.v,
      hours_loaded: d.n,
      hours_expected: d.n,
      readings: d.n * 3,
      readings_missing: 0,
      built_at: builtAt,
    })),
  );
  const sensorRows = sensorHours.map((s) => ({
    store_id: s.store,
    sensor_id: s.sensor,
    hour_utc: s.hourUtc,
    local_date: s.date,
    local_hour: s.hour,
    reading: s.reading,
    visitors: s.visitors,
    status: s.status,
    reason: s.reason,
    method: s.status === 'measured' ? 'measured' : 'share_of_store',
    built_at: builtAt,
  }));
  for (let i = 0; i < sensorRows.length; i += 500)
    await db(t('analytics', ANALYTICS.sensorHourly)).insert(sensorRows.slice(i, i + 500));
  await writeSensorDaily(db, builtAt);
  const quality = new Map<string, Record<string, number | string>>();
  for (const s of sensorHours) {
    const k = `${s.store} ${s.sensor} ${s.date}`;
    const q = quality.get(k) ?? {
      store_id: s.store,
      sensor_id: s.sensor,
      local_date: s.date,
      expected_open_hours: 0,
      received: 0,
      missing: 0,
      outliers: 0,
      dead: 0,
      drift_suspected: 0,
      imputed: 0,
      built_at: builtAt,
    };
    const add = (c: string, yes: boolean) => (q[c] = (q[c] as number) + (yes ? 1 : 0));
    add('expected_open_hours', true);
    add('received', s.reading !== null);
    add('missing', s.reason === 'missing');
    add('outliers', s.reason === 'spike');
    add('imputed', s.status === 'imputed');
    quality.set(k, q);
  }
  const qualityRows = [...quality.values()];
  for (let i = 0; i < qualityRows.length; i += 200)
    await db(t('analytics', ANALYTICS.dataQualityDaily)).insert(qualityRows.slice(i, i + 200));
  await db(t('analytics', ANALYTICS.dayBuilds)).insert(
    DAYS.map((d) => ({
      local_date: d,
      status: d === FAILED_DAY ? 'failed' : 'published',
      failed_tests: d === FAILED_DAY ? 'store_daily_sum_of_hours' : null,
      stores: STORES.length,
      hours: 11 * STORES.length,
      built_at: builtAt,
    })),
  );
  await db(t('analytics', ANALYTICS.dataTestResults)).insert([
    {
      local_date: FAILED_DAY,
      test_name: 'store_daily_sum_of_hours',
      model: 'store_daily',
      status: 'fail',
      failing_rows: 2,
      built_at: builtAt,
    },
    {
      local_date: FAILED_DAY,
      test_name: 'store_daily_unique_key',
      model: 'store_daily',
      status: 'pass',
      failing_rows: 0,
      built_at: builtAt,
    },
  ]);
}

/** The expected KPIs, from the seed alone. */
function expectedKpis(rows: StoreHour[]) {
  const visitors = rows.reduce((n, r) => n + r.visitors, 0);
  const measured = rows.reduce((n, r) => n + r.measured, 0);
  const transactions = rows.reduce((n, r) => n + r.transactions, 0);
  const revenue = rows.reduce((n, r) => n + r.revenue, 0);
  return {
    visitors,
    estimated: 1 - measured / visitors,
    transactions,
    revenue,
    conversion: transactions / visitors,
    basket: revenue / transactions,
  };
}

function view(page: StorePage) {
  if (page.kind !== 'view') throw new Error(`expected a view, got ${page.kind}`);
  return page.view;
}

describe.each(testDatabases())('dashboard load functions on $name', ({ url }) => {
  let db: Knex;
  beforeAll(async () => {
    db = await freshWarehouse(url);
    await seedWarehouse(db);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
  });

  it('store view: every KPI of a date and hour range equals the seed summed over it', async () => {
    const from = '2026-11-03';
    const to = '2026-11-16';
    const v = view(await readStorePage(db, 2, new URLSearchParams({ from, to, hf: '10', ht: '14' })));
    const rows = storeHours.filter(
      (h) => h.store === 2 && h.date >= from && h.date <= to && h.hour >= 10 && h.hour <= 14,
    );
    const e = expectedKpis(rows);
    expect(v.kpis.visitors).toBe(e.visitors);
    expect(v.kpis.transactions).toBe(e.transactions);
    expect(v.kpis.revenue).toBeCloseTo(e.revenue, 2);
    expect(v.kpis.conversionRate).toBeCloseTo(e.conversion, 12);
    expect(v.kpis.avgBasket).toBeCloseTo(e.basket, 9);
    expect(v.kpis.salesPerVisitor).toBeCloseTo(e.revenue / e.visitors, 9);
    expect(v.estimatedShare).toBeGreaterThan(0);
    expect(v.estimatedShare).toBeCloseTo(e.estimated, 12);
    expect(v.activeSensors).toBe(3);
    // The range holds the day whose data tests failed: the view names it and the failed test.
    expect(v.failedDays).toEqual([
      {
        date: FAILED_DAY,
        tests: [{ name: 'store_daily_sum_of_hours', model: 'store_daily', failingRows: 2 }],
        workflowId: null,
        runId: null,
        underWay: false,
      },
    ]);
    expect(v.grain).toBe('day');

    // Per day, per hour of day and per weekday x hour, each against the seed.
    expect(v.days.map((d) => d.date)).toEqual(datesInRange(from, to));
    for (const d of v.days) {
      const day = rows.filter((r) => r.date === d.date);
      expect(d.visitors).toBe(expectedKpis(day).visitors);
      expect(d.visitorsMeasured).toBe(day.reduce((n, r) => n + r.measured, 0));
    }
    expect(v.hoursOfDay.map((h) => h.localHour)).toEqual([10, 11, 12, 13, 14]);
    for (const h of v.hoursOfDay) {
      expect(h.conversionRate).toBeCloseTo(
        expectedKpis(rows.filter((r) => r.hour === h.localHour)).conversion,
        12,
      );
    }
    for (const c of v.heat) {
      const cell = rows.filter((r) => r.hour === c.localHour && isoWeekday(r.date) === c.weekday);
      expect(c.visitors).toBeCloseTo(expectedKpis(cell).visitors / new Set(cell.map((r) => r.date)).size, 9);
    }
    expect(v.heat).toHaveLength(7 * 5);
  });

  it('store view: every hour of the range reads store_daily and matches the seed too', async () => {
    const v = view(await readStorePage(db, 3, new URLSearchParams({ from: '2026-11-01', to: LAST })));
    const e = expectedKpis(
      storeHours.filter((h) => h.store === 3 && h.date >= '2026-11-01' && h.date <= LAST),
    );
    expect(v.kpis.visitors).toBe(e.visitors);
    expect(v.kpis.revenue).toBeCloseTo(e.revenue, 2);
    expect(v.kpis.conversionRate).toBeCloseTo(e.conversion, 12);
    expect(v.estimatedShare).toBeCloseTo(e.estimated, 12);
    expect(v.failedDays.map((d) => d.date)).toEqual([FAILED_DAY]);
  });

  it('store view: over weeks the sensor chart is daily, from sensor_daily, estimated parts kept', async () => {
    const v = view(await readStorePage(db, 3, new URLSearchParams({ from: '2026-11-01', to: LAST })));
    expect(v.grain).toBe('day');
    const seeded = sensorHours.filter((h) => h.store === 3 && h.date >= '2026-11-01' && h.date <= LAST);
    expect(v.sensorPoints).toHaveLength(SENSORS.length * datesInRange('2026-11-01', LAST).length);
    for (const p of v.sensorPoints) {
      const day = seeded.filter((h) => h.sensor === p.sensorId && h.date === p.key);
      expect(p.visitors).toBe(day.reduce((n, h) => n + h.visitors, 0));
      expect(p.measured).toBe(day.reduce((n, h) => n + (h.status === 'measured' ? h.visitors : 0), 0));
      expect(p.estimatedHours).toBe(day.filter((h) => h.status !== 'measured').length);
    }
    expect(v.hours).toEqual([]);
  });

  it('store view: the sensor filter charts only those sensors, summed per hour on short ranges', async () => {
    const params = new URLSearchParams({ from: '2026-11-20', to: '2026-11-21', hf: '9', ht: '19' });
    params.append('sensor', '3');
    params.append('sensor', '1');
    const v = view(await readStorePage(db, 2, params));
    expect(v.grain).toBe('hour');
    expect([...new Set(v.sensorPoints.map((p) => p.sensorId))]).toEqual([1, 3]);
    expect(v.sensors).toEqual([1, 2, 3]);
    for (const p of v.sensorPoints) {
      const seedRow = sensorHours.find(
        (s) => s.store === 2 && s.sensor === p.sensorId && s.hourUtc === p.key,
      )!;
      expect(p.visitors).toBe(seedRow.visitors);
      // An imputed hour is marked as estimated, never passed off as measured.
      expect(p.estimatedHours).toBe(seedRow.status === 'imputed' ? 1 : 0);
      expect(p.measured).toBe(seedRow.status === 'imputed' ? 0 : seedRow.visitors);
    }
    const hours = sensorHours.filter(
      (s) => s.store === 2 && [1, 3].includes(s.sensor) && s.date >= '2026-11-20' && s.date <= '2026-11-21',
    );
    expect(v.sensorPoints).toHaveLength(hours.length);
    expect(v.sensorPoints.some((p) => p.estimatedHours > 0)).toBe(true);
    expect(storeCsv(v, 'sensors').slice(1)).toEqual(
      v.sensorPoints.map((p) => [p.sensorId, p.key, p.visitors, p.measured, p.estimatedHours]),
    );
  });

  it("store view: a sensor subset counts its visitors; sales and conversion stay the store's", async () => {
    const from = '2026-11-03';
    const to = '2026-11-16';
    const params = new URLSearchParams({ from, to, hf: '10', ht: '14' });
    params.append('sensor', '3');
    params.append('sensor', '1');
    const v = view(await readStorePage(db, 2, params));
    const inRange = (h: { store: number; date: string; hour: number }) =>
      h.store === 2 && h.date >= from && h.date <= to && h.hour >= 10 && h.hour <= 14;
    const chosen = sensorHours.filter((h) => inRange(h) && [1, 3].includes(h.sensor));
    const visitors = chosen.reduce((n, h) => n + h.visitors, 0);
    const measured = chosen.reduce((n, h) => n + (h.status === 'measured' ? h.visitors : 0), 0);
    const store = expectedKpis(storeHours.filter(inRange));
    expect(v.subset).toEqual([1, 3]);
    expect(v.visitors).toBe(visitors);
    expect(visitors).toBeLessThan(store.visitors);
    // Sensor 3 of store 2 has imputed hours: the subset's estimated share says so.
    expect(v.estimatedShare).toBeGreaterThan(0);
    expect(v.estimatedShare).toBeCloseTo(1 - measured / visitors, 12);
    expect(v.activeSensors).toBe(2);
    // The same sums straight from the warehouse, in SQL written here.
    const sql = (await db.raw(
      `select sum(visitors) as v, sum(case when status = 'measured' then visitors else 0 end) as m
         from ${tableRef(db, 'analytics', ANALYTICS.sensorHourly).qualified}
        where store_id = ? and sensor_id in (?, ?) and local_date between ? and ? and local_hour between ? and ?`,
      [2, 1, 3, from, to, 10, 14],
    )) as unknown;
    const row = (Array.isArray(sql) ? sql[0] : (sql as { rows: Record<string, unknown>[] }).rows[0]) as {
      v: unknown;
      m: unknown;
    };
    expect([Number(row.v), Number(row.m)]).toEqual([visitors, measured]);
    // Sales belong to no door: transactions, revenue, basket are the store's, and conversion
    // and sales per visitor are over the store's visitors, whatever sensors are chosen.
    expect(v.kpis.visitors).toBe(store.visitors);
    expect(v.kpis.transactions).toBe(store.transactions);
    expect(v.kpis.revenue).toBeCloseTo(store.revenue, 2);
    expect(v.kpis.conversionRate).toBeCloseTo(store.conversion, 12);
    expect(v.kpis.avgBasket).toBeCloseTo(store.basket, 9);
    expect(v.kpis.salesPerVisitor).toBeCloseTo(store.revenue / store.visitors, 9);
    for (const d of v.days) {
      expect(d.conversionRate).toBeCloseTo(
        expectedKpis(storeHours.filter((h) => inRange(h) && h.date === d.date)).conversion,
        12,
      );
    }
    // The heatmap's footfall is the sensors' mean day, its conversion the store's.
    expect(v.heat).toHaveLength(7 * 5);
    for (const c of v.heat) {
      const at = <T extends { date: string; hour: number }>(rows: T[]) =>
        rows.filter((r) => r.hour === c.localHour && isoWeekday(r.date) === c.weekday);
      const cell = at(chosen);
      const days = new Set(cell.map((r) => r.date)).size;
      expect(c.days).toBe(days);
      expect(c.visitors).toBeCloseTo(cell.reduce((n, r) => n + r.visitors, 0) / days, 9);
      expect(c.conversionRate).toBeCloseTo(expectedKpis(at(storeHours.filter(inRange))).conversion, 12);
    }
    expect(storeCsv(v, 'heatmap').slice(1)).toEqual(
      v.heat.map((c) => [c.weekday, c.localHour, c.days, c.visitors, c.estimatedShare, c.conversionRate]),
    );

    // Every sensor ticked is the whole store again.
    const all = new URLSearchParams({ from, to, hf: '10', ht: '14' });
    for (const s of SENSORS) all.append('sensor', String(s));
    const whole = view(await readStorePage(db, 2, all));
    expect(whole.subset).toBeNull();
    expect(whole.visitors).toBe(store.visitors);
    expect(whole.estimatedShare).toBeCloseTo(store.estimated, 12);
  });

  it('store view: a subset heatmap over every hour equals the seed, hours with no visitors included', async () => {
    // Sensor 1 of store 2 counted nobody at 13:00 and had its 12:00 excluded (no estimate):
    // rows the subset's sums skip, which must change nothing. Rolled back after the test.
    const tx = await db.transaction();
    try {
      const sensorHourly = tableRef(tx, 'analytics', ANALYTICS.sensorHourly).qualified;
      await tx(sensorHourly)
        .where({ store_id: 2, sensor_id: 1, local_hour: 13 })
        .update({ reading: 0, visitors: 0, status: 'measured', reason: 'none' });
      await tx(sensorHourly)
        .where({ store_id: 2, sensor_id: 1, local_hour: 12 })
        .update({ reading: null, visitors: null, status: 'excluded', reason: 'missing' });
      const chosen = sensorHours
        .filter((h) => h.store === 2 && [1, 3].includes(h.sensor))
        .map((h) => {
          const none = h.sensor === 1 && (h.hour === 12 || h.hour === 13);
          return { ...h, visitors: none ? 0 : h.visitors, status: none ? 'measured' : h.status };
        });
      const params = new URLSearchParams({ from: DAYS[0]!, to: LAST });
      params.append('sensor', '1');
      params.append('sensor', '3');
      const v = view(await readStorePage(tx, 2, params));
      expect(v.heat).toHaveLength(7 * 11);
      for (const c of v.heat) {
        const at = <T extends { date: string; hour: number }>(rows: T[]) =>
          rows.filter((r) => r.hour === c.localHour && isoWeekday(r.date) === c.weekday);
        const cell = at(chosen);
        const visitors = cell.reduce((n, r) => n + r.visitors, 0);
        const measured = cell.reduce((n, r) => n + (r.status === 'measured' ? r.visitors : 0), 0);
        const days = new Set(at(storeHours.filter((h) => h.store === 2)).map((r) => r.date)).size;
        expect(c.days).toBe(days);
        expect(c.visitors).toBeCloseTo(visitors / days, 9);
        expect(c.estimatedShare).toBeCloseTo(1 - measured / visitors, 12);
      }
      // Sensor 3 of store 2 has imputed hours, so some cells have an estimated part.
      expect(v.heat.some((c) => (c.estimatedShare ?? 0) > 0)).toBe(true);
    } finally {
      await tx.rollback();
    }
  });

  it('store view: a one-day sensor subset sums its sensors over every hour of the day', async () => {
    const params = new URLSearchParams({ from: LAST, to: LAST, sensor: '2' });
    const v = view(await readStorePage(db, 3, params));
    const chosen = sensorHours.filter((h) => h.store === 3 && h.date === LAST && h.sensor === 2);
    expect(v.grain).toBe('hour');
    expect(v.subset).toEqual([2]);
    expect(v.visitors).toBe(chosen.reduce((n, h) => n + h.visitors, 0));
    expect(v.estimatedShare).toBe(0);
    expect(v.activeSensors).toBe(1);
    const store = expectedKpis(storeHours.filter((h) => h.store === 3 && h.date === LAST));
    expect(v.kpis.conversionRate).toBeCloseTo(store.conversion, 12);
    // The day's charts set visitors against sales: they stay the store's.
    expect(v.oneDay?.day?.visitors).toBe(store.visitors);
  });

  it('store view: a bare URL is the latest complete day; absurd filters are messages, not queries', async () => {
    const v = view(await readStorePage(db, 1, new URLSearchParams()));
    expect([v.filters.from, v.filters.to]).toEqual([LAST, LAST]);
    expect(v.oneDay?.contextDays).toHaveLength(14);
    const bad = await readStorePage(db, 1, new URLSearchParams({ from: '1990-01-01', to: LAST }));
    expect(bad.kind).toBe('invalid');
  });

  it('store view: an unknown store is no store (the page answers 404); a known one keeps its empty view', async () => {
    expect((await readStorePage(db, 99, new URLSearchParams())).kind).toBe('no-store');
    expect(await storeExists(db, 99)).toBe(false);
    expect(await storeExists(db, 1)).toBe(true);
    // A year before the seed: the store is there, the period has no rows.
    const before = addDays(YEAR_AGO[0]!, -7);
    const empty = view(await readStorePage(db, 1, new URLSearchParams({ from: before, to: before })));
    expect(empty.days).toEqual([]);
    expect(empty.visitors).toBe(0);
  });

  it('chain overview: the tiles, their comparisons and the ranking equal the seed', async () => {
    const page = await readChainPage(
      db,
      new URLSearchParams({ from: '2026-11-16', to: LAST, sort: 'revenue', dir: 'asc' }),
    );
    if (page.kind !== 'view') throw new Error(page.kind);
    const sum = (from: string, to: string, stores = STORES) =>
      expectedKpis(storeHours.filter((h) => stores.includes(h.store) && h.date >= from && h.date <= to));
    const now = sum('2026-11-16', LAST);
    expect(page.comparison.now.visitors).toBe(now.visitors);
    expect(page.comparison.now.revenue).toBeCloseTo(now.revenue, 2);
    expect(page.comparison.previous?.visitors).toBe(sum('2026-11-09', '2026-11-15').visitors);
    // A year earlier only store 1 has data.
    expect(page.comparison.lastYear?.visitors).toBe(
      sum(addDays('2026-11-16', -364), addDays(LAST, -364), [1]).visitors,
    );
    const revenues = page.ranking.map((s) => s.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => a - b));
    for (const s of page.ranking) {
      const mine = sum('2026-11-16', LAST, [s.storeId]);
      expect(s.visitors).toBe(mine.visitors);
      expect(s.visitorsChange).toBeCloseTo(
        mine.visitors / sum('2026-11-09', '2026-11-15', [s.storeId]).visitors - 1,
        12,
      );
      expect(page.trends[s.storeId]).toHaveLength(7);
    }
  });

  it('chain overview: beyond a month, each trend point is the mean day of a week', async () => {
    const from = addDays(LAST, -40);
    const page = await readChainPage(db, new URLSearchParams({ from, to: LAST }));
    if (page.kind !== 'view') throw new Error(page.kind);
    for (const store of STORES) {
      // Days grouped by their week's Monday, computed here without dim_date.
      const weeks = new Map<string, number[]>();
      for (const d of datesInRange(from, LAST)) {
        const day = storeHours.filter((h) => h.store === store && h.date === d);
        if (day.length === 0) continue;
        const monday = addDays(d, 1 - isoWeekday(d));
        weeks.set(monday, [...(weeks.get(monday) ?? []), day.reduce((n, h) => n + h.visitors, 0)]);
      }
      const expected = [...weeks.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
      const trend = page.trends[store]!.map((p) => p.visitors);
      expect(trend).toHaveLength(expected.length);
      trend.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
    }
  });

  it('data quality: shares of received, missing, outlier and imputed hours per sensor, worst first', async () => {
    const q = await sensorQuality(db, DAYS[0]!, LAST);
    expect(q).toHaveLength(STORES.length * SENSORS.length);
    expect([q[0]!.storeId, q[0]!.sensorId]).toEqual([2, 3]);
    expect([q[1]!.storeId, q[1]!.sensorId]).toEqual([3, 1]);
    for (const s of q) {
      const rows = sensorHours.filter(
        (r) => r.store === s.storeId && r.sensor === s.sensorId && r.date >= DAYS[0]!,
      );
      expect(s.hours).toBe(rows.length);
      expect(s.openHours).toBe(rows.length);
      expect(s.received).toBe(rows.filter((r) => r.reading !== null).length);
      expect(s.missing).toBe(rows.filter((r) => r.reading === null).length);
      expect(s.outliers).toBe(rows.filter((r) => r.reason === 'spike').length);
      expect(s.imputed).toBe(rows.filter((r) => r.status === 'imputed').length);
      expect(s.dead).toBe(0);
    }
  });

  it('data quality: the days whose data tests failed, with the failing tests only', async () => {
    expect(await failedDays(db, DAYS[0]!, LAST, NOW)).toEqual([
      {
        date: FAILED_DAY,
        tests: [{ name: 'store_daily_sum_of_hours', model: 'store_daily', failingRows: 2 }],
        workflowId: null,
        runId: null,
        underWay: false,
      },
    ]);
    expect(await failedDays(db, addDays(FAILED_DAY, 1), LAST, NOW)).toEqual([]);
  });

  it('pipeline: the latest failed days of any date, newest first, each with its run', async () => {
    const older = addDays(DAYS[0]!, -3);
    await db(tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified).insert({
      local_date: older,
      status: 'failed',
      failed_tests: 'store_hourly_sum_of_sensors',
      stores: STORES.length,
      hours: 11 * STORES.length,
      built_at: '2026-11-23T03:00:00.000Z',
      workflow_id: `backfill-days-${older}`,
      run_id: 'run-7',
    });
    const latest = await latestFailedDays(db, NOW);
    expect(latest.map((d) => [d.date, d.workflowId, d.runId])).toEqual([
      [FAILED_DAY, null, null],
      [older, `backfill-days-${older}`, 'run-7'],
    ]);
    // A build whose test results are gone is still listed, with no test named.
    expect(latest[1]!.tests).toEqual([]);
    expect((await latestFailedDays(db, NOW, 1)).map((d) => d.date)).toEqual([FAILED_DAY]);
  });

  it('failed days: a build of a day under way lacks hours until its nightly run, then it has failed', async () => {
    const today = addDays(LAST, 5);
    const builtAt = `${today}T09:30:00.000Z`;
    await db(tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified).insert({
      local_date: today,
      status: 'failed',
      failed_tests: 'expected_hours_present',
      stores: STORES.length,
      hours: 5 * STORES.length,
      built_at: builtAt,
    });
    await db(tableRef(db, 'analytics', ANALYTICS.dataTestResults).qualified).insert({
      local_date: today,
      test_name: 'expected_hours_present',
      model: 'store_daily',
      status: 'fail',
      failing_rows: STORES.length,
      built_at: builtAt,
    });
    const underWayAt = async (iso: string) =>
      (await failedDays(db, today, today, Date.parse(iso))).map((d) => d.underWay);
    try {
      // Paris: the day ends at 23:00 UTC, its nightly run is at 02:00 UTC and has an hour more.
      expect(await underWayAt(`${today}T15:00:00Z`)).toEqual([true]);
      expect(await underWayAt(`${addDays(today, 1)}T03:30:00Z`)).toEqual([true]);
      expect(await underWayAt(`${addDays(today, 1)}T04:00:00Z`)).toEqual([false]);
    } finally {
      for (const table of [ANALYTICS.dayBuilds, ANALYTICS.dataTestResults])
        await db(tableRef(db, 'analytics', table).qualified)
          .where('local_date', today)
          .delete();
    }
  });

  // Last: it adds stores the other tests do not expect.
  it('chain overview: a large chain lists the first stores in the chosen order, all on demand', async () => {
    const extra = Array.from({ length: 60 }, (_, i) => 100 + i);
    await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).insert(
      extra.map((store) => ({
        store_id: store,
        local_date: LAST,
        visitors: 100_000 + store,
        visitors_measured: 100_000 + store,
        imputed_share: 0,
        transactions: 100,
        revenue: 1000,
        conversion_rate: 100 / (100_000 + store),
        avg_basket: 10,
        sales_per_visitor: 1000 / (100_000 + store),
        hours_loaded: 11,
        hours_expected: 11,
        readings: 33,
        readings_missing: 0,
        built_at: '2026-11-23T03:00:00.000Z',
      })),
    );
    const params = { from: LAST, to: LAST, sort: 'visitors', dir: 'desc' };
    const page = await readChainPage(db, new URLSearchParams(params));
    if (page.kind !== 'view') throw new Error(page.kind);
    expect(page.rankingTotal).toBe(63);
    expect(page.ranking.map((s) => s.storeId)).toEqual([...extra].reverse().slice(0, RANKING_SHOWN));
    expect(
      Object.keys(page.trends)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(page.ranking.map((s) => s.storeId).sort((a, b) => a - b));
    const all = await readChainPage(db, new URLSearchParams({ ...params, all: '1' }));
    if (all.kind !== 'view') throw new Error(all.kind);
    expect(all.ranking).toHaveLength(63);
    expect(Object.keys(all.trends)).toHaveLength(63);
  });
});
