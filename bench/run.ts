/**
 * `npm run bench`: runs every benchmark of bench/ and writes docs/benchmarks.md: the machine, the
 * date and load, then each benchmark's target and its own figures at 10, 100 and 1,000 stores
 * where it takes a size (once where it does not). Benchmarks are scripts, not timed tests.
 *
 * `--smoke` runs each at a tiny size, SQLite only, and only checks that it still runs (exit
 * status 0): what CI does (scripts/test.sh), in seconds. `--only api-hour,load-raw` picks some.
 * Usage: node bench/run.ts [--smoke] [--only a,b] [--out docs/benchmarks.md]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../lib/config.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean' },
    only: { type: 'string' },
    out: { type: 'string', default: path.join('docs', 'benchmarks.md') },
  },
});

interface Bench {
  name: string;
  what: string;
  /** The goal its issue set, as docs/bench/*.md states it. */
  target: string;
  /** Arguments for a chain of n stores; undefined: the benchmark has no size. */
  sized?: (stores: number) => string[];
  args?: string[];
  smoke: string[];
  nodeFlags?: string[];
  details: string;
}

const pgOrSqlite = process.env.DATABASE_URL_PG ? 'both' : 'sqlite';

const BENCHES: Bench[] = [
  {
    name: 'api-hour',
    what: 'API: one whole hour answered (visitors and transactions)',
    target: 'under 100 ms for 1,000 stores x 20 sensors (issue 7)',
    sized: (n) => ['--stores', String(n), '--sensors-per-store', '20', '--hours', '30'],
    smoke: ['--stores', '2', '--sensors-per-store', '2', '--hours', '2'],
    details: 'docs/bench/api.md',
  },
  {
    name: 'api-load',
    what: 'API under sustained load: the single sensor-hour route, 50 connections, 15 s',
    target: 'no errors; no throughput target (issue 7)',
    args: [],
    smoke: ['--duration', '1', '--connections', '2'],
    details: 'docs/bench/api.md, docs/bench/load.md',
  },
  {
    name: 'load-raw',
    what: 'Blob -> raw: one hour loaded by the load activity (Azurite + SQL)',
    target: 'an hour of 1,000 stores in raw in under 2 s (issue 4)',
    sized: (n) => ['--stores', String(n), '--sensors', '20', '--dialect', pgOrSqlite],
    smoke: ['--stores', '2', '--sensors', '2', '--repeat', '1', '--dialect', 'sqlite'],
    details: 'docs/bench/load.md',
  },
  {
    name: 'build-day',
    what: 'Day build: one store-local day of the analytics models',
    target: 'docs/bench/build.md (1,000 stores: not met, measured gap there)',
    sized: (n) => ['--stores', String(n), '--dialect', pgOrSqlite],
    smoke: ['--stores', '2', '--sensors', '2', '--prior', '1', '--repeat', '1', '--dialect', 'sqlite'],
    details: 'docs/bench/build.md',
  },
  {
    name: 'cleaning-day',
    what: 'Cleaning rules of one day, in process (no SQL)',
    target: 'docs/bench/cleaning.md',
    sized: (n) => ['--stores', String(n)],
    smoke: ['--stores', '2', '--sensors', '2', '--days', '2'],
    nodeFlags: ['--expose-gc'],
    details: 'docs/bench/cleaning.md',
  },
  {
    name: 'dashboard-loads',
    what: "Dashboard: every page's load function on a year of data",
    target: 'p95 under 50 ms a page (docs/bench/dashboard.md)',
    sized: (n) => ['--stores', String(n)],
    smoke: ['--stores', '2', '--sensors', '2', '--days', '3', '--runs', '1'],
    details: 'docs/bench/dashboard.md',
  },
  {
    name: 'worker-bundle',
    what: "Worker: bundling the workflows (webpack) and the bundle's size",
    target: 'docs/bench/worker.md',
    args: [],
    smoke: ['--runs', '1'],
    details: 'docs/bench/worker.md',
  },
  {
    name: 'worker-startup',
    what: 'Worker: start-up to polling, and its memory',
    target: 'docs/bench/worker.md',
    args: [],
    smoke: ['--runs', '1'],
    details: 'docs/bench/worker.md',
  },
];

const SIZES = [10, 100, 1000];

function run(
  bench: Bench,
  args: string[],
): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...(bench.nodeFlags ?? []), path.join('bench', `${bench.name}.ts`), ...args],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const only = values.only ? new Set(values.only.split(',')) : undefined;
const picked = BENCHES.filter((b) => !only || only.has(b.name));
const unknown = [...(only ?? [])].filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')} (have: ${BENCHES.map((b) => b.name).join(', ')})`,
  );
  process.exit(2);
}

let failed = 0;
if (values.smoke) {
  for (const bench of picked) {
    const r = await run(bench, bench.smoke);
    console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${bench.name} (${r.seconds.toFixed(1)} s)`);
    if (r.code !== 0) {
      failed += 1;
      console.log(r.output);
    }
  }
  process.exit(failed ? 1 : 0);
}

const cpus = os.cpus();
const sections: string[] = [];
for (const bench of picked) {
  const runs = bench.sized
    ? SIZES.map((n) => [`${n} stores`, bench.sized!(n)] as const)
    : [['', bench.args ?? []] as const];
  const parts: string[] = [
    `## ${bench.name}: ${bench.what}`,
    '',
    `Target: ${bench.target}. Details and history: ${bench.details}.`,
    '',
  ];
  for (const [label, args] of runs) {
    const before = loadavg();
    const r = await run(bench, args);
    console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${bench.name} ${label} (${r.seconds.toFixed(0)} s)`);
    if (r.code !== 0) failed += 1;
    parts.push(
      `### ${label || 'one run'}: \`node ${[...(bench.nodeFlags ?? []), `bench/${bench.name}.ts`, ...args].join(' ')}\``,
      '',
      `${r.seconds.toFixed(0)} s, load before ${before}${r.code === 0 ? '' : `, **exited with ${r.code}**`}.`,
      '',
      '```text',
      r.output.trim(),
      '```',
      '',
    );
  }
  sections.push(parts.join('\n'));
}
const header = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:`,
  `${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version},`,
  `load ${loadavg()} at the end. Each benchmark's own output follows, per chain size (10, 100,`,
  '1,000 stores) where it takes one; the interpretation and the goals met or missed are in',
  'docs/bench/*.md.',
  '',
].join('\n');
fs.writeFileSync(path.join(PROJECT_ROOT, values.out), `${header}\n${sections.join('\n')}`);
console.log(`wrote ${values.out}`);
process.exit(failed ? 1 : 0);
