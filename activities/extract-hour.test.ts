import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from './extract-hour.ts';

// A stand-in source answering each path with a fixed status and body.
const answers: Record<string, [number, string]> = {
  '/ok': [200, '{"rows":[]}'],
  '/not-over': [409, '{"error":"not_yet_available"}'],
  '/bad': [400, '{"error":"invalid_parameter","message":"parameter \\"hour\\""}'],
  '/busy': [429, '{"error":"rate_limited"}'],
  '/down': [503, 'upstream down'],
  '/html': [200, '<html>'],
};
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const [status, body] = answers[req.url ?? ''] ?? [404, ''];
    res.writeHead(status).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const outcome = (path: string) => fetchJson(`${base}${path}`).catch((e: unknown) => e);

describe('fetchJson: how a source answer becomes a retry decision', () => {
  it('returns parsed JSON', async () => {
    expect(await fetchJson(`${base}/ok`)).toEqual({ rows: [] });
  });

  it('retries an hour that is not over yet', async () => {
    expect(await outcome('/not-over')).toMatchObject({ nonRetryable: false, type: 'SourceNotReady' });
  });

  it('does not retry a request the source rejects, and names the URL', async () => {
    const e = (await outcome('/bad')) as Error;
    expect(e).toMatchObject({ nonRetryable: true, type: 'SourceRejected' });
    expect(e.message).toContain(`${base}/bad: HTTP 400`);
  });

  it('leaves throttling and server errors to the retry policy', async () => {
    for (const path of ['/busy', '/down']) {
      const e = await outcome(path);
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toHaveProperty('nonRetryable');
    }
  });

  it('retries an answer that is not JSON, naming it', async () => {
    const e = await outcome('/html');
    expect(e).toMatchObject({ nonRetryable: false, type: 'SourceDataError' });
    expect((e as Error).message).toMatch(/answer is not JSON/);
  });
});
