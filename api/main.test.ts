/** The API process: SIMULATOR_CHAIN picks the chain it serves, and a bad value stops it at start-up. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/config.ts';
import { freePort } from '../scripts/services.ts';

function startApi(env: Record<string, string>, args: string[] = []) {
  // Node itself, as `npm run api` starts it: tsx's wrapper gives its child 30 ms to acknowledge a
  // relayed SIGTERM, then kills it and exits 143, which a loaded machine hit.
  const child = spawn(process.execPath, ['api/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', API_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => ({ code: code as number | null, output }));
  return { child, exited };
}

async function waitForStores(url: string): Promise<{ store_id: number; timezone: string }[]> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/v1/stores`);
      return ((await res.json()) as { stores: { store_id: number; timezone: string }[] }).stores;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

describe('api/main.ts', () => {
  it('serves the chain SIMULATOR_CHAIN names', async () => {
    const port = await freePort();
    const api = startApi({ SIMULATOR_CHAIN: 'world', API_PORT: String(port) });
    try {
      const stores = await waitForStores(`http://127.0.0.1:${port}`);
      expect(stores.map((s) => s.store_id)).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
      expect(new Set(stores.map((s) => s.timezone)).size).toBe(3);
    } finally {
      api.child.kill('SIGTERM');
    }
    expect((await api.exited).code).toBe(0);
  }, 20_000);

  it('stops at start-up on an unknown chain, or a chain given with --stores', async () => {
    const [bad, both] = await Promise.all([
      startApi({ SIMULATOR_CHAIN: 'moon' }).exited,
      startApi({ SIMULATOR_CHAIN: 'world', LOG_LEVEL: 'fatal' }, ['--stores', '5']).exited,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('SIMULATOR_CHAIN: must be one of reference, world');
    expect(both.code).toBe(2);
    expect(both.output).toContain('unset SIMULATOR_CHAIN=world');
  }, 20_000);
});
