/**
 * Worker start-up time and memory, run by Node's own type stripping vs by tsx: the time
 * from spawn to "worker polling" (config, warehouse check, workflow bundle, Temporal
 * connection) and the worker process's peak RSS by then. Runs alternate so drift hits both.
 * Needs the Temporal CLI (.tools/bin/temporal); starts its own dev server and a migrated
 * SQLite warehouse in a temporary folder.
 *
 * Usage: node bench/worker-startup.ts [--runs 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printResult } from './result.ts';
import { PROJECT_ROOT } from '../lib/config.ts';
import { connect } from '../lib/db/connect.ts';
import { migrateLatest } from '../migrations/index.ts';
import { freePort, startTemporalDevServer } from '../scripts/services.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-worker-'));
const databaseUrl = `sqlite:${path.join(dir, 'warehouse.sqlite')}`;
const db = connect(databaseUrl);
await migrateLatest(db);
await db.destroy();
const port = await freePort();
const temporal = await startTemporalDevServer({
  port,
  uiPort: await freePort(),
  logFile: path.join(dir, 't.log'),
});

const RUNNERS = {
  node: [process.execPath, 'worker/main.ts'],
  tsx: [path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), 'worker/main.ts'],
} as const;
type Runner = keyof typeof RUNNERS;

/** Peak RSS (VmHWM) in MB of the largest process in the tree rooted at pid. */
function peakRssMb(pid: number): number {
  let best = 0;
  const visit = (p: number) => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (hwm) best = Math.max(best, Number(hwm[1]) / 1024);
      for (const child of fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/))
        if (child) visit(Number(child));
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return best;
}

function once(runner: Runner): Promise<{ ms: number; rssMb: number }> {
  const [cmd, ...args] = RUNNERS[runner];
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
      TEMPORAL_TASK_QUEUE: `bench-${runner}`,
      // Bundle at every start, as when decision 0007 was measured (bench/worker-bundle.ts compares).
      WORKER_WORKFLOW_BUNDLE: 'none',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${runner} worker exited (${code}) before it was ready`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('worker polling')) return;
      const ms = performance.now() - started;
      const rssMb = peakRssMb(child.pid!);
      child.removeAllListeners('exit');
      child.on('exit', () => resolve({ ms, rssMb }));
      child.kill('SIGTERM');
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<Runner, { ms: number[]; rssMb: number[] }> = {
  node: { ms: [], rssMb: [] },
  tsx: { ms: [], rssMb: [] },
};
try {
  for (let i = 0; i < runs + 1; i++) {
    for (const runner of ['node', 'tsx'] as const) {
      const r = await once(runner);
      if (i === 0) continue; // warm-up: file-system cache
      results[runner].ms.push(r.ms);
      results[runner].rssMb.push(r.rssMb);
    }
  }
} finally {
  await temporal.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`Node ${process.version}, ${runs} runs each after one warm-up, alternating`);
for (const runner of ['node', 'tsx'] as const) {
  const { ms, rssMb } = results[runner];
  console.log(
    `${runner.padEnd(5)} ready in median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); peak RSS median ${median(rssMb).toFixed(0)} MB`,
  );
}
const ratios = results.node.ms.map((ms, i) => ms / results.tsx.ms[i]!);
console.log(`node/tsx start-up time ratio per pair: median ${median(ratios).toFixed(2)}`);
printResult([
  {
    id: 'node-ms',
    label: 'start-up to polling (node), median',
    unit: 'ms',
    value: Math.round(median(results.node.ms)),
  },
  {
    id: 'node-rss',
    label: 'peak RSS by then (node), median',
    unit: 'MB',
    value: Math.round(median(results.node.rssMb)),
  },
  { id: 'ratio', label: 'node/tsx start-up time ratio', unit: '', value: +median(ratios).toFixed(2) },
]);
