import type { Server } from 'node:http';
import { connect } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COLUMNS } from '../lib/datasets.ts';
import { localServers } from '../tests/support/local-servers.ts';
import { createApp, ROUTES, type AppOptions } from './app.ts';
import { generateChain, groundTruth, transactionRows, visitorRows } from './model/index.ts';
import * as schemas from './schemas.ts';

/** "Now" for these tests: 2026-11-24 02:30 UTC, so 01:00Z is the last finished hour. */
const NOW = Date.parse('2026-11-24T02:30:00Z');
const listen = localServers();

async function serve(options: AppOptions = {}): Promise<string> {
  return (await listen(createApp({ now: () => NOW, rateLimit: false, logger: false, ...options }))).url;
}

let base = '';
beforeAll(async () => {
  base = await serve();
});

async function get(path: string, init?: RequestInit) {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

async function expectError(path: string, status: number, error: string, mentions: string) {
  const res = await get(path);
  expect(res.status, path).toBe(status);
  expect(schemas.errorResponse.parse(res.body)).toMatchObject({ error });
  expect(res.body.message as string).toContain(mentions);
  expect(res.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  return res.body;
}

const HOUR = '2026-11-21T13:00:00Z'; // Saturday 14:00 in Paris

describe('reference routes', () => {
  it('lists stores with time zone and opening hours', async () => {
    const { status, body } = await get('/v1/stores');
    expect(status).toBe(200);
    const { stores } = schemas.storesResponse.parse(body);
    expect(stores).toHaveLength(10);
    expect(stores[0]).toMatchObject({
      store_id: 1,
      city_store: 'Paris',
      timezone: 'Europe/Paris',
      sensor_count: 12,
    });
    expect(stores[0]!.opening_hours).toMatchObject({ mon: '09:00-20:00', sun: null });
  });

  it('lists the holidays of a calendar and year; 404 for an unknown calendar or year', async () => {
    const fr = schemas.holidaysResponse.parse((await get('/v1/holidays?calendar=fr&year=2026')).body);
    expect(fr.holidays[0]).toEqual({ date: '2026-01-01', name: "Jour de l'an" });
    expect(fr.holidays.map((h) => h.date)).toContain('2026-07-14');
    expect(fr.holidays.every((h) => h.date.startsWith('2026-'))).toBe(true);
    // A regional calendar is the national one plus its own days.
    const alsace = schemas.holidaysResponse.parse(
      (await get('/v1/holidays?calendar=fr-alsace-moselle&year=2026')).body,
    );
    expect(alsace.holidays.length).toBe(fr.holidays.length + 2);
    await expectError('/v1/holidays?calendar=xx&year=2026', 404, 'not_found', 'calendar');
    await expectError('/v1/holidays?calendar=fr&year=1950', 404, 'not_found', 'covers');
    await expectError('/v1/holidays?calendar=fr', 400, 'invalid_parameter', 'year');
  });

  it('shows one store and its sensors; 404 for an unknown store', async () => {
    expect(schemas.storeResponse.parse((await get('/v1/stores/2')).body).store.city_store).toBe('Lyon');
    const { sensors } = schemas.sensorsResponse.parse((await get('/v1/stores/1/sensors')).body);
    expect(sensors.map((s) => s.sensor_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    await expectError('/v1/stores/99', 404, 'not_found', 'store_id');
    await expectError('/v1/stores/99/sensors', 404, 'not_found', 'store_id');
    await expectError('/v1/stores/x1', 400, 'invalid_parameter', 'store_id');
  });
});

describe('data routes', () => {
  it('serves every sensor of every store for an hour, ordered, with exactly the VisitorRow fields', async () => {
    const { status, body, text } = await get(`/v1/visitors?hour=${HOUR}`);
    expect(status).toBe(200);
    const rows = schemas.visitorsResponse.parse(body).rows;
    expect(rows).toHaveLength(83);
    expect(rows).toEqual(visitorRows(HOUR));
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS.visitors.map((c) => c.name));
    const keys = rows.map((r) => r.store_id * 1000 + r.sensor_id);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ hour_utc: HOUR, local_date: '2026-11-21', local_hour: 14 });
    expect(rows.some((r) => r.visitors === null)).toBe(true);
    // Same bytes from another app instance.
    const other = await serve();
    expect(await (await fetch(`${other}/v1/visitors?hour=${HOUR}`)).text()).toBe(text);
  });

  it('serves one row per store for transactions, zero when closed', async () => {
    const rows = schemas.transactionsResponse.parse((await get(`/v1/transactions?hour=${HOUR}`)).body).rows;
    expect(rows).toEqual(transactionRows(HOUR));
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS.transactions.map((c) => c.name));
    const night = schemas.transactionsResponse.parse(
      (await get('/v1/transactions?hour=2026-11-22T01:00:00Z')).body,
    ).rows;
    expect(night).toHaveLength(10);
    expect(night.every((r) => r.transactions === 0 && r.revenue === 0)).toBe(true);
  });

  it('filters stores (repeated or comma-separated) and sensors', async () => {
    const a = (await get(`/v1/transactions?hour=${HOUR}&store_id=3&store_id=1`)).body;
    const b = (await get(`/v1/transactions?hour=${HOUR}&store_id=1,3`)).body;
    expect(a).toEqual(b);
    expect(schemas.transactionsResponse.parse(a).rows.map((r) => r.store_id)).toEqual([1, 3]);
    const one = schemas.visitorsResponse.parse(
      (await get(`/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`)).body,
    ).rows;
    expect(one).toEqual(visitorRows(HOUR, { storeIds: [1] }).filter((r) => r.sensor_id === 3));
  });

  it('answers a store-local date and hour, with 23 and 25 hours on DST days', async () => {
    const local = schemas.visitorsResponse.parse(
      (await get('/v1/visitors?date=2026-11-21&local_hour=14&store_id=1')).body,
    ).rows;
    expect(local).toEqual(visitorRows(HOUR, { storeIds: [1] }));
    const spring = schemas.transactionsResponse.parse(
      (await get('/v1/transactions?date=2026-03-29&store_id=1')).body,
    ).rows;
    expect(spring).toHaveLength(23);
    const autumn = schemas.transactionsResponse.parse(
      (await get('/v1/transactions?date=2026-10-25&store_id=1,2')).body,
    ).rows;
    expect(autumn).toHaveLength(50);
    expect(autumn.filter((r) => r.store_id === 1 && r.local_hour === 2)).toHaveLength(2);
    expect(autumn.map((r) => r.hour_utc)).toEqual(autumn.map((r) => r.hour_utc).sort());
  });

  it('serves the ground truth separately', async () => {
    const visitors = schemas.truthVisitorsResponse.parse(
      (await get(`/v1/truth/visitors?hour=${HOUR}`)).body,
    ).rows;
    const transactions = schemas.truthTransactionsResponse.parse(
      (await get(`/v1/truth/transactions?hour=${HOUR}&store_id=2`)).body,
    ).rows;
    const truth = groundTruth(HOUR);
    expect(visitors).toEqual(truth.visitors);
    expect(transactions).toEqual(truth.transactions.filter((r) => r.store_id === 2));
  });
});

describe('errors', () => {
  it('400 for malformed or missing parameters, naming the parameter and its form', async () => {
    await expectError('/v1/visitors?hour=2026-11-21T13:30:00Z', 400, 'invalid_parameter', 'hour');
    await expectError(
      '/v1/visitors?hour=2026-02-30T13:00:00Z',
      400,
      'invalid_parameter',
      '2026-11-24T13:00:00Z',
    );
    await expectError('/v1/visitors?hour=2020-06-01T13:00:00Z', 400, 'invalid_parameter', '2021-01-01');
    await expectError(`/v1/visitors?hour=${HOUR}&hour=${HOUR}`, 400, 'invalid_parameter', 'given once');
    await expectError('/v1/visitors', 400, 'invalid_parameter', 'hour');
    await expectError(`/v1/visitors?hour=${HOUR}&date=2026-11-21`, 400, 'invalid_parameter', 'not both');
    await expectError(`/v1/visitors?hour=${HOUR}&local_hour=3`, 400, 'invalid_parameter', 'local_hour');
    await expectError('/v1/visitors?date=2026-11-21&local_hour=24', 400, 'invalid_parameter', '0-23');
    await expectError(`/v1/visitors?hour=${HOUR}&store_id=a`, 400, 'invalid_parameter', 'store_id');
    await expectError(`/v1/visitors?hour=${HOUR}&sensor_id=1`, 400, 'invalid_parameter', 'store_id');
    await expectError(
      `/v1/transactions?hour=${HOUR}&sensor_id=1&store_id=1`,
      400,
      'unknown_parameter',
      'sensor_id',
    );
    await expectError('/health?verbose=1', 400, 'unknown_parameter', 'verbose');
  });

  it('404 for an unknown store or sensor, and for unknown routes', async () => {
    await expectError(`/v1/visitors?hour=${HOUR}&store_id=1,42`, 404, 'not_found', '42');
    await expectError(`/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=13`, 404, 'not_found', 'sensor_id');
    await expectError('/v2/anything', 404, 'not_found', '/v2/anything');
  });

  it('409 for the current or a future hour', async () => {
    const body = await expectError(
      '/v1/visitors?hour=2026-11-24T02:00:00Z',
      409,
      'not_yet_available',
      'not over',
    );
    expect(body.details).toEqual({ hour: '2026-11-24T02:00:00Z', available_from: '2026-11-24T03:00:00Z' });
    expect((await get('/v1/visitors?hour=2026-11-24T01:00:00Z')).status).toBe(200);
    await expectError('/v1/transactions?hour=2027-01-01T00:00:00Z', 409, 'not_yet_available', 'not over');
    await expectError('/v1/transactions?date=2026-11-24', 409, 'not_yet_available', 'not over');
  });

  it('refuses request bodies, long URLs and too large ranges', async () => {
    const res = await fetch(`${base}/v1/stores`, { method: 'POST', body: 'x'.repeat(100) });
    expect(res.status).toBe(413);
    await expectError(
      `/v1/visitors?hour=${HOUR}&store_id=${'1,'.repeat(1100)}1`,
      414,
      'uri_too_long',
      '2048',
    );
    const big = await serve({ chain: generateChain({ stores: 1000, sensorsPerStore: 20 }) });
    const r = await fetch(`${big}/v1/visitors?date=2026-11-20`);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toBe('range_too_large');
  });

  it('rate-limits a client when enabled, with a JSON error', async () => {
    const limited = await serve({ rateLimit: { windowMs: 60_000, limit: 2 } });
    expect((await fetch(`${limited}/health`)).status).toBe(200);
    expect((await fetch(`${limited}/health`)).status).toBe(200);
    const res = await fetch(`${limited}/health`);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: string }).error).toBe('rate_limited');
  });

  it('sends security headers', async () => {
    const { headers } = await get('/health');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it("sends exactly helmet's default headers, in its order, on every kind of answer", async () => {
    const reference = express().use(helmet());
    reference.get('/', (_req, res) => {
      res.json({});
    });
    const { server } = await listen(reference);
    const expected = securityHeaderLines(await rawResponse(server, '/'));
    expect(expected.length).toBeGreaterThan(10);
    const app = await serve({ rateLimit: { windowMs: 60_000, limit: 1000 } });
    const paths = [
      `/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`,
      `/v1/visitors?hour=bad`, // 400
      '/v1/stores/1', // path parameter
      '/health',
      '/nowhere', // 404
      `/v1/visitors?store_id=${'1,'.repeat(1100)}1`, // 414
    ];
    for (const path of paths) {
      const lines = securityHeaderLines(await rawResponse(app, path));
      expect(lines, path).toEqual(expected);
    }
  });
});

/** The first response to a GET, exactly as sent (header names in their case and order). */
async function rawResponse(target: Server | string, path: string): Promise<string> {
  const port =
    typeof target === 'string' ? Number(new URL(target).port) : (target.address() as { port: number }).port;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/** Header lines of a raw response, without those that are not security headers. */
function securityHeaderLines(raw: string): string[] {
  const other = /^(date|connection|keep-alive|content-type|content-length|etag|ratelimit|ratelimit-policy):/i;
  return raw
    .split('\r\n\r\n')[0]!
    .split('\r\n')
    .slice(1)
    .filter((line) => !other.test(line));
}

describe('HEAD, rate-limit headers and request log', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const path = `/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`;
    const head = await fetch(`${base}${path}`, { method: 'HEAD' });
    const got = await fetch(`${base}${path}`);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(await got.text())));
    expect(head.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('counts every route against one limit, with the standard headers', async () => {
    const limited = await serve({ rateLimit: { windowMs: 60_000, limit: 2 } });
    const path = `/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`;
    const first = await fetch(`${limited}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit')).toMatch(/^"2-in-1min"; r=1; t=\d+$/);
    expect(first.headers.get('ratelimit-policy')).toMatch(/^"2-in-1min"; q=2; w=60; pk=:[\w+/=]+:$/);
    expect((await fetch(`${limited}/v1/stores/1`)).status).toBe(200); // another route, same counter
    const over = await fetch(`${limited}${path}`);
    expect(over.status).toBe(429);
    expect(over.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await over.json()).toEqual({
      error: 'rate_limited',
      message: 'more than 2 requests in 60 s from this client: slow down',
      details: { limit: 2, window_ms: 60_000 },
    });
  });

  it('logs one line per request, at a level from the status', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const logged = await serve({ logger });
    await (await fetch(`${logged}/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`)).text();
    await (await fetch(`${logged}/v1/visitors?hour=bad`)).text();
    await (await fetch(`${logged}/v1/stores/1`)).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(
      lines.map(({ level, method, url, status, ip, msg }) => ({ level, method, url, status, ip, msg })),
    ).toEqual([
      {
        level: 30,
        method: 'GET',
        url: `/v1/visitors?hour=${HOUR}&store_id=1&sensor_id=3`,
        status: 200,
        ip: '127.0.0.1',
        msg: 'request',
      },
      {
        level: 40,
        method: 'GET',
        url: '/v1/visitors?hour=bad',
        status: 400,
        ip: '127.0.0.1',
        msg: 'request',
      },
      { level: 30, method: 'GET', url: '/v1/stores/1', status: 200, ip: '127.0.0.1', msg: 'request' },
    ]);
    for (const line of lines) expect(typeof line.ms).toBe('number');
  });
});

describe('documentation', () => {
  it('publishes a valid OpenAPI 3.1 document that matches the routes and responses', async () => {
    const { status, body: doc } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(doc.openapi).toBe('3.1.0');
    const paths = doc.paths as Record<string, { get: Record<string, unknown> }>;
    const components = (doc.components as { schemas: Record<string, unknown> }).schemas;
    // Every $ref resolves.
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(components, ref).toHaveProperty(ref!);
    }
    const operationIds = new Set<string>();
    for (const route of ROUTES) {
      const op = paths[route.path.replace(/:(\w+)/g, '{$1}')]!.get as {
        operationId: string;
        parameters: { name: string; in: string; required: boolean }[];
        responses: Record<string, unknown>;
      };
      expect(operationIds.has(op.operationId)).toBe(false);
      operationIds.add(op.operationId);
      expect(op.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
        Object.keys(route.query?.shape ?? {}),
      );
      for (const code of ['200', ...route.errors.map(String)]) expect(op.responses).toHaveProperty(code);
    }
    const visitors = paths['/v1/visitors']!.get as { parameters: { name: string; required: boolean }[] };
    expect(visitors.parameters.every((p) => !p.required)).toBe(true);
    const seed = paths['/transactions']!.get as { parameters: { name: string; required: boolean }[] };
    expect(seed.parameters.every((p) => p.required)).toBe(true);
  });

  it('passes an independent OpenAPI 3.1 schema validator', async () => {
    const { body: doc } = await get('/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(doc as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('answers every documented route with a body its response schema accepts', async () => {
    const examples: [string, z.ZodType][] = [
      ['/v1/stores', schemas.storesResponse],
      ['/v1/stores/1', schemas.storeResponse],
      ['/v1/stores/1/sensors', schemas.sensorsResponse],
      ['/v1/holidays?calendar=fr&year=2026', schemas.holidaysResponse],
      [`/v1/visitors?hour=${HOUR}`, schemas.visitorsResponse],
      [`/v1/transactions?hour=${HOUR}`, schemas.transactionsResponse],
      [`/v1/truth/visitors?hour=${HOUR}`, schemas.truthVisitorsResponse],
      [`/v1/truth/transactions?hour=${HOUR}`, schemas.truthTransactionsResponse],
      ['/visiteurs?city_store=Paris&year=2026&month=11&day=21', schemas.seedVisitorsResponse],
      ['/transactions?city_store=Paris&year=2026&month=11&day=21&hour=14', schemas.seedTransactionsResponse],
      ['/health', schemas.healthResponse],
    ];
    const routes = new Set(ROUTES.map((r) => r.path));
    for (const [path, schema] of examples) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(schema.safeParse(res.body).success, path).toBe(true);
      routes.delete(ROUTES.find((r) => r.response === schema)?.path ?? '');
    }
    expect([...routes]).toEqual([]);
  });

  it('serves a self-contained docs page listing every route', async () => {
    const res = await fetch(`${base}/docs`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const route of ROUTES) expect(html).toContain(route.path.replace(/:(\w+)/g, '{$1}'));
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toContain('<script');
  });
});
