/**
 * The single sensor-hour route under load on loopback: the API runs as `npm run api` does
 * (its own process, request logs on, written to /dev/null), autocannon drives 50 connections.
 * The rate limit is off: this measures the server, not the limiter.
 * Usage: node bench/api-load.ts [--duration 15] [--connections 50]
 */
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../lib/config.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
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
const api = spawn(process.execPath, ['api/main.ts'], {
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
const url = `${base}/v1/visitors?hour=2026-11-21T13:00:00Z&store_id=1&sensor_id=3`;

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
  console.log(
    `GET ${url.slice(base.length)}: ${values.connections} connections, ${values.duration} s, Node ${process.version}`,
  );
  console.table({
    'requests/s (mean)': Math.round(result.requests.average),
    'requests total': result.requests.total,
    'latency p50 ms': result.latency.p50,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    'server CPU µs/request': Math.round(((serverCpuMs() - cpuBefore) * 1000) / result.requests.total),
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  });
} finally {
  api.kill('SIGTERM');
}
