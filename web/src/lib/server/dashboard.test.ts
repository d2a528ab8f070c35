import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '#lib/db/connect.ts';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { migrateLatest } from '#migrations/index.ts';
import {
  latestCompleteDate,
  latestDate,
  listStores,
  storeDays,
  storeExists,
  storeHours,
} from './dashboard.ts';

function row(storeId: number, date: string, visitors: number, hoursLoaded = 11) {
  return {
    store_id: storeId,
    local_date: date,
    visitors,
    transactions: 10,
    revenue: 123.45,
    conversion_rate: visitors === 0 ? null : 10 / visitors,
    avg_basket: 12.345,
    sales_per_visitor: visitors === 0 ? null : 123.45 / visitors,
    hours_loaded: hoursLoaded,
    hours_expected: 11,
    readings: 88,
    readings_missing: 2,
    built_at: '2026-11-24T03:00:00.000Z',
  };
}

describe('dashboard queries', () => {
  let db: Knex;
  const daily = () => db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified);

  beforeEach(async () => {
    db = connect('sqlite::memory:');
    await migrateLatest(db);
    await daily().insert([row(4, '2026-11-20', 100), row(2, '2026-11-21', 0), row(2, '2026-11-23', 50, 9)]);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('falls back to the store ids of the daily rows while dim_store is empty', async () => {
    expect(await listStores(db)).toEqual([
      { storeId: 2, cityStore: null },
      { storeId: 4, cityStore: null },
    ]);
  });

  it('prefers the names in dim_store', async () => {
    await db(tableRef(db, 'analytics', ANALYTICS.dimStore).qualified).insert({
      store_id: 1,
      city_store: 'Paris',
      timezone: 'Europe/Paris',
      updated_at: '2026-11-24T03:00:00.000Z',
    });
    expect(await listStores(db)).toEqual([{ storeId: 1, cityStore: 'Paris' }]);
  });

  it('knows the stores listStores offers, with dim_store empty and filled', async () => {
    expect([await storeExists(db, 2), await storeExists(db, 4), await storeExists(db, 1)]).toEqual([
      true,
      true,
      false,
    ]);
    await db(tableRef(db, 'analytics', ANALYTICS.dimStore).qualified).insert({
      store_id: 1,
      city_store: 'Paris',
      timezone: 'Europe/Paris',
      updated_at: '2026-11-24T03:00:00.000Z',
    });
    expect([await storeExists(db, 1), await storeExists(db, 2)]).toEqual([true, false]);
  });

  it("finds a store's latest day, or null when it has none", async () => {
    expect(await latestDate(db, 2)).toBe('2026-11-23');
    expect(await latestDate(db, 9)).toBeNull();
  });

  it("finds a store's latest complete day, skipping a partial one, or null when it has none", async () => {
    expect(await latestCompleteDate(db, 2)).toBe('2026-11-21');
    expect(await latestCompleteDate(db, 4)).toBe('2026-11-20');
    await daily().insert(row(5, '2026-11-22', 10, 3));
    expect(await latestCompleteDate(db, 5)).toBeNull();
    expect(await latestDate(db, 5)).toBe('2026-11-22');
  });

  it("reads one local day's hours in time order, keeping a repeated local hour apart", async () => {
    const hour = (storeId: number, date: string, hourUtc: string, localHour: number, visitors: number) => ({
      store_id: storeId,
      hour_utc: hourUtc,
      local_date: date,
      local_hour: localHour,
      visitors,
      transactions: 3,
      revenue: 45.5,
      conversion_rate: visitors === 0 ? null : 3 / visitors,
      readings: 8,
      readings_missing: 0,
      built_at: '2026-10-26T03:00:00.000Z',
    });
    // Paris leaves summer time on 25 October 2026: 02:00 local happens twice.
    await db(tableRef(db, 'analytics', ANALYTICS.storeHourly).qualified).insert([
      hour(2, '2026-10-25', '2026-10-25T01:00:00Z', 2, 0),
      hour(2, '2026-10-25', '2026-10-25T00:00:00Z', 2, 12),
      hour(2, '2026-10-25', '2026-10-24T23:00:00Z', 1, 6),
      hour(2, '2026-10-26', '2026-10-25T23:00:00Z', 0, 6),
      hour(4, '2026-10-25', '2026-10-25T00:00:00Z', 2, 6),
    ]);
    expect(await storeHours(db, 2, '2026-10-25')).toEqual([
      {
        hourUtc: '2026-10-24T23:00:00Z',
        localHour: 1,
        visitors: 6,
        visitorsMeasured: 6,
        transactions: 3,
        revenue: 45.5,
        conversionRate: 0.5,
      },
      {
        hourUtc: '2026-10-25T00:00:00Z',
        localHour: 2,
        visitors: 12,
        visitorsMeasured: 12,
        transactions: 3,
        revenue: 45.5,
        conversionRate: 0.25,
      },
      {
        hourUtc: '2026-10-25T01:00:00Z',
        localHour: 2,
        visitors: 0,
        visitorsMeasured: 0,
        transactions: 3,
        revenue: 45.5,
        conversionRate: null,
      },
    ]);
    expect(await storeHours(db, 2, '2026-10-27')).toEqual([]);
  });

  it('reads the days in a range with numbers, nulls and UTC timestamps normalised', async () => {
    const days = await storeDays(db, 2, '2026-11-21', '2026-11-22');
    expect(days).toEqual([
      {
        storeId: 2,
        date: '2026-11-21',
        visitors: 0,
        visitorsMeasured: 0,
        transactions: 10,
        revenue: 123.45,
        conversionRate: null,
        avgBasket: 12.345,
        salesPerVisitor: null,
        hoursLoaded: 11,
        hoursExpected: 11,
        readings: 88,
        readingsMissing: 2,
        builtAt: '2026-11-24T03:00:00.000Z',
      },
    ]);
  });
});
