/** Fault injection on the real app and a real port: each kind at its rate, and none unless asked. */
import type { Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiFaultRates } from '../../lib/config.ts';
import { createApp, type AppOptions } from '../app.ts';
import { pickFault } from './faults.ts';

const NOW = Date.parse('2026-11-24T02:30:00Z');
const HOUR = '2026-11-21T13:00:00Z';
const HANG_MS = 700;
const SLOW_MS = 500;
const NONE: ApiFaultRates = { error: 0, timeout: 0, slow: 0, truncate: 0, malformed: 0 };
const servers: Server[] = [];

async function serve(options: AppOptions = {}): Promise<string> {
  const app = createApp({ now: () => NOW, rateLimit: false, logger: false, ...options });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

type Outcome = 'ok' | 'error' | 'timeout' | 'slow' | 'truncate' | 'malformed';

/** What a client sees, told apart the way the pipeline would notice it. */
async function observe(url: string): Promise<{ outcome: Outcome; status?: number }> {
  const start = performance.now();
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    // No answer at all: the connection was held, then closed.
    expect(performance.now() - start).toBeGreaterThanOrEqual(HANG_MS - 20);
    return { outcome: 'timeout' };
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    return { outcome: 'truncate', status: res.status };
  }
  if (res.status >= 500) return { outcome: 'error', status: res.status };
  try {
    JSON.parse(text);
  } catch {
    return { outcome: 'malformed', status: res.status };
  }
  return { outcome: performance.now() - start >= SLOW_MS - 5 ? 'slow' : 'ok', status: res.status };
}

/** n requests, 25 at a time (the faults' order follows arrival, their counts do not). */
async function sample(url: string, n: number) {
  const outcomes: { outcome: Outcome; status?: number }[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = Array.from({ length: Math.min(25, n - i) }, () => observe(url));
    outcomes.push(...(await Promise.all(batch)));
  }
  return outcomes;
}

function count(outcomes: { outcome: Outcome }[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { ok: 0, error: 0, timeout: 0, slow: 0, truncate: 0, malformed: 0 };
  for (const o of outcomes) counts[o.outcome]++;
  return counts;
}

describe('pickFault', () => {
  it('gives each kind a slice of [0, 1) as wide as its rate, in a fixed order', () => {
    const rates = { ...NONE, error: 0.25, slow: 0.5 };
    expect(pickFault(rates, 0)).toBe('error');
    expect(pickFault(rates, 0.2499)).toBe('error');
    expect(pickFault(rates, 0.25)).toBe('slow');
    expect(pickFault(rates, 0.7499)).toBe('slow');
    expect(pickFault(rates, 0.75)).toBeUndefined();
    expect(pickFault(NONE, 0)).toBeUndefined();
  });
});

describe('fault injection on the data routes', () => {
  it('is off by default: every answer whole, valid and prompt', async () => {
    const base = await serve();
    const url = `${base}/v1/visitors?hour=${HOUR}`;
    await fetch(url).then((r) => r.text()); // the first answer of an hour is computed, not timed here
    const counts = count(await sample(url, 100));
    expect(counts).toEqual({ ok: 100, error: 0, timeout: 0, slow: 0, truncate: 0, malformed: 0 });
  });

  it('injects each kind at its configured rate', async () => {
    const rates: ApiFaultRates = { error: 0.1, timeout: 0.05, slow: 0.1, truncate: 0.1, malformed: 0.1 };
    const base = await serve({ httpFaults: { rates, seed: 'rates', hangMs: HANG_MS, slowMs: SLOW_MS } });
    const n = 400;
    const outcomes = await sample(`${base}/v1/transactions?hour=${HOUR}`, n);
    const counts = count(outcomes);
    // Binomial(n, p) within about 3.5 standard deviations of n·p.
    for (const kind of ['error', 'timeout', 'slow', 'truncate', 'malformed'] as const) {
      const mean = n * rates[kind];
      const slack = 3.5 * Math.sqrt(mean * (1 - rates[kind]));
      expect(counts[kind], kind).toBeGreaterThanOrEqual(mean - slack);
      expect(counts[kind], kind).toBeLessThanOrEqual(mean + slack);
    }
    expect(counts.ok).toBe(
      n - counts.error - counts.timeout - counts.slow - counts.truncate - counts.malformed,
    );
    const statuses = new Set(outcomes.filter((o) => o.outcome === 'error').map((o) => o.status));
    expect([...statuses].sort()).toEqual([500, 502, 503]);
    // Cut or broken bodies come with a success status: only the body tells.
    for (const o of outcomes.filter((x) => x.outcome === 'truncate' || x.outcome === 'malformed')) {
      expect(o.status).toBe(200);
    }
  }, 30_000);

  it('is the same sequence for the same seed', async () => {
    const faults = { rates: { ...NONE, error: 0.3, malformed: 0.3 }, seed: 'again' };
    const [a, b] = await Promise.all([serve({ httpFaults: faults }), serve({ httpFaults: faults })]);
    const run = async (base: string) => {
      const seen: Outcome[] = [];
      for (let i = 0; i < 40; i++)
        seen.push(
          (await observe(`${base}/visiteurs?city_store=Paris&year=2026&month=11&day=21&hour=14`)).outcome,
        );
      return seen;
    };
    const first = await run(a);
    expect(new Set(first).size).toBe(3);
    expect(await run(b)).toEqual(first);
  });

  it('never touches health, the documents, store lists or ground truth', async () => {
    const base = await serve({ httpFaults: { rates: { ...NONE, error: 1 }, seed: 'x' } });
    for (const path of ['/health', '/openapi.json', '/v1/stores', `/v1/truth/visitors?hour=${HOUR}`]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${base}/v1/visitors?hour=${HOUR}`)).status).toBeGreaterThanOrEqual(500);
  });
});
