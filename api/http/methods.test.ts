import { beforeAll, describe, expect, it } from 'vitest';
import { localServers } from '../../tests/support/local-servers.ts';
import { createApp } from '../app.ts';
import { pathMatcher } from './methods.ts';

const listen = localServers();
let base = '';
beforeAll(async () => {
  base = (await listen(createApp({ rateLimit: false, logger: false }))).url;
});

describe('methods other than GET and HEAD', () => {
  it('matches declared paths, parameters and a trailing slash, nothing else', () => {
    const known = pathMatcher(['/v1/stores/:store_id/sensors', '/openapi.json']);
    expect(known('/v1/stores/7/sensors')).toBe(true);
    expect(known('/v1/stores/7/sensors/')).toBe(true);
    expect(known('/v1/stores/7')).toBe(false);
    expect(known('/openapiXjson')).toBe(false);
  });

  it('answer 405 with Allow on a known path, 404 elsewhere', async () => {
    for (const [method, path] of [
      ['PUT', '/health'],
      ['POST', '/v1/visitors'],
      ['DELETE', '/v1/stores/1'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(await res.json()).toMatchObject({ error: 'method_not_allowed' });
    }
    expect((await fetch(`${base}/nowhere`, { method: 'POST' })).status).toBe(404);
    const options = await fetch(`${base}/v1/stores`, { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, HEAD']);
  });
});
