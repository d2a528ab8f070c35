/**
 * One route under sustained load on loopback: the API runs as `npm run api` does (its own
 * process, request logs on, written to /dev/null), autocannon drives the connections. The rate
 * limit is off: this measures the server, not the limiter. By default the single sensor-hour
 * route of the reference chain at 50 connections; `--stores N --sensors M` serves a synthetic
 * chain and `--path` picks the request (e.g. the whole hour the pipeline asks for).
 * Usage: node bench/api-load.ts [--duration 15] [--connections 50] [--stores 1000 --sensors 20]
 *        [--path '/v1/visitors?hour=2026-11-21T13:00:00Z']
 */
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { printResult } from './result.ts';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../lib/config.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    stores: { type: 'string' },
    sensors: { type: 'string', default: '20' },
    path: { type: 'string', default: '/v1/visitors?hour=2026-11-21T13:00:00Z&store_id=1&sensor_id=3' },
  },
});

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const devNull = openSync('/dev/null', 'w');
// Node itself runs the TypeScript, so api.pid is the server, whose CPU time we read.
const chainArgs = values.stores ? ['--stores', values.stores, '--sensors-per-store', values.sensors] : [];
const api = spawn(process.execPath, ['api/main.ts', ...chainArgs], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, API_PORT: String(port), API_RATE_LIMIT: 'off', LOG_LEVEL: 'info' },
  stdio: ['ignore', devNull, 'inherit'],
});
const base = `http://127.0.0.1:${port}`;

/** The server's CPU time (user + system) in ms, from /proc: independent of other load on the machine. */
function serverCpuMs(): number {
  const fields = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
const url = `${base}${values.path}`;

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (i > 100) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Warm-up so the JIT has compiled the hot path before the measured run.
  await autocannon({ url, connections: 10, duration: 3 });
  const cpuBefore = serverCpuMs();
  const result = await autocannon({
    url,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  const figures = {
    'requests/s (mean)': Math.round(result.requests.average),
    'requests total': result.requests.total,
    'latency p50 ms': result.latency.p50,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    'server CPU µs/request': Math.round(((serverCpuMs() - cpuBefore) * 1000) / result.requests.total),
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(
    `GET ${url.slice(base.length)}: ${values.connections} connections, ${values.duration} s, ${values.stores ?? 'reference'} stores, Node ${process.version}`,
  );
  console.table(figures);
  printResult([
    { id: 'rps', label: 'requests/s (mean)', unit: 'req/s', value: figures['requests/s (mean)'] },
    { id: 'p50', label: 'latency p50', unit: 'ms', value: figures['latency p50 ms'] },
    { id: 'p99', label: 'latency p99', unit: 'ms', value: figures['latency p99 ms'] },
    {
      id: 'errors',
      label: 'errors, timeouts and non-2xx answers',
      unit: '',
      value: figures.errors + figures.timeouts + figures['non-2xx'],
    },
  ]);
} finally {
  api.kill('SIGTERM');
}
