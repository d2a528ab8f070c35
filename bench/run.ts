/**
 * `npm run bench`: runs the benchmarks of bench/, keeps each run's headline figures (the
 * `bench-result` line every benchmark prints last, bench/result.ts) in
 * docs/bench/results/<bench>.json, and writes docs/benchmarks.md from all stored results: per
 * benchmark a table of figure | 10 | 100 | 1,000 stores | growth x10 | target | met or gap, each
 * run's date, load, Node and machine, then every target with its measured value.
 *
 * A full run at 1,000 stores takes long on a small machine, so results are stored per benchmark
 * and size: `--only build-day --sizes 1000` re-runs that one cell and regenerates the document
 * from everything stored. `--sizes` picks among the sized benchmarks' runs; one without a size
 * (e.g. backfill-year) runs regardless of `--sizes`. `--report` only regenerates the document.
 *
 * `--smoke` runs each benchmark at a tiny size, SQLite only, and only checks that it still runs
 * and prints its result line: what CI does (scripts/test.sh). It writes nothing.
 * Usage: node bench/run.ts [--smoke] [--report] [--only a,b] [--sizes 10,100,1000]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { section, sizeLabel, SIZES, verdict, type Bench, type Stored, type Target } from './report.ts';
import { parseResult } from './result.ts';
import { PROJECT_ROOT } from '../lib/config.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean' },
    report: { type: 'boolean' },
    only: { type: 'string' },
    sizes: { type: 'string' },
  },
});

const pg = Boolean(process.env.DATABASE_URL_PG);
const dialect = pg ? 'both' : 'sqlite';
const sized = (args: (n: number) => string[]) => Object.fromEntries(SIZES.map((n) => [String(n), args(n)]));
// PostgreSQL's targets are listed without DATABASE_URL_PG too, so the report keeps their rows.
const both = (figure: string, target: Omit<Target, 'figure'>): Target[] =>
  ['sqlite', 'pg'].map((d) => ({ figure: `${d}-${figure}`, ...target }));

/** The figure ids bench/dashboard-loads.ts gives its views (their names, slugged). */
const VIEWS = [
  'store-view-one-day-default',
  'store-view-a-week-hours-10-18-one-sensor',
  'store-view-the-whole-year',
  'store-view-the-whole-year-two-sensors',
  'chain-overview-7-days',
  'chain-overview-92-days',
  'data-quality-7-days-all-stores',
  'pipeline',
];
const dashboardTargets = (db: 'sqlite' | 'postgres'): Target[] => [
  ...VIEWS.map((v) => ({
    figure: `${db}-${v}-p95`,
    at: 10,
    max: 50,
    text: 'every load function p95 <= 50 ms, a year of 10 stores (issue 10)',
  })),
  ...['7-days', '92-days'].map((period) => ({
    figure: `${db}-chain-overview-${period}-p95`,
    at: 1000,
    max: 300,
    text: 'chain overview p95 <= 300 ms at 1,000 stores (issue 10)',
  })),
];

const BENCHES: Bench[] = [
  {
    name: 'api-hour',
    what: 'API: one whole hour answered (visitors and transactions), n stores x 20 sensors',
    cases: sized((n) => ['--stores', String(n), '--sensors-per-store', '20', '--hours', '30']),
    smoke: ['--stores', '2', '--sensors-per-store', '2', '--hours', '2'],
    targets: [{ figure: 'visitors-median', at: 1000, max: 100, text: '< 100 ms at 1,000 stores (issue 7)' }],
    details: 'docs/bench/api.md',
  },
  {
    name: 'api-load',
    what: 'API under sustained load: the whole-hour visitors request of n stores x 20 sensors, 8 connections (a backfill of 4 hours at a time asks for both datasets of each), 10 s',
    cases: sized((n) => [
      ...['--stores', String(n), '--sensors', '20', '--connections', '8', '--duration', '10'],
      ...['--path', '/v1/visitors?hour=2026-11-21T13:00:00Z'],
    ]),
    smoke: ['--duration', '1', '--connections', '2'],
    targets: [
      {
        figure: 'errors',
        max: 0,
        text: 'zero errors at the concurrency the hourly collection of 1,000 stores needs (issue 12)',
      },
    ],
    details: 'docs/bench/api.md',
  },
  {
    name: 'load-raw',
    what: 'Blob -> raw: one hour loaded by the load activity (Azurite + SQL), n stores x 20 sensors',
    cases: sized((n) => ['--stores', String(n), '--sensors', '20', '--dialect', dialect]),
    smoke: ['--stores', '2', '--sensors', '2', '--repeat', '1', '--dialect', 'sqlite'],
    targets: both('hour', { at: 1000, max: 2000, text: 'an hour of 1,000 stores in raw < 2 s (issue 4)' }),
    details: 'docs/bench/load.md',
  },
  {
    name: 'build-day',
    what: 'Day build: one store-local day of the analytics models, n stores x 20 sensors',
    cases: sized((n) => ['--stores', String(n), '--dialect', dialect]),
    smoke: ['--stores', '2', '--sensors', '2', '--prior', '1', '--repeat', '1', '--dialect', 'sqlite'],
    targets: [
      ...both('seconds', { at: 1000, max: 20, text: 'the 1,000-store day <= 20 s (issue 8)' }),
      ...both('rss', { at: 1000, max: 300, text: '<= 300 MB at 1,000 stores (issue 8)' }),
      ...both('seconds', { maxGrowth: 10, text: 'cost no faster than linear in stores (issue 8)' }),
    ],
    details: 'docs/bench/build.md',
  },
  {
    name: 'cleaning-day',
    what: 'Cleaning rules of one chain-day, in process (no SQL), n stores x 20 sensors',
    cases: sized((n) => ['--stores', String(n)]),
    smoke: ['--stores', '2', '--sensors', '2', '--days', '2'],
    nodeFlags: ['--expose-gc'],
    targets: [],
    details: 'docs/bench/cleaning.md',
  },
  {
    name: 'check-sensor-health',
    what: 'Hourly sensor-health check (checkSensorHealth activity), n stores x 20 sensors',
    cases: sized((n) => ['--stores', String(n), '--dialect', dialect]),
    smoke: ['--stores', '2', '--sensors', '2', '--prior', '1', '--repeat', '1', '--dialect', 'sqlite'],
    // Issue 11 sets accuracy goals for alerts (docs/quality.md), no cost goal.
    targets: [],
    details: 'docs/bench/alerts.md',
  },
  {
    name: 'dashboard-loads',
    what: "Dashboard: every page's load function on a year of 10 stores x 8 sensors (SQLite); at 100 and 1,000 stores the chain overview alone",
    cases: sized((n) => ['--stores', String(n), ...(n > 10 ? ['--only', 'chain'] : [])]),
    smoke: ['--stores', '2', '--sensors', '2', '--days', '3', '--runs', '1'],
    targets: dashboardTargets('sqlite'),
    details: 'docs/bench/dashboard.md',
  },
  {
    name: 'dashboard-loads-pg',
    script: 'dashboard-loads',
    what: 'The same on PostgreSQL (the database of DATABASE_URL_PG, emptied first)',
    needsPg: true,
    cases: sized((n) => [
      ...['--stores', String(n), '--url', process.env.DATABASE_URL_PG ?? ''],
      ...(n > 10 ? ['--only', 'chain'] : []),
    ]),
    targets: dashboardTargets('postgres'),
    details: 'docs/bench/dashboard.md',
  },
  {
    name: 'dashboard-under-backfill',
    what: 'Dashboard: 20 concurrent readers of the production build during a 3-day backfill of 10 stores',
    cases: { once: [] },
    smoke: ['--stores', '2', '--days', '1', '--readers', '2', '--duration', '1'],
    targets: [{ figure: 'failures', max: 0, text: 'every page answers (issue 12: p95 per page reported)' }],
    details: 'docs/reliability.md',
  },
  {
    name: 'backfill-year',
    script: 'backfill-throughput',
    what: 'A year of the 10 reference stores end to end (every hour ingested, every day built): Temporal next to the in-process floor, SQLite',
    cases: { once: ['--days', '365'] },
    smoke: ['--chain', 'generated', '--stores', '2', '--sensors', '2', '--days', '1'],
    targets: [
      { figure: 'temporal-s', max: 300, text: 'a year of 10 stores <= 5 min (issue 9)' },
      { figure: 'ratio', max: 2, text: '<= 2x the in-process floor (issue 9)' },
      { figure: 'worker-rss', max: 300, text: 'worker RSS <= 300 MB throughout (issue 9)' },
    ],
    details: 'docs/bench/orchestration.md',
  },
  {
    name: 'backfill-week',
    script: 'backfill-throughput',
    what: 'A week of n stores x 20 sensors backfilled and built on Temporal, then one ingestHour (the hourly unit) 3 times, SQLite',
    cases: sized((n) => [
      ...['--chain', 'generated', '--stores', String(n), '--sensors', '20', '--days', '7'],
      ...['--modes', 'temporal', '--hour'],
    ]),
    targets: [
      { figure: 'hour-s', at: 1000, max: 3, text: 'one hour of 1,000 stores ingested <= 3 s (issue 9)' },
      { figure: 'temporal-s', at: 1000, max: 600, text: 'a week of 1,000 stores <= 10 min (issue 9)' },
      { figure: 'worker-rss', max: 300, text: 'worker RSS <= 300 MB throughout (issue 9)' },
    ],
    details: 'docs/bench/orchestration.md',
  },
  {
    name: 'worker-bundle',
    what: 'Worker: start-up with and without the prebuilt workflow bundle, and its memory',
    cases: { once: [] },
    smoke: ['--runs', '1'],
    targets: [{ figure: 'prebuilt-idle', max: 300, text: 'worker RSS <= 300 MB (issue 9)' }],
    details: 'docs/bench/worker.md',
  },
  {
    name: 'worker-startup',
    what: 'Worker: start-up to polling under Node type stripping vs tsx, and its memory',
    cases: { once: [] },
    smoke: ['--runs', '1'],
    targets: [],
    details: 'docs/bench/worker.md',
  },
];

const RESULTS = path.join(PROJECT_ROOT, 'docs', 'bench', 'results');
const OUT = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const cpus = os.cpus();
const machine = `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`;

function execute(
  bench: Bench,
  args: string[],
): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...(bench.nodeFlags ?? []), path.join('bench', `${bench.script ?? bench.name}.ts`), ...args],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

function stored(name: string): Stored {
  const file = path.join(RESULTS, `${name}.json`);
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Stored)
    : { bench: name, runs: {} };
}

// The connection string may hold a password: never store or print it.
const redact = (arg: string) => arg.replace(/\/\/[^@/]*@/, '//…@');

async function writeReport(): Promise<void> {
  const all = BENCHES.map((b) => [b, stored(b.name)] as const);
  const targetRows: string[] = [];
  for (const [bench, data] of all)
    for (const t of bench.targets) {
      const v = verdict(t, data.runs);
      targetRows.push(`| ${t.text} | ${bench.name}: ${t.figure} | ${v.value} | ${v.load} | ${v.verdict} |`);
    }
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts) from the results stored in docs/bench/results/*.json,',
    `last on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}. Each benchmark's`,
    'rows are its headline figures per chain size; each run (one size) states when, at what load',
    '(1/5/15-minute load average before and after) and on which Node it ran: on a shared machine a',
    'load above the core count slows every figure. Re-run one cell with',
    '`npm run bench -- --only <bench> --sizes <n>`; the interpretation of each figure is in its',
    'details document. Benchmarks are scripts, not timed tests: CI only runs `--smoke`.',
    '',
    '## Targets',
    '',
    'Every performance target of the issues that a benchmark here measures, against the stored',
    'results, with the 1-minute load average before the run(s) it rests on (above 2, the 2 cores',
    'were shared). The accuracy, reliability and remaining targets (measured by other tools) are in',
    '[docs/targets.md](targets.md).',
    '',
    '| target | figure | measured | load before | met? |',
    '| --- | --- | --- | --- | --- |',
    ...targetRows,
    '',
    ...all.map(([b, d]) => section(b, d)),
  ].join('\n');
  // Formatted as `prettier --check .` (CI) wants it.
  fs.writeFileSync(
    OUT,
    await prettier.format(doc, { ...(await prettier.resolveConfig(OUT)), filepath: OUT }),
  );
  console.log(`wrote ${path.relative(PROJECT_ROOT, OUT)}`);
}

const only = values.only ? new Set(values.only.split(',')) : undefined;
const unknown = [...(only ?? [])].filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')} (have: ${BENCHES.map((b) => b.name).join(', ')})`,
  );
  process.exit(2);
}
const sizes = values.sizes?.split(',');
const badSize = sizes?.find((s) => !SIZES.map(String).includes(s));
if (badSize) {
  console.error(`--sizes: ${badSize} is not one of ${SIZES.join(', ')}`);
  process.exit(2);
}
const picked = BENCHES.filter((b) => !only || only.has(b.name));

let failed = 0;
if (values.smoke) {
  for (const bench of picked) {
    if (!bench.smoke) continue;
    const r = await execute(bench, bench.smoke);
    const ok = r.code === 0 && parseResult(r.output) !== undefined;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${bench.script ?? bench.name} (${r.seconds.toFixed(1)} s)`);
    if (!ok) {
      failed += 1;
      console.log(r.output, r.code === 0 ? '\n(exit 0 but no bench-result line)' : '');
    }
  }
  process.exit(failed ? 1 : 0);
}

if (!values.report) {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const bench of picked) {
    if (bench.needsPg && !pg) {
      console.log(`skip ${bench.name}: needs DATABASE_URL_PG`);
      continue;
    }
    for (const [key, args] of Object.entries(bench.cases)) {
      if (key !== 'once' && sizes && !sizes.includes(key)) continue;
      const loadBefore = loadavg();
      const at = new Date().toISOString();
      const r = await execute(bench, args);
      const figures = parseResult(r.output);
      const ok = r.code === 0 && figures !== undefined;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${bench.name} ${sizeLabel(key)} (${r.seconds.toFixed(0)} s)`);
      if (!ok) {
        // A failed run keeps the last good result: its output says why.
        failed += 1;
        console.log(r.output);
        continue;
      }
      const data = stored(bench.name);
      data.runs[key] = {
        at,
        command: redact(
          ['node', ...(bench.nodeFlags ?? []), `bench/${bench.script ?? bench.name}.ts`, ...args].join(' '),
        ),
        seconds: r.seconds,
        loadBefore,
        loadAfter: loadavg(),
        node: process.version,
        machine,
        figures: figures!,
      };
      fs.writeFileSync(path.join(RESULTS, `${bench.name}.json`), `${JSON.stringify(data, null, 2)}\n`);
    }
  }
}
await writeReport();
process.exit(failed ? 1 : 0);
