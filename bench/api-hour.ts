/**
 * One whole hour of a 1,000-store x 20-sensor chain, computed and served over HTTP
 * (readings: 20,000 rows; sales: 1,000 rows). Each request asks for a different hour, and
 * the API caches nothing, so every answer is computed from scratch. Besides wall time, each
 * request's CPU time (this process: server and client together) is reported: unlike wall time,
 * it barely moves when other work shares the machine.
 * Usage: node bench/api-hour.ts [--stores 1000] [--sensors-per-store 20] [--hours 30]
 */
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { printResult } from './result.ts';
import { addHours } from '../lib/time.ts';
import { createApp } from '../api/app.ts';
import { generateChain } from '../api/model/index.ts';

const { values } = parseArgs({
  options: {
    stores: { type: 'string', default: '1000' },
    'sensors-per-store': { type: 'string', default: '20' },
    hours: { type: 'string', default: '30' },
  },
});
const stores = Number(values.stores);
const sensorsPerStore = Number(values['sensors-per-store']);
const hours = Number(values.hours);

const app = createApp({ chain: generateChain({ stores, sensorsPerStore }), rateLimit: false, logger: false });
const server = await new Promise<Server>((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(dataset: 'visitors' | 'transactions') {
  // Warm-up on other hours, so the JIT has compiled the model before timing.
  for (let i = 0; i < 5; i++)
    await (await fetch(`${base}/v1/${dataset}?hour=${addHours('2026-10-01T08:00:00Z', i)}`)).text();
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < hours; i++) {
    // Open hours of weekdays and Saturdays, the busiest (largest) answers.
    const hour = addHours('2026-11-16T08:00:00Z', i * 5);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const res = await fetch(`${base}/v1/${dataset}?hour=${hour}`);
    const text = await res.text();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (res.status !== 200) throw new Error(`${dataset} ${hour}: HTTP ${res.status}`);
    bytes = text.length;
    rows = (JSON.parse(text) as { rows: unknown[] }).rows.length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    dataset,
    rows,
    kB: Math.round(bytes / 1024),
    median_ms: +quantile(times, 0.5).toFixed(1),
    p95_ms: +quantile(times, 0.95).toFixed(1),
    max_ms: +times[times.length - 1]!.toFixed(1),
    cpu_median_ms: +quantile(cpu, 0.5).toFixed(1),
  };
}

console.log(
  `chain: ${stores} stores x ${sensorsPerStore} sensors, ${hours} hours per dataset, Node ${process.version}`,
);
const visitors = await measure('visitors');
const transactions = await measure('transactions');
console.table([visitors, transactions]);
printResult([
  { id: 'visitors-median', label: 'one hour of visitors, median', unit: 'ms', value: visitors.median_ms },
  { id: 'visitors-p95', label: 'one hour of visitors, p95', unit: 'ms', value: visitors.p95_ms },
  {
    id: 'visitors-cpu',
    label: 'one hour of visitors, CPU median',
    unit: 'ms',
    value: visitors.cpu_median_ms,
  },
  {
    id: 'transactions-median',
    label: 'one hour of transactions, median',
    unit: 'ms',
    value: transactions.median_ms,
  },
]);
server.close();
