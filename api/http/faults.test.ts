/**
 * Fault injection on the real app and a real port: each kind at its rate, seen by the client as
 * intended, and none unless asked. The server's "injected fault" log lines give the exact count of
 * each kind; the client side is checked without relying on timing except where it must (a slow
 * answer is at least that late), so a loaded machine cannot turn an ordinary answer into a fault.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { API_FAULT_KINDS, type ApiFaultKind, type ApiFaultRates } from '../../lib/config.ts';
import { localServers } from '../../tests/support/local-servers.ts';
import { createApp, type AppOptions } from '../app.ts';
import { pickFault } from './faults.ts';

const NOW = Date.parse('2026-11-24T02:30:00Z');
const HOUR = '2026-11-21T13:00:00Z';
const HANG_MS = 300;
const SLOW_MS = 300;
const NONE: ApiFaultRates = { error: 0, timeout: 0, slow: 0, truncate: 0, malformed: 0 };
const listen = localServers();

/** The app on a free port, and the faults it logged. */
async function serve(options: AppOptions = {}) {
  const injected: ApiFaultKind[] = [];
  const logger = pino(
    { level: 'warn' },
    {
      write: (line: string) => {
        const entry = JSON.parse(line) as { msg: string; fault: ApiFaultKind };
        if (entry.msg === 'injected fault') injected.push(entry.fault);
      },
    },
  );
  const { url } = await listen(createApp({ now: () => NOW, rateLimit: false, logger, ...options }));
  return { base: url, injected };
}

type Outcome = 'ok' | 'error' | 'timeout' | 'truncate' | 'malformed';
interface Seen {
  outcome: Outcome;
  status?: number;
  ms: number;
}

/** What a client sees, told apart the way the pipeline would notice it. */
async function observe(url: string): Promise<Seen> {
  const start = performance.now();
  const ms = () => performance.now() - start;
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    // No answer at all: the connection was held, then closed.
    return { outcome: 'timeout', ms: ms() };
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    return { outcome: 'truncate', status: res.status, ms: ms() };
  }
  if (res.status >= 500) return { outcome: 'error', status: res.status, ms: ms() };
  try {
    JSON.parse(text);
  } catch {
    return { outcome: 'malformed', status: res.status, ms: ms() };
  }
  return { outcome: 'ok', status: res.status, ms: ms() };
}

/** n requests, 25 at a time (the faults' order follows arrival, their counts do not). */
async function sample(url: string, n: number): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (let i = 0; i < n; i += 25) {
    seen.push(...(await Promise.all(Array.from({ length: Math.min(25, n - i) }, () => observe(url)))));
  }
  return seen;
}

function tally<K extends string>(keys: readonly K[], values: readonly string[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v as K]++;
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
  it('is off by default: every answer whole and valid, nothing injected', async () => {
    const { base, injected } = await serve();
    const seen = await sample(`${base}/v1/visitors?hour=${HOUR}`, 100);
    expect(seen.filter((s) => s.outcome !== 'ok' || s.status !== 200)).toEqual([]);
    expect(injected).toEqual([]);
  });

  it('injects each kind at its configured rate, as the client sees it', async () => {
    const rates: ApiFaultRates = { error: 0.1, timeout: 0.05, slow: 0.1, truncate: 0.1, malformed: 0.1 };
    const { base, injected } = await serve({
      httpFaults: { rates, seed: 'rates', hangMs: HANG_MS, slowMs: SLOW_MS },
    });
    const n = 400;
    const seen = await sample(`${base}/v1/transactions?hour=${HOUR}`, n);
    const server = tally(API_FAULT_KINDS, injected);
    // Binomial(n, p) within 3.5 standard deviations of n·p.
    for (const kind of API_FAULT_KINDS) {
      const mean = n * rates[kind];
      const slack = 3.5 * Math.sqrt(mean * (1 - rates[kind]));
      expect(server[kind], kind).toBeGreaterThanOrEqual(mean - slack);
      expect(server[kind], kind).toBeLessThanOrEqual(mean + slack);
    }
    const client = tally(
      ['ok', 'error', 'timeout', 'truncate', 'malformed'] as const,
      seen.map((s) => s.outcome),
    );
    expect(client).toEqual({
      ok: n - server.error - server.timeout - server.truncate - server.malformed,
      error: server.error,
      timeout: server.timeout,
      truncate: server.truncate,
      malformed: server.malformed,
    });
    // Slow answers are whole and at least SLOW_MS late; hung requests end after HANG_MS.
    const late = seen.filter((s) => s.outcome === 'ok' && s.ms >= SLOW_MS - 5).length;
    expect(late).toBeGreaterThanOrEqual(server.slow);
    for (const s of seen.filter((x) => x.outcome === 'timeout'))
      expect(s.ms).toBeGreaterThanOrEqual(HANG_MS - 20);
    const statuses = new Set(seen.filter((s) => s.outcome === 'error').map((s) => s.status));
    expect([...statuses].sort()).toEqual([500, 502, 503]);
    // Cut or broken bodies come with a success status: only the body tells.
    for (const s of seen.filter((x) => x.outcome === 'truncate' || x.outcome === 'malformed')) {
      expect(s.status).toBe(200);
    }
  }, 30_000);

  it('is the same sequence for the same seed', async () => {
    const faults = { rates: { ...NONE, error: 0.3, malformed: 0.3 }, seed: 'again' };
    const [a, b] = await Promise.all([serve({ httpFaults: faults }), serve({ httpFaults: faults })]);
    const run = async (base: string) => {
      const seen: Outcome[] = [];
      for (let i = 0; i < 40; i++) {
        seen.push(
          (await observe(`${base}/visiteurs?city_store=Paris&year=2026&month=11&day=21&hour=14`)).outcome,
        );
      }
      return seen;
    };
    const first = await run(a.base);
    expect(new Set(first).size).toBe(3);
    expect(await run(b.base)).toEqual(first);
  });

  it('never touches health, the documents, store lists or ground truth', async () => {
    const { base } = await serve({ httpFaults: { rates: { ...NONE, error: 1 }, seed: 'x' } });
    for (const path of ['/health', '/openapi.json', '/v1/stores', `/v1/truth/visitors?hour=${HOUR}`]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    }
    expect((await fetch(`${base}/v1/visitors?hour=${HOUR}`)).status).toBeGreaterThanOrEqual(500);
  });
});
