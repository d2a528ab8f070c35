/** The wrong requests of docs/reliability.md ("The API, by hand"): each answer's status and message. */
import { beforeAll, expect, it } from 'vitest';
import { localServers } from '../tests/support/local-servers.ts';
import { createApp } from './app.ts';
import * as schemas from './schemas.ts';

const listen = localServers();
let base = '';
beforeAll(async () => {
  base = (
    await listen(
      createApp({ now: () => Date.parse('2026-11-24T02:30:00Z'), rateLimit: false, logger: false }),
    )
  ).url;
});

const H = 'hour=2026-11-21T13:00:00Z';
const PARIS = '/transactions?city_store=Paris&year=2026&month=3&day=29&hour=2';

it.each([
  [
    '/v1/visitors',
    400,
    'parameter "hour": is required: give hour (a UTC hour such as 2026-11-24T13:00:00Z) or date',
  ],
  [
    '/v1/visitors?hour=2026-11-21T13:30:00Z',
    400,
    'parameter "hour": expected a whole UTC hour such as 2026-11-24T13:00:00Z',
  ],
  ['/v1/visitors?hour=yesterday', 400, 'parameter "hour": expected a whole UTC hour'],
  [
    `/v1/visitors?${H}&${H}`,
    400,
    'parameter "hour": expected a whole UTC hour such as 2026-11-24T13:00:00Z, given once',
  ],
  ['/v1/visitors?hour=2020-01-01T00:00:00Z', 400, 'parameter "hour": data starts at 2021-01-01T00:00:00Z'],
  ['/v1/visitors?hour=2030-01-01T00:00:00Z', 409, 'hour 2030-01-01T00:00:00Z is not over yet'],
  [
    '/v1/visitors?date=2026-02-30',
    400,
    'parameter "date": expected a date YYYY-MM-DD such as 2026-11-24 (an existing day)',
  ],
  [
    '/v1/visitors?date=2026-11-21&local_hour=25',
    400,
    'parameter "local_hour": expected an integer hour 0-23',
  ],
  [`/v1/visitors?${H}&store_id=99`, 404, 'unknown store_id: 99 (see GET /v1/stores)'],
  [`/v1/visitors?${H}&store_id=abc`, 400, 'parameter "store_id": expected positive integers'],
  [
    '/v1/visitors?from=2026-11-25T00:00:00Z&to=2026-11-21T00:00:00Z',
    400,
    'unknown query parameter(s): from, to',
  ],
  ['/v1/stores/0', 400, 'parameter "store_id": expected a positive integer store id'],
  ['/v1/stores/1e3', 400, 'parameter "store_id": expected a positive integer store id'],
  ['/visiteurs?city_store=Atlantis', 404, 'unknown city_store "Atlantis" (see GET /v1/stores)'],
  ['/visiteurs?city_store=Paris&year=2026&month=2&day=30', 400, 'parameter "day": no such day 2026-02-30'],
  [PARIS, 400, 'parameter "hour": 2h does not exist on 2026-03-29 in Europe/Paris (clocks go forward)'],
  ['/v1/stores/%E0%A4%A', 400, "malformed request: Failed to decode param '%E0%A4%A'"],
  [`/v1/stores?x=${'a'.repeat(3000)}`, 414, 'URL longer than 2048 characters'],
])('GET %s answers %i: %s', async (path, status, message) => {
  const res = await fetch(`${base}${path}`);
  expect(res.status).toBe(status);
  const text = await res.text();
  expect(schemas.errorResponse.parse(JSON.parse(text)).message).toContain(message);
  expect(text).not.toMatch(/at .*\.ts:\d+/);
});

it('refuses a request body and unserved methods', async () => {
  const body = await fetch(`${base}/v1/stores`, { method: 'POST', body: 'x=1' });
  expect(body.status).toBe(413);
  expect(((await body.json()) as { message: string }).message).toBe('this API accepts no request body');
  const post = await fetch(`${base}/v1/visitors`, { method: 'POST' });
  expect(post.status).toBe(405);
  expect(((await post.json()) as { message: string }).message).toBe(
    'POST is not allowed on /v1/visitors: use GET, HEAD',
  );
});
