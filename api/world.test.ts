/** The API serving the world chain (SIMULATOR_CHAIN=world): every route answers for its stores. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransactionRow, VisitorRow } from '../lib/datasets.ts';
import { localServers } from '../tests/support/local-servers.ts';
import { createApp } from './app.ts';
import { REFERENCE_CHAIN, WORLD_CHAIN } from './model/index.ts';
import * as schemas from './schemas.ts';

const listen = localServers();
let base = '';

async function serve(chain = WORLD_CHAIN, now = Date.parse('2026-12-01T00:00:00Z')): Promise<string> {
  return (await listen(createApp({ chain, now: () => now, rateLimit: false, logger: false }))).url;
}

beforeAll(async () => {
  base = await serve();
});

async function get<T>(path: string, at = base): Promise<{ status: number; body: T }> {
  const res = await fetch(`${at}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

async function rows<T>(path: string): Promise<T[]> {
  const { status, body } = await get<{ rows: T[] }>(path);
  expect(status, path).toBe(200);
  return body.rows;
}

const VISITOR_FIELDS = ['store_id', 'sensor_id', 'hour_utc', 'local_date', 'local_hour', 'visitors'] as const;
const TRANSACTION_FIELDS = [
  'store_id',
  'hour_utc',
  'local_date',
  'local_hour',
  'transactions',
  'revenue',
] as const;
const pick = <T extends object>(row: T, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f]]));

describe('API on the world chain', () => {
  it('lists the world stores with their zones and opening hours', async () => {
    const { body } = await get<unknown>('/v1/stores');
    const { stores } = schemas.storesResponse.parse(body);
    expect(stores.map((s) => [s.store_id, s.timezone])).toEqual([
      [101, 'Europe/Paris'],
      [102, 'Europe/Paris'],
      [103, 'Europe/Paris'],
      [104, 'America/New_York'],
      [105, 'America/New_York'],
      [106, 'America/New_York'],
      [107, 'Asia/Tokyo'],
      [108, 'Asia/Tokyo'],
    ]);
    expect(stores.find((s) => s.store_id === 101)!.opening_hours).toMatchObject({
      sat: '10:00-20:00',
      sun: null,
    });
    expect(stores.find((s) => s.store_id === 104)!.opening_hours.sun).toBe('11:00-19:00');
    expect(stores.find((s) => s.store_id === 105)!.opening_hours.mon).toBe('00:00-24:00');
    expect(stores.find((s) => s.store_id === 107)).toMatchObject({ holidays: 'jp', sensor_count: 5 });
    expect((await get('/v1/stores/1')).status).toBe(404);
    const { sensors } = schemas.sensorsResponse.parse((await get('/v1/stores/108/sensors')).body);
    expect(sensors.map((s) => s.sensor_id)).toEqual([1, 2, 3, 4]);
  });

  it('answers a store-local date in each store’s own zone: 25 hours in New York on 1 November, 24 elsewhere', async () => {
    const tx = await rows<TransactionRow>('/v1/transactions?date=2026-11-01');
    const perStore = new Map<number, number>();
    for (const r of tx) perStore.set(r.store_id, (perStore.get(r.store_id) ?? 0) + 1);
    expect(Object.fromEntries(perStore)).toEqual({
      101: 24,
      102: 24,
      103: 24,
      104: 25,
      105: 25,
      106: 25,
      107: 24,
      108: 24,
    });
    expect(tx.every((r) => r.local_date === '2026-11-01')).toBe(true);
    // Tokyo's 1 November starts first (15:00Z the day before), New York's ends last (04:00Z the day after).
    expect([tx[0]!.hour_utc, tx[0]!.store_id]).toEqual(['2026-10-31T15:00:00Z', 107]);
    expect([tx.at(-1)!.hour_utc, tx.at(-1)!.store_id]).toEqual(['2026-11-02T04:00:00Z', 106]);
    const repeated = await rows<TransactionRow>('/v1/transactions?date=2026-11-01&local_hour=1&store_id=105');
    expect(repeated.map((r) => r.hour_utc)).toEqual(['2026-11-01T05:00:00Z', '2026-11-01T06:00:00Z']);
    expect(await rows('/v1/transactions?date=2026-03-08&local_hour=2&store_id=105')).toEqual([]);
  });

  it('serves ground truth that agrees with the data routes, hour by hour and store by store', async () => {
    for (const query of [
      'hour=2026-11-24T16:00:00Z',
      'date=2026-11-01',
      'date=2026-03-29&store_id=101,104,107',
    ]) {
      const visitors = await rows<VisitorRow>(`/v1/visitors?${query}`);
      const truthVisitors = await rows<VisitorRow & { true_visitors: number }>(`/v1/truth/visitors?${query}`);
      expect(truthVisitors.map((r) => pick(r, VISITOR_FIELDS))).toEqual(visitors);
      const tx = await rows<TransactionRow>(`/v1/transactions?${query}`);
      const truthTx = await rows<TransactionRow & { footfall: number; is_open: boolean }>(
        `/v1/truth/transactions?${query}`,
      );
      expect(truthTx.map((r) => pick(r, TRANSACTION_FIELDS))).toEqual(tx);
      // The doors' true counts add up to the store's footfall in every store-hour.
      const doors = new Map<string, number>();
      for (const r of truthVisitors) {
        const key = `${r.store_id} ${r.hour_utc}`;
        doors.set(key, (doors.get(key) ?? 0) + r.true_visitors);
      }
      for (const t of truthTx) expect(doors.get(`${t.store_id} ${t.hour_utc}`)).toBe(t.footfall);
      expect(truthTx.some((t) => t.is_open)).toBe(true);
    }
  });

  it('reads the seed routes in the store’s own wall clock', async () => {
    // 14:00 in Tokyo on 24 November is 05:00Z.
    const readings = await rows<VisitorRow>('/v1/visitors?hour=2026-11-24T05:00:00Z&store_id=107');
    const { body } = await get<{ visiteurs: number; is_closed: boolean }>(
      '/visiteurs?city_store=tokyo%20ginza&year=2026&month=11&day=24&hour=14',
    );
    expect(body).toMatchObject({
      is_closed: false,
      visiteurs: readings.reduce((n, r) => n + (r.visitors ?? 0), 0),
    });
    expect((await get('/visiteurs?city_store=Paris&year=2026&month=11&day=24')).status).toBe(404);
  });

  it('refuses local dates beyond the holiday calendars, per store zone', async () => {
    const later = Date.parse('2042-01-01T00:00:00Z');
    const world = await serve(WORLD_CHAIN, later);
    const reference = await serve(REFERENCE_CHAIN, later);
    // 2040-12-31T15:00Z is already 2041 in Tokyo.
    const tokyo = await get<{ error: string; message: string }>(
      '/v1/visitors?hour=2040-12-31T15:00:00Z',
      world,
    );
    expect(tokyo.status).toBe(400);
    expect(tokyo.body.message).toContain('no holiday data for 2041-01-01');
    expect((await get('/v1/visitors?hour=2040-12-31T15:00:00Z&store_id=101,104', world)).status).toBe(200);
    expect((await get('/v1/visitors?hour=2040-12-31T15:00:00Z', reference)).status).toBe(200);
  });
});
