import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '#lib/db/connect.ts';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { migrateLatest } from '#migrations/index.ts';
import { readStoreForecast, staffingCsv } from './forecast.ts';

const lineage = {
  model_version: 'm1',
  workflow_id: 'forecast-days-2026-11-20',
  run_id: 'run-2',
  created_at: '2026-11-21T02:03:04.000Z',
};

/** Two hours a forecast day (10:00 open, 22:00 closed) of store 1, for one origin. */
function seed(db: Knex, origin: string, dates: string[], visitors: number) {
  const hourly = dates.flatMap((d, i) =>
    [10, 22].map((h) => ({
      store_id: 1,
      origin_date: origin,
      hour_utc: `${d}T${String(h - 1).padStart(2, '0')}:00:00Z`,
      local_date: d,
      local_hour: h,
      is_open: h === 10,
      horizon_days: i + 1,
      visitors: h === 10 ? visitors : 0,
      visitors_p10: h === 10 ? visitors * 0.8 : 0,
      visitors_p90: h === 10 ? visitors * 1.2 : 0,
      transactions: h === 10 ? visitors / 5 : 0,
      transactions_p10: 0,
      transactions_p90: 0,
      ...lineage,
    })),
  );
  const t = (name: string) => db(tableRef(db, 'analytics', name).qualified);
  return Promise.all([
    t(ANALYTICS.forecastStoreHourly).insert(hourly),
    t(ANALYTICS.staffingStoreHourly).insert(
      hourly.map((h) => ({
        store_id: 1,
        origin_date: origin,
        hour_utc: h.hour_utc,
        local_date: h.local_date,
        local_hour: h.local_hour,
        is_open: h.is_open,
        visitors_forecast: h.visitors,
        visitors_per_staff: 25,
        min_staff: 2,
        staff: h.is_open ? Math.max(2, Math.ceil(h.visitors / 25)) : 0,
        ...lineage,
      })),
    ),
    t(ANALYTICS.forecastStoreDaily).insert(
      dates.map((d, i) => ({
        store_id: 1,
        origin_date: origin,
        local_date: d,
        horizon_days: i + 1,
        is_open: true,
        visitors,
        visitors_p10: visitors * 0.9,
        visitors_p90: visitors * 1.1,
        transactions: visitors / 5,
        ...lineage,
      })),
    ),
  ]);
}

const WEEK = [
  '2026-11-21',
  '2026-11-22',
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
];

describe('the store view forecast panel', () => {
  let db: Knex;
  beforeEach(async () => {
    db = connect('sqlite::memory:');
    await migrateLatest(db);
  });
  afterEach(() => db.destroy());

  it('has nothing to show before the first forecast', async () => {
    expect(await readStoreForecast(db, 1)).toBeNull();
    expect(staffingCsv(null)).toHaveLength(1);
  });

  it("shows the latest origin's 7 days beside the week of actuals before it, and its plan", async () => {
    await seed(db, '2026-11-19', ['2026-11-20', ...WEEK.slice(0, 6)], 999);
    await seed(db, '2026-11-20', WEEK, 120);
    await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).insert(
      ['2026-11-13', '2026-11-20', '2026-11-21'].map((d, i) => ({
        store_id: 1,
        local_date: d,
        visitors: 100 + i,
        transactions: 10,
        revenue: 1,
        hours_loaded: 24,
        hours_expected: 24,
        readings: 1,
        readings_missing: 0,
        built_at: '2026-11-22T03:00:00.000Z',
      })),
    );
    const f = (await readStoreForecast(db, 1))!;
    expect(f).toMatchObject({
      origin: '2026-11-20',
      modelVersion: 'm1',
      runId: 'run-2',
      workflowId: 'forecast-days-2026-11-20',
      createdAt: '2026-11-21T02:03:04.000Z',
    });
    // 2026-11-13 is before the week shown; 2026-11-21 is a forecast day built since.
    expect(f.days.map((d) => [d.date, d.forecast, d.actual])).toEqual([
      ['2026-11-14', null, null],
      ['2026-11-15', null, null],
      ['2026-11-16', null, null],
      ['2026-11-17', null, null],
      ['2026-11-18', null, null],
      ['2026-11-19', null, null],
      ['2026-11-20', null, 101],
      ...WEEK.map((d) => [d, 120, d === '2026-11-21' ? 102 : null]),
    ]);
    expect(f.days.at(-1)).toMatchObject({ p10: 108, p90: 132 });
    expect(f.hours).toHaveLength(14);
    expect(f.hours[0]).toEqual({
      hourUtc: '2026-11-21T09:00:00Z',
      date: '2026-11-21',
      localHour: 10,
      isOpen: true,
      visitors: 120,
      p10: 96,
      p90: 144,
      transactions: 24,
      visitorsPerStaff: 25,
      staff: 5,
    });
    expect(f.hours[1]).toMatchObject({ isOpen: false, staff: 0 });
    const csv = staffingCsv(f);
    expect(csv[0]).toEqual([
      'hour_utc',
      'local_date',
      'local_hour',
      'open',
      'visitors_forecast',
      'visitors_p10',
      'visitors_p90',
      'transactions_forecast',
      'visitors_per_staff',
      'staff',
    ]);
    expect(csv[1]).toEqual(['2026-11-21T09:00:00Z', '2026-11-21', 10, 'yes', 120, 96, 144, 24, 25, 5]);
    expect(csv).toHaveLength(15);
  });
});
