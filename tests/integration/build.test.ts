/**
 * The day build of issue 8 through the real workflows (simulator API -> Temporal -> Azurite ->
 * raw -> analytics) on SQLite and PostgreSQL: the cleaned grains, reproducible rebuilds,
 * DST and holiday days, faults planted in raw before a build, a day that must fail its data
 * tests, and the chain across three time zones. Estimates are held against the simulator's
 * ground truth, which the pipeline itself never reads.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeBuildDayModels } from '../../activities/build-day-models.ts';
import { REFERENCE_CHAIN, WORLD_CHAIN, groundTruth, type Chain } from '../../api/model/index.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoHour } from '../../lib/db/values.ts';
import { utcHoursOfLocalDay } from '../../lib/time.ts';
import { backfillDays, buildDay } from '../../workflows/index.ts';
import { buildDayId } from '../../workflows/ids.ts';
import { dayChecksum } from '../support/checksum.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack, type Stack } from '../support/stack.ts';

type Row = Record<string, unknown>;

/** True footfall per store over its local day. */
function truthOfDay(chain: Chain, date: string): Map<number, number> {
  const byHour = new Map<string, Map<number, number>>();
  const out = new Map<number, number>();
  for (const store of chain.stores) {
    let total = 0;
    for (const hour of utcHoursOfLocalDay(date, store.timezone)) {
      let stores = byHour.get(hour);
      if (!stores) {
        stores = new Map(groundTruth(hour, { chain }).transactions.map((t) => [t.store_id, t.footfall]));
        byHour.set(hour, stores);
      }
      total += stores.get(store.store_id)!;
    }
    out.set(store.store_id, total);
  }
  return out;
}

function helpers(stack: () => Stack) {
  const table = (name: string) => tableRef(stack().db, 'analytics', name).qualified;
  return {
    table,
    rawTable: (name: 'visitors' | 'transactions') => tableRef(stack().db, 'raw', RAW[name]).qualified,
    /** Ingests every hour of the dates and builds them, in date order. */
    backfill: (fromDate: string, toDate = fromDate) =>
      stack().client.workflow.execute(backfillDays, {
        workflowId: `backfill-${fromDate}-${toDate}-${randomUUID()}`,
        taskQueue: stack().taskQueue,
        args: [{ fromDate, toDate, concurrency: 6 }],
      }),
    build: (date: string) =>
      stack().client.workflow.execute(buildDay, {
        workflowId: buildDayId(date),
        taskQueue: stack().taskQueue,
        args: [{ date }],
      }),
    rows: (name: string, date: string) => stack().db(table(name)).where('local_date', date) as Promise<Row[]>,
    dayBuild: async (date: string) =>
      (await stack().db(table(ANALYTICS.dayBuilds)).where('local_date', date).first()) as Row | undefined,
  };
}

function expectNearTruth(daily: Row[], truth: Map<number, number>, tolerance: number): void {
  for (const d of daily) {
    const t = truth.get(Number(d.store_id))!;
    const v = Number(d.visitors);
    if (t === 0) expect(v, `store ${String(d.store_id)}`).toBe(0);
    else expect(Math.abs(v / t - 1), `store ${String(d.store_id)}: ${v} for ${t}`).toBeLessThan(tolerance);
  }
}

const SENSORS = REFERENCE_CHAIN.stores.reduce((n, s) => n + s.sensors.length, 0);

describe.each(testDatabases())('day build on $name', ({ url }) => {
  const stack = useStack(url);
  const h = helpers(stack);

  it('builds a day end to end: a row per sensor-hour, statuses, quality, dimensions, near the truth; rebuilds are identical', async () => {
    const DAY = '2026-11-10';
    await h.backfill('2026-11-09', DAY);
    expect(await h.dayBuild(DAY)).toMatchObject({
      status: 'published',
      failed_tests: null,
      stores: 10,
      hours: 240,
    });

    const sensorRows = await h.rows(ANALYTICS.sensorHourly, DAY);
    expect(sensorRows).toHaveLength(SENSORS * 24);
    const statuses = new Set(sensorRows.map((r) => r.status));
    expect(statuses).toContain('measured');
    expect(statuses).toContain('imputed');
    // Every estimate says how it was obtained; a measured one is the reading itself.
    for (const r of sensorRows.filter((x) => x.status === 'measured'))
      expect(Number(r.visitors)).toBe(Number(r.reading));

    // Timestamps compare as instants in SQL on every dialect (decision 0021): Date bounds,
    // bound as toIsoHour text, select exactly the sensor-hours between them.
    const [from, to] = [new Date(Date.UTC(2026, 10, 10, 6)), new Date(Date.UTC(2026, 10, 10, 11))];
    const inWindow = (await stack()
      .db(h.table(ANALYTICS.sensorHourly))
      .whereBetween('hour_utc', [toIsoHour(from), toIsoHour(to)])
      .pluck('hour_utc')) as unknown[];
    expect(inWindow).toHaveLength(SENSORS * 6);
    const ms = (v: unknown) => Date.parse(toIsoHour(v));
    expect(inWindow.every((v) => ms(v) >= from.getTime() && ms(v) <= to.getTime())).toBe(true);

    const daily = await h.rows(ANALYTICS.storeDaily, DAY);
    expect(daily).toHaveLength(10);
    expectNearTruth(daily, truthOfDay(REFERENCE_CHAIN, DAY), 0.03);
    for (const d of daily) {
      expect(Number(d.imputed_share)).toBeGreaterThanOrEqual(0);
      expect(Number(d.imputed_share)).toBeLessThan(0.2);
    }
    expect(await h.rows(ANALYTICS.dataQualityDaily, DAY)).toHaveLength(SENSORS);
    expect(await h.rows(ANALYTICS.sensorDailyBaseline, DAY)).toHaveLength(SENSORS);
    expect((await h.rows(ANALYTICS.storeHourProfile, DAY)).length).toBeGreaterThan(10 * 10);
    expect(await h.rows(ANALYTICS.dimDate, DAY)).toMatchObject([{ weekday: 2, iso_week: 46, month: 11 }]);
    const calendar = await h.rows(ANALYTICS.dimStoreDate, DAY);
    expect(calendar).toHaveLength(10);
    expect(calendar.every((c) => c.opening === '09:00-20:00' && Number(c.open_hours) === 11)).toBe(true);
    const tests = await h.rows(ANALYTICS.dataTestResults, DAY);
    expect(tests.length).toBeGreaterThan(8);
    expect(tests.every((t) => t.status === 'pass')).toBe(true);

    const first = await dayChecksum(stack().db, DAY);
    expect(first.rows).toBeGreaterThan(SENSORS * 24);
    for (let i = 0; i < 3; i++) {
      expect(await h.build(DAY)).toMatchObject({ status: 'published', failedTests: [] });
      expect(await dayChecksum(stack().db, DAY)).toEqual(first);
    }
  });

  it('builds the same rows in batches of 3 stores as in one batch', async () => {
    const DAY = '2026-11-10';
    if (!(await h.dayBuild(DAY))) await h.backfill('2026-11-09', DAY);
    const whole = await dayChecksum(stack().db, DAY);
    // 4 batches, the last one short; the activity called directly with the worker's dependencies.
    const inBatches = makeBuildDayModels(
      { db: stack().db, lake: stack().lake, apiUrl: stack().apiUrl },
      { storesPerBatch: 3 },
    );
    expect(await inBatches({ date: DAY })).toMatchObject({ status: 'published', stores: 10, hours: 240 });
    expect(await dayChecksum(stack().db, DAY)).toEqual(whole);
  });

  it('finds a sensor dead all day and a store dark for an hour, planted in raw, and stays near the truth', async () => {
    const DAY = '2026-11-12';
    const DARK = '2026-11-12T14:00:00Z'; // 15:00 in Paris
    await h.backfill('2026-11-11', DAY);
    await stack()
      .db(h.rawTable('visitors'))
      .where({ local_date: DAY, store_id: 1, sensor_id: 1 })
      .update({ visitors: 0 });
    await stack()
      .db(h.rawTable('visitors'))
      .where({ hour_utc: DARK, store_id: 2 })
      .update({ visitors: null });
    expect(await h.build(DAY)).toMatchObject({ status: 'published' });

    const sensorRows = await h.rows(ANALYTICS.sensorHourly, DAY);
    const dead = sensorRows.filter(
      (r) => Number(r.store_id) === 1 && Number(r.sensor_id) === 1 && r.method !== 'closed',
    );
    expect(dead).toHaveLength(11);
    expect(dead.filter((r) => r.reason === 'dead' && r.status === 'imputed').length).toBeGreaterThanOrEqual(
      9,
    );
    const dark = sensorRows.filter((r) => Number(r.store_id) === 2 && toIsoHour(r.hour_utc) === DARK);
    expect(dark.length).toBe(REFERENCE_CHAIN.byId.get(2)!.sensors.length);
    for (const r of dark) {
      expect(r).toMatchObject({ reading: null, status: 'imputed' });
      expect(['outage', 'missing']).toContain(r.reason);
      expect(Number(r.visitors)).toBeGreaterThan(0);
    }
    const quality = await h.rows(ANALYTICS.dataQualityDaily, DAY);
    expect(
      Number(quality.find((q) => Number(q.store_id) === 1 && Number(q.sensor_id) === 1)!.dead),
    ).toBeGreaterThanOrEqual(9);

    const truth = truthOfDay(REFERENCE_CHAIN, DAY);
    const daily = (await h.rows(ANALYTICS.storeDaily, DAY)).filter((d) =>
      [1, 2].includes(Number(d.store_id)),
    );
    expectNearTruth(daily, truth, 0.05);
    const hour = (await h.rows(ANALYTICS.storeHourly, DAY)).find(
      (r) => Number(r.store_id) === 2 && toIsoHour(r.hour_utc) === DARK,
    )!;
    const trueHour = groundTruth(DARK).transactions.find((t) => t.store_id === 2)!.footfall;
    expect(Math.abs(Number(hour.visitors) / trueHour - 1)).toBeLessThan(0.25);
    expect(Number(hour.visitors_measured)).toBe(0);
    expect(Number(hour.imputed_share)).toBe(1);
  });

  it('closes the stores on a public holiday', async () => {
    const DAY = '2026-11-11'; // Armistice, a Wednesday
    if (!(await h.dayBuild(DAY))) await h.backfill(DAY);
    expect(await h.dayBuild(DAY)).toMatchObject({ status: 'published' });
    const calendar = await h.rows(ANALYTICS.dimStoreDate, DAY);
    expect(calendar).toHaveLength(10);
    for (const c of calendar) {
      expect(c).toMatchObject({ opening: null, holiday_name: expect.stringContaining('Armistice') });
      expect(Boolean(c.is_public_holiday)).toBe(true);
      expect(Boolean(c.is_open)).toBe(false);
    }
    const sensorRows = await h.rows(ANALYTICS.sensorHourly, DAY);
    expect(sensorRows).toHaveLength(SENSORS * 24);
    expect(sensorRows.every((r) => r.method === 'closed' && Number(r.visitors) === 0)).toBe(true);
    expect((await h.rows(ANALYTICS.storeDaily, DAY)).every((d) => Number(d.visitors) === 0)).toBe(true);
    expect(
      (await h.rows(ANALYTICS.dataQualityDaily, DAY)).every((q) => Number(q.expected_open_hours) === 0),
    ).toBe(true);
  });

  it.each([
    ['2026-03-29', 23],
    ['2026-10-25', 25],
  ])('builds the DST day %s with %i hours', async (day, hours) => {
    await h.backfill(day);
    expect(await h.dayBuild(day)).toMatchObject({ status: 'published', hours: 10 * hours });
    expect(await h.rows(ANALYTICS.sensorHourly, day)).toHaveLength(SENSORS * hours);
    const daily = await h.rows(ANALYTICS.storeDaily, day);
    expect(daily.map((d) => Number(d.hours_expected))).toEqual(Array(10).fill(hours));
    expect(daily.map((d) => Number(d.hours_loaded))).toEqual(Array(10).fill(hours));
  });

  it('records a day with an hour never ingested as failed, naming the test', async () => {
    const DAY = '2026-11-13';
    const LOST = '2026-11-13T10:00:00Z';
    await h.backfill(DAY);
    expect(await h.dayBuild(DAY)).toMatchObject({ status: 'published' });
    await stack().db(h.rawTable('visitors')).where('hour_utc', LOST).delete();
    await stack().db(h.rawTable('transactions')).where('hour_utc', LOST).delete();

    const result = await h.build(DAY);
    expect(result).toMatchObject({ status: 'failed', failedTests: ['expected_hours_present'] });
    expect(await h.dayBuild(DAY)).toMatchObject({ status: 'failed', failed_tests: 'expected_hours_present' });
    const tests = await h.rows(ANALYTICS.dataTestResults, DAY);
    expect(tests.find((t) => t.test_name === 'expected_hours_present')).toMatchObject({
      status: 'fail',
      failing_rows: 10,
    });
    expect(await h.rows(ANALYTICS.sensorHourly, DAY)).toHaveLength(SENSORS * 23);
  });
});

describe.each(testDatabases())('day build of the world chain on $name', ({ url }) => {
  const stack = useStack(url, { chain: WORLD_CHAIN });
  const h = helpers(stack);
  const sensors = (id: number) => WORLD_CHAIN.byId.get(id)!.sensors.length;

  it("builds one day in each zone, New York's 25-hour day with its 24-hour store included", async () => {
    await h.backfill('2026-10-31', '2026-11-01');
    for (const day of ['2026-10-31', '2026-11-01']) {
      expect(await h.dayBuild(day)).toMatchObject({ status: 'published', stores: WORLD_CHAIN.stores.length });
    }
    const daily = await h.rows(ANALYTICS.storeDaily, '2026-11-01');
    const expectedHours = (id: number) =>
      utcHoursOfLocalDay('2026-11-01', WORLD_CHAIN.byId.get(id)!.timezone).length;
    for (const d of daily) expect(Number(d.hours_expected)).toBe(expectedHours(Number(d.store_id)));
    expect(daily.find((d) => Number(d.store_id) === 105)!.hours_expected).toBe(25);
    const sensorRows = await h.rows(ANALYTICS.sensorHourly, '2026-11-01');
    expect(sensorRows).toHaveLength(
      WORLD_CHAIN.stores.reduce((n, s) => n + sensors(s.store_id) * expectedHours(s.store_id), 0),
    );
    // The 24-hour store counts people in both of New York's 01:00 hours.
    const repeated = (await h.rows(ANALYTICS.storeHourly, '2026-11-01')).filter(
      (r) => Number(r.store_id) === 105 && Number(r.local_hour) === 1,
    );
    expect(repeated).toHaveLength(2);
    // A Saturday: every store open, on its first day (no history yet) within 5 % of the truth.
    expectNearTruth(
      await h.rows(ANALYTICS.storeDaily, '2026-10-31'),
      truthOfDay(WORLD_CHAIN, '2026-10-31'),
      0.05,
    );
    expectNearTruth(
      daily.filter((d) => [104, 105, 106, 107, 108].includes(Number(d.store_id))),
      truthOfDay(WORLD_CHAIN, '2026-11-01'),
      0.05,
    );
  });
});
