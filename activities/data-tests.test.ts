import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../lib/db/connect.ts';
import { migrateLatest } from '../migrations/index.ts';
import { DATA_TESTS, runDataTests, tables } from './data-tests.ts';

const D = '2026-11-24';
const H1 = '2026-11-24T12:00:00Z';
const H2 = '2026-11-24T13:00:00Z';
const STAMP = { built_at: '2026-11-25T03:00:00.000Z' };

let db: Knex;
beforeEach(async () => {
  db = connect('sqlite::memory:');
  await migrateLatest(db);
});
afterEach(() => db.destroy());

const sensor = (sensor_id: number, hour_utc: string, visitors: number | null, status = 'measured') => ({
  store_id: 1,
  sensor_id,
  hour_utc,
  local_date: D,
  local_hour: Number(hour_utc.slice(11, 13)) + 1,
  reading: visitors,
  visitors,
  status,
  reason: status === 'measured' ? 'none' : 'missing',
  method: status === 'measured' ? 'measured' : 'share_of_store',
  ...STAMP,
});
const hour = (hour_utc: string, visitors: number, measured: number) => ({
  store_id: 1,
  hour_utc,
  local_date: D,
  local_hour: Number(hour_utc.slice(11, 13)) + 1,
  visitors,
  visitors_measured: measured,
  imputed_share: visitors > 0 ? 1 - measured / visitors : 0,
  transactions: 5,
  revenue: 100.1,
  conversion_rate: 5 / visitors,
  readings: 2,
  readings_missing: 0,
  ...STAMP,
});

/** A consistent day of one store with two sensors and two hours (its whole local day here). */
async function consistentDay(): Promise<void> {
  const t = tables(db);
  await db(t.sensorHourly).insert([
    sensor(1, H1, 10),
    sensor(2, H1, 20),
    sensor(1, H2, 30),
    sensor(2, H2, 12, 'imputed'),
  ]);
  await db(t.storeHourly).insert([hour(H1, 30, 30), hour(H2, 42, 30)]);
  await db(t.storeDaily).insert({
    store_id: 1,
    local_date: D,
    visitors: 72,
    visitors_measured: 60,
    imputed_share: 1 - 60 / 72,
    transactions: 10,
    revenue: 200.2,
    conversion_rate: 10 / 72,
    avg_basket: 20.02,
    sales_per_visitor: 200.2 / 72,
    hours_loaded: 2,
    hours_expected: 2,
    readings: 4,
    readings_missing: 0,
    ...STAMP,
  });
  await db(t.dimStoreDate).insert({
    store_id: 1,
    local_date: D,
    is_public_holiday: false,
    holiday_name: null,
    is_open: true,
    opening: '09:00-20:00',
    open_hours: 11,
  });
}

const failed = async () => (await runDataTests(db, D)).filter((r) => r.status === 'fail');

describe('data tests', () => {
  it('pass on a consistent day and name every test once', async () => {
    await consistentDay();
    const results = await runDataTests(db, D);
    expect(results.map((r) => r.test_name)).toEqual(DATA_TESTS.map((t) => t.name));
    expect(new Set(results.map((r) => r.test_name)).size).toBe(results.length);
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
  });

  it('fail when a store-hour is not the sum of its sensors', async () => {
    await consistentDay();
    await db(tables(db).sensorHourly).where({ sensor_id: 2, hour_utc: H1 }).update({ visitors: 21 });
    expect(await failed()).toEqual([
      { test_name: 'store_hourly_sum_of_sensors', model: 'store_hourly', status: 'fail', failing_rows: 1 },
    ]);
  });

  it('fail when the measured part does not add up either', async () => {
    await consistentDay();
    await db(tables(db).sensorHourly).where({ sensor_id: 2, hour_utc: H2 }).update({ status: 'measured' });
    expect((await failed()).map((r) => r.test_name)).toEqual(['store_hourly_sum_of_sensors']);
  });

  it('fail when a day is not the sum of its hours (visitors, measured part, money)', async () => {
    await consistentDay();
    await db(tables(db).storeDaily).update({ revenue: 200.25 });
    expect((await failed()).map((r) => r.test_name)).toEqual(['store_daily_sum_of_hours']);
  });

  it('fail on an estimate missing outside an exclusion, and on a null imputed share', async () => {
    await consistentDay();
    await db(tables(db).sensorHourly).where({ sensor_id: 1, hour_utc: H1 }).update({ visitors: null });
    await db(tables(db).storeHourly).where({ hour_utc: H2 }).update({ imputed_share: null });
    expect((await failed()).map((r) => r.test_name)).toEqual(
      expect.arrayContaining(['sensor_hourly_not_null', 'store_hourly_not_null']),
    );
  });

  it('fail on rates out of bounds', async () => {
    await consistentDay();
    await db(tables(db).storeHourly).where({ hour_utc: H1 }).update({ conversion_rate: 1.2 });
    await db(tables(db).storeDaily).update({ imputed_share: -0.1 });
    expect((await failed()).map((r) => r.test_name)).toEqual([
      'store_hourly_rates_in_bounds',
      'store_daily_rates_in_bounds',
    ]);
  });

  it('fail when an expected hour has no sensor rows, or a store of the calendar has no day', async () => {
    await consistentDay();
    await db(tables(db).sensorHourly).where({ hour_utc: H2 }).delete();
    await db(tables(db).storeHourly).where({ hour_utc: H2 }).delete();
    await db(tables(db).storeDaily).update({
      visitors: 30,
      visitors_measured: 30,
      imputed_share: 0,
      transactions: 5,
      revenue: 100.1,
    });
    expect(await failed()).toEqual([
      { test_name: 'expected_hours_present', model: 'store_daily', status: 'fail', failing_rows: 1 },
    ]);
    await db(tables(db).dimStoreDate).insert({ ...(await db(tables(db).dimStoreDate).first()), store_id: 2 });
    expect((await failed())[0]).toMatchObject({ test_name: 'expected_hours_present', failing_rows: 2 });
  });

  it('count duplicate keys', async () => {
    await consistentDay();
    // The tables' primary keys already refuse duplicates; the test reads the same for a copy without one.
    const test = DATA_TESTS.find((t) => t.name === 'store_hourly_unique_key')!;
    const copy = 'analytics_store_hourly_copy';
    await db.raw(`create table ${copy} as select * from ${tables(db).storeHourly}`);
    await db.raw(`insert into ${copy} select * from ${tables(db).storeHourly} where hour_utc = ?`, [H1]);
    const [row] = (await db
      .count({ n: '*' })
      .from(test.failing(db, { ...tables(db), storeHourly: copy }, D).as('f'))) as { n: unknown }[];
    expect(Number(row!.n)).toBe(1);
  });
});
