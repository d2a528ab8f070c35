import { beforeAll, describe, expect, it } from 'vitest';
import { localServers } from '../../tests/support/local-servers.ts';
import { utcHoursOfLocalDay } from '../../lib/time.ts';
import { createApp } from '../app.ts';
import { groundTruth, visitorRows } from '../model/index.ts';
import { errorResponse, seedTransactionsResponse, seedVisitorsResponse } from '../schemas.ts';

const NOW = Date.parse('2026-11-24T10:30:00Z'); // Tuesday 11:30 in Paris
const listen = localServers();
let base = '';
beforeAll(async () => {
  base = (await listen(createApp({ now: () => NOW, rateLimit: false, logger: false }))).url;
});

async function get(path: string) {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as unknown };
}

const sumReadings = (hours: string[], storeId: number, sensorId?: number) => {
  const values = hours
    .flatMap((h) => visitorRows(h, { storeIds: [storeId] }))
    .filter((r) => sensorId === undefined || r.sensor_id === sensorId)
    .map((r) => r.visitors)
    .filter((v) => v !== null);
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
};

describe('GET /visiteurs (seed-compatible)', () => {
  it('answers a store for one Paris wall-clock hour', async () => {
    const { status, body } = await get('/visiteurs?city_store=Paris&year=2026&month=11&day=21&hour=14');
    expect(status).toBe(200);
    expect(seedVisitorsResponse.parse(body)).toMatchObject({
      is_closed: false,
      visiteurs: sumReadings(['2026-11-21T13:00:00Z'], 1),
    });
  });

  it('answers one sensor for a whole day (summer time: UTC+2)', async () => {
    const { body } = await get('/visiteurs?city_store=lyon&year=2026&month=7&day=3&sensor_id=4');
    const hours = utcHoursOfLocalDay('2026-07-03', 'Europe/Paris');
    expect(hours[0]).toBe('2026-07-02T22:00:00Z');
    expect(seedVisitorsResponse.parse(body)).toMatchObject({
      is_closed: false,
      visiteurs: sumReadings(hours, 2, 4),
    });
  });

  it('says closed with 0 visitors on a Sunday (not -1 as the original)', async () => {
    const { body } = await get('/visiteurs?city_store=Nice&year=2026&month=11&day=22&hour=15');
    expect(seedVisitorsResponse.parse(body)).toMatchObject({ is_closed: true, visiteurs: 0 });
  });

  it('answers today so far without a date', async () => {
    const { body } = await get('/visiteurs?city_store=Paris');
    const hours = utcHoursOfLocalDay('2026-11-24', 'Europe/Paris').filter((h) => h < '2026-11-24T10:00:00Z');
    expect(seedVisitorsResponse.parse(body)).toMatchObject({
      is_closed: false,
      visiteurs: sumReadings(hours, 1),
    });
  });

  it('rejects malformed input with 400 and unknown stores or sensors with 404', async () => {
    const cases: [string, number, string][] = [
      ['/visiteurs', 400, 'city_store'],
      ['/visiteurs?city_store=Paris&year=2026&month=13&day=1', 400, 'month'],
      ['/visiteurs?city_store=Paris&year=2026&month=2&day=30', 400, 'day'],
      ['/visiteurs?city_store=Paris&year=2026&month=2', 400, 'together'],
      ['/visiteurs?city_store=Paris&hour=10', 400, 'hour'],
      ['/visiteurs?city_store=Paris&year=2020&month=2&day=3', 400, 'year'],
      ['/visiteurs?city_store=Paris&year=2026&month=3&day=29&hour=2', 400, 'does not exist'],
      ['/visiteurs?city_store=Paris&year=2026&month=3&day=2&hour=x', 400, 'hour'],
      ['/visiteurs?city_store=Paris&foo=1', 400, 'foo'],
      ['/visiteurs?city_store=Atlantis', 404, 'Atlantis'],
      ['/visiteurs?city_store=Nice&sensor_id=9', 404, 'sensor_id'],
      ['/visiteurs?city_store=Paris&year=2026&month=11&day=24&hour=11', 409, 'not over'],
      ['/visiteurs?city_store=Paris&year=2026&month=11&day=25', 409, 'not over'],
    ];
    for (const [path, status, mention] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(errorResponse.parse(res.body).message, path).toContain(mention);
    }
  });
});

describe('GET /transactions (seed-compatible)', () => {
  it('answers a store-hour consistent with /v1/transactions', async () => {
    const { status, body } = await get(
      '/transactions?city_store=Marseille&year=2026&month=11&day=21&hour=17',
    );
    expect(status).toBe(200);
    const row = groundTruth('2026-11-21T16:00:00Z').transactions.find((r) => r.store_id === 3)!;
    expect(seedTransactionsResponse.parse(body)).toEqual({
      is_closed: false,
      transactions: row.transactions,
      chiffre_affaires: row.revenue,
    });
    expect(row.transactions).toBeGreaterThan(0);
  });

  it('answers the repeated autumn hour (a closed Sunday night)', async () => {
    const { body } = await get('/transactions?city_store=Paris&year=2026&month=10&day=25&hour=2');
    expect(seedTransactionsResponse.parse(body)).toEqual({
      is_closed: true,
      transactions: 0,
      chiffre_affaires: 0,
    });
  });

  it('requires every parameter and checks them', async () => {
    for (const [path, status] of [
      ['/transactions?city_store=Paris&year=2026&month=11&day=21', 400],
      ['/transactions?city_store=Paris&year=2026&month=11&day=21&hour=24', 400],
      ['/transactions?city_store=Nowhere&year=2026&month=11&day=21&hour=12', 404],
      ['/transactions?city_store=Paris&year=2026&month=11&day=24&hour=12', 409],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      errorResponse.parse(res.body);
    }
  });
});
