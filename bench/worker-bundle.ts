/**
 * The worker with and without a prebuilt workflow bundle (WORKER_WORKFLOW_BUNDLE): time from
 * spawn to "worker polling", peak RSS by then (VmHWM: webpack's bundling is the peak when it
 * runs in the worker), and RSS a few seconds after, idle. Runs alternate so drift hits both.
 * Needs the Temporal CLI (.tools/bin/temporal); starts its own dev server and a migrated
 * SQLite warehouse in a temporary folder. Results: docs/bench/worker.md.
 *
 * Usage: node bench/worker-bundle.ts [--runs 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import { PROJECT_ROOT } from '../lib/config.ts';
import { connect } from '../lib/db/connect.ts';
import { migrateLatest } from '../migrations/index.ts';
import { freePort, startTemporalDevServer } from '../scripts/services.ts';
import { workflowBundleFor } from '../worker/workflow-bundle.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const IDLE_MS = 5_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-bundle-'));
const databaseUrl = `sqlite:${path.join(dir, 'warehouse.sqlite')}`;
const db = connect(databaseUrl);
await migrateLatest(db);
await db.destroy();
// The prebuilt bundle, made once as the worker's first start would.
const bundleFile = path.join(dir, 'workflow-bundle.js');
await workflowBundleFor({ kind: 'cache', file: bundleFile });
const port = await freePort();
const temporal = await startTemporalDevServer({
  port,
  uiPort: await freePort(),
  logFile: path.join(dir, 't.log'),
});

const MODES = { 'bundled at start': 'none', prebuilt: bundleFile } as const;
type Mode = keyof typeof MODES;

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

function once(mode: Mode): Promise<{ ms: number; peakMb: number; idleMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['worker/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
      TEMPORAL_TASK_QUEUE: 'bench-bundle',
      WORKER_WORKFLOW_BUNDLE: MODES[mode],
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${mode} worker exited (${code}) before it was ready`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('worker polling')) return;
      const ms = performance.now() - started;
      const peakMb = status(child.pid!, 'VmHWM');
      setTimeout(() => {
        const idleMb = status(child.pid!, 'VmRSS');
        child.removeAllListeners('exit');
        child.on('exit', () => resolve({ ms, peakMb, idleMb }));
        child.kill('SIGTERM');
      }, IDLE_MS);
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = Object.fromEntries(
  Object.keys(MODES).map((m) => [m, { ms: [] as number[], peakMb: [] as number[], idleMb: [] as number[] }]),
) as Record<Mode, { ms: number[]; peakMb: number[]; idleMb: number[] }>;
try {
  for (let i = 0; i < runs + 1; i++) {
    for (const mode of Object.keys(MODES) as Mode[]) {
      const r = await once(mode);
      if (i === 0) continue; // warm-up: file-system cache
      results[mode].ms.push(r.ms);
      results[mode].peakMb.push(r.peakMb);
      results[mode].idleMb.push(r.idleMb);
    }
  }
} finally {
  await temporal.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`Node ${process.version}, ${runs} runs each after one warm-up, alternating`);
const figures: Figure[] = [];
for (const mode of Object.keys(MODES) as Mode[]) {
  const { ms, peakMb, idleMb } = results[mode];
  const key = mode === 'prebuilt' ? 'prebuilt' : 'bundled';
  figures.push(
    {
      id: `${key}-ms`,
      label: `${mode}: start-up to polling, median`,
      unit: 'ms',
      value: Math.round(median(ms)),
    },
    {
      id: `${key}-peak`,
      label: `${mode}: peak RSS by then, median`,
      unit: 'MB',
      value: Math.round(median(peakMb)),
    },
    {
      id: `${key}-idle`,
      label: `${mode}: RSS idle after start-up, median`,
      unit: 'MB',
      value: Math.round(median(idleMb)),
    },
  );
  console.log(
    `${mode.padEnd(17)} ready in median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); ` +
      `peak RSS median ${median(peakMb).toFixed(0)} MB; RSS ${IDLE_MS / 1000} s after ready ${median(idleMb).toFixed(0)} MB`,
  );
}
printResult(figures);
