/**
 * The world chain (Paris, New York and Tokyo time) through the real pipeline: one UTC hour
 * lands in raw with each zone's own local date and hour, New York's repeated autumn hour
 * lands as two distinct hours, and the transform expects each store's own day length.
 */
import { describe, expect, it } from 'vitest';
import { makeSyncStores } from '../../activities/sync-stores.ts';
import { WORLD_CHAIN } from '../../api/model/index.ts';
import type { VisitorRow } from '../../lib/datasets.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { buildDay, ingestHour } from '../../workflows/index.ts';
import { buildDayId, ingestHourId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

const ZONE_OF = new Map(WORLD_CHAIN.stores.map((s) => [s.store_id, s.timezone]));
const SENSORS = WORLD_CHAIN.stores.reduce((n, s) => n + s.sensors.length, 0);

describe.each(testDatabases())('world chain on $name', ({ url }) => {
  const stack = useStack(url, { chain: WORLD_CHAIN });

  const runHour = (hourUtc: string) =>
    stack().client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: stack().taskQueue,
      args: [{ hourUtc }],
    });

  /** Raw rows of one UTC hour, as "local_date local_hour" per zone. */
  async function localTimes(dataset: 'visitors' | 'transactions', hourUtc: string) {
    const rows = (await stack()
      .db(tableRef(stack().db, 'raw', RAW[dataset]).qualified)
      .where('hour_utc', hourUtc)
      .select('store_id', 'local_date', 'local_hour')) as Record<string, unknown>[];
    const byZone: Record<string, string[]> = {};
    for (const r of rows) {
      const zone = ZONE_OF.get(Number(r.store_id))!;
      const text = `${toIsoDate(r.local_date)} ${Number(r.local_hour)}h`;
      byZone[zone] = [...new Set([...(byZone[zone] ?? []), text])];
    }
    return { rows: rows.length, byZone };
  }

  it("lands one UTC hour with each zone's local date and hour", async () => {
    // Friday 27 March 2026, 23:00Z: already Saturday in Paris (winter time until the 29th) and
    // Tokyo, 19:00 in New York (summer time since the 8th, so 5 hours behind Paris, not 6).
    const hour = '2026-03-27T23:00:00Z';
    const s = stack();
    // The store list, so that the hour's sensor-health check judges every store.
    await makeSyncStores({ db: s.db, lake: s.lake, apiUrl: s.apiUrl })();
    const result = await runHour(hour);
    const expected = {
      'Europe/Paris': ['2026-03-28 0h'],
      'America/New_York': ['2026-03-27 19h'],
      'Asia/Tokyo': ['2026-03-28 8h'],
    };
    expect(await localTimes('visitors', hour)).toEqual({ rows: SENSORS, byZone: expected });
    expect(await localTimes('transactions', hour)).toEqual({ rows: 8, byZone: expected });

    const raw = await stack()
      .db(tableRef(stack().db, 'raw', RAW.visitors).qualified)
      .where('hour_utc', hour)
      .orderBy(['store_id', 'sensor_id']);
    const api = (await (await fetch(`${stack().apiUrl}/v1/visitors?hour=${hour}`)).json()) as {
      rows: VisitorRow[];
    };
    expect(
      raw.map((r: Record<string, unknown>) => ({
        store_id: Number(r.store_id),
        sensor_id: Number(r.sensor_id),
        hour_utc: toIsoHour(r.hour_utc),
        local_date: toIsoDate(r.local_date),
        local_hour: Number(r.local_hour),
        visitors: r.visitors === null ? null : Number(r.visitors),
      })),
    ).toEqual(api.rows);

    // Only the New York stores are open at that hour.
    const sales = await stack()
      .db(tableRef(stack().db, 'raw', RAW.transactions).qualified)
      .where('hour_utc', hour)
      .orderBy('store_id');
    const selling = sales.filter((r: Record<string, unknown>) => Number(r.transactions) > 0);
    expect(selling.map((r: Record<string, unknown>) => Number(r.store_id))).toEqual([104, 105, 106]);

    // The check judged every sensor on its own store's local day: one hour, two dates.
    expect(result.alertsError).toBeUndefined();
    const judged = (await s
      .db(tableRef(s.db, 'analytics', ANALYTICS.sensorHealthHourly).qualified)
      .where('hour_utc', hour)
      .select('store_id', 'local_date')) as Record<string, unknown>[];
    expect(judged).toHaveLength(SENSORS);
    const dates: Record<string, string[]> = {};
    for (const r of judged) {
      const zone = ZONE_OF.get(Number(r.store_id))!;
      dates[zone] = [...new Set([...(dates[zone] ?? []), toIsoDate(r.local_date)])];
    }
    expect(dates).toEqual({
      'Europe/Paris': ['2026-03-28'],
      'America/New_York': ['2026-03-27'],
      'Asia/Tokyo': ['2026-03-28'],
    });
  });

  it("keeps New York's repeated 01:00 as two hours and expects each store's own day length", async () => {
    // Sunday 1 November 2026: New York goes back from summer to winter time at 02:00 (06:00Z).
    const hours = ['2026-11-01T05:00:00Z', '2026-11-01T06:00:00Z'];
    for (const hour of hours) await runHour(hour);
    expect((await localTimes('visitors', hours[0]!)).byZone).toEqual({
      'Europe/Paris': ['2026-11-01 6h'],
      'America/New_York': ['2026-11-01 1h'],
      'Asia/Tokyo': ['2026-11-01 14h'],
    });
    expect((await localTimes('visitors', hours[1]!)).byZone).toEqual({
      'Europe/Paris': ['2026-11-01 7h'],
      'America/New_York': ['2026-11-01 1h'],
      'Asia/Tokyo': ['2026-11-01 15h'],
    });

    await stack().client.workflow.execute(buildDay, {
      workflowId: buildDayId('2026-11-01'),
      taskQueue: stack().taskQueue,
      args: [{ date: '2026-11-01' }],
    });
    const zones = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.dimStore).qualified)
      .select('store_id', 'timezone');
    expect(
      Object.fromEntries(zones.map((z: Record<string, unknown>) => [Number(z.store_id), z.timezone])),
    ).toEqual(Object.fromEntries(ZONE_OF));
    const daily = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.storeDaily).qualified)
      .where('local_date', '2026-11-01')
      .orderBy('store_id');
    expect(
      daily.map((d: Record<string, unknown>) => [
        Number(d.store_id),
        Number(d.hours_loaded),
        Number(d.hours_expected),
      ]),
    ).toEqual([
      [101, 2, 24],
      [102, 2, 24],
      [103, 2, 24],
      [104, 2, 25],
      [105, 2, 25],
      [106, 2, 25],
      [107, 2, 24],
      [108, 2, 24],
    ]);
  });
});
