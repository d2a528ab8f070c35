/**
 * Cost of building one store-local day (the worker's buildDayModels activity, called directly)
 * for synthetic chains of 10, 100 and 1,000 stores x 20 sensors, on SQLite and/or PostgreSQL.
 * For each size: a fresh warehouse, dim_store synced from the simulator API (in-process, free
 * port), raw seeded straight from the simulator (every reading and till total of the prior days
 * and the timed day, with the load's lineage columns), the prior days built so the build's
 * history path is exercised, then the timed day built --repeat times in a fresh child process
 * (its wall time per run, CPU time, and its peak RSS: only the build's memory, not the
 * seeding's).
 * Then the same again in a child whose V8 old generation is capped at --capped-heap-mb (0: not
 * run): V8 sizes its heap from the machine's memory and collects lazily on a large one, so the
 * default peak says more about V8 than about what the build keeps alive; a build that
 * completes under the cap keeps at most that much.
 * PostgreSQL: the database of DATABASE_URL_PG, emptied first (migrations down and up).
 *
 *   node bench/build-day.ts [--dialect sqlite|pg|both] [--stores 10,100,1000] [--sensors 20]
 *     [--prior 7] [--repeat 3] [--day 2026-11-17] [--capped-heap-mb 128] [--node-options "<flags>"]
 * --node-options: Node/V8 flags for every timed child; by default the worker's
 * (worker/node-flags.ts, docs/decisions/0017), so the figures are the build as the worker runs
 * it. `--node-options=` (empty) runs the children with V8's defaults, for comparison.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import { BlobServiceClient } from '@azure/storage-blob';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createActivities } from '../activities/index.ts';
import { createApp } from '../api/app.ts';
import { generateChain, Simulator, type Chain } from '../api/model/index.ts';
import { azuriteConnectionString, PROJECT_ROOT } from '../lib/config.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { connect, dialectOf, redact } from '../lib/db/connect.ts';
import { RAW, tableRef } from '../lib/db/naming.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { addDays, datesInRange, utcHoursOfLocalDay } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';
import { WORKER_NODE_FLAGS } from '../worker/node-flags.ts';
import type { ChildResult } from './build-day-child.ts';

/** The timed child: a process that loads what a build needs, not this benchmark's API and seeding. */
const CHILD = fileURLToPath(new URL('./build-day-child.ts', import.meta.url));

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    stores: { type: 'string', default: '10,100,1000' },
    sensors: { type: 'string', default: '20' },
    prior: { type: 'string', default: '7' },
    repeat: { type: 'string', default: '3' },
    day: { type: 'string', default: '2026-11-17' },
    'capped-heap-mb': { type: 'string', default: '128' },
    // Node flags for the timed children: the worker's by default; empty for V8's defaults.
    'node-options': { type: 'string', default: WORKER_NODE_FLAGS.join(' ') },
  },
});
const sensors = Number(values.sensors);
const repeat = Number(values.repeat);
const day = values.day;
const cappedHeapMb = Number(values['capped-heap-mb']);
const nodeFlags = values['node-options'].split(' ').filter(Boolean);

/** Never contacted: building a day reads and writes SQL only. */
function unusedLake(): LakeStore {
  return new LakeStore(
    BlobServiceClient.fromConnectionString(azuriteConnectionString()).getContainerClient('unused'),
  );
}

function runChild(url: string, apiUrl: string, heapMb?: number): Promise<ChildResult> {
  const args = [CHILD, '--url', url, '--api-url', apiUrl, '--repeat', String(repeat), '--day', day];
  if (heapMb) args.unshift(`--max-old-space-size=${heapMb}`);
  args.unshift(...nodeFlags);
  const proc = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) =>
    proc.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as ChildResult)
        : reject(new Error(`build child exited with ${code}`)),
    ),
  );
}

const RUN = { workflow_id: 'bench-build-day', run_id: 'run-1', source_checksum: 'bench' };

/** Every reading and till total of one store-local day, as the load would have written them. */
async function seedDay(db: Knex, sim: Simulator, chain: Chain, date: string): Promise<number> {
  const dialect = dialectOf(db);
  const visitorsT = tableRef(db, 'raw', RAW.visitors).qualified;
  const salesT = tableRef(db, 'raw', RAW.transactions).qualified;
  const loadedAt = new Date().toISOString();
  let rows = 0;
  // Every generated store is in Europe/Paris: one set of UTC hours.
  for (const hour of utcHoursOfLocalDay(date, 'Europe/Paris')) {
    const lineage = { ...RUN, source_blob: `bench/${hour}`, loaded_at: loadedAt };
    const visitors = chain.stores.flatMap((s) => sim.visitorRows(s, hour));
    const sales = chain.stores.map((s) => sim.transactionRow(s, hour));
    await db.transaction(async (trx) => {
      await insertChunked(trx, dialect, visitorsT, visitors, lineage);
      await insertChunked(trx, dialect, salesT, sales, lineage);
    });
    rows += visitors.length + sales.length;
  }
  return rows;
}

async function startApi(chain: Chain): Promise<{ url: string; server: Server }> {
  const app = createApp({ chain, rateLimit: false, logger: pino({ level: 'silent' }) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // The timed child reuses a kept-alive connection after builds longer than Node's default 5 s
  // idle timeout; a socket the server closed meanwhile would reset the next request.
  server.keepAliveTimeout = 10 * 60_000;
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

interface Measure extends ChildResult {
  dialect: string;
  capped?: ChildResult;
  seedS: number;
  priorBuildS: number;
  rawRows: number;
}

async function measure(dialect: 'sqlite' | 'pg', url: string, stores: number): Promise<Measure> {
  const chain = generateChain({ stores, sensorsPerStore: sensors });
  const sim = new Simulator({ chain });
  const db = connect(url);
  await migrateLatest(db);
  await migrateDown(db);
  await migrateLatest(db);
  const api = await startApi(chain);
  const activities = createActivities({ db, lake: unusedLake(), apiUrl: api.url });
  const priorDays = datesInRange(addDays(day, -Number(values.prior)), addDays(day, -1));
  try {
    await activities.syncStores();
    const t0 = performance.now();
    let rawRows = 0;
    for (const d of [...priorDays, day]) rawRows += await seedDay(db, sim, chain, d);
    const t1 = performance.now();
    for (const d of priorDays) await activities.buildDayModels({ date: d });
    const t2 = performance.now();
    const timed = await runChild(url, api.url);
    const capped = cappedHeapMb > 0 ? await runChild(url, api.url, cappedHeapMb) : undefined;
    return {
      dialect,
      ...timed,
      capped,
      seedS: (t1 - t0) / 1000,
      priorBuildS: (t2 - t1) / 1000 / Math.max(1, priorDays.length),
      rawRows,
    };
  } finally {
    await new Promise((r) => api.server.close(r));
    await db.destroy();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const sizes = values.stores.split(',').map(Number);
const dialects: { name: 'sqlite' | 'pg'; url: string }[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-build-'));
if (values.dialect !== 'pg') dialects.push({ name: 'sqlite', url: `sqlite:${path.join(dir, 'w.sqlite')}` });
if (values.dialect !== 'sqlite') {
  const pg = process.env.DATABASE_URL_PG;
  if (!pg) throw new Error('DATABASE_URL_PG is not set: the PostgreSQL runs need a database to empty');
  dialects.push({ name: 'pg', url: pg });
}

const figures: Figure[] = [];
const lines = [
  '| dialect | stores | raw rows seeded | timed day: median of runs (s) | runs (s) | CPU per run (s) | peak RSS (MB) | RSS before the build (MB) | growth vs previous size | prior day build (s, mean) | heap capped: median (s) / CPU per run (s) / peak RSS (MB) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
console.log(
  `build one day (${day}) after ${values.prior} built days; ${sensors} sensors per store; ${repeat} runs; ` +
    `${os.cpus().length} cores, Node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}` +
    `; timed children's Node flags: ${nodeFlags.length > 0 ? nodeFlags.join(' ') : "none (V8's defaults)"}` +
    (cappedHeapMb > 0 ? `; capped runs also --max-old-space-size=${cappedHeapMb}` : ''),
);
for (const { name, url } of dialects) {
  let previous: number | undefined;
  for (const stores of sizes) {
    if (name === 'sqlite') {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
    }
    const m = await measure(name, url, stores);
    const med = median(m.runsMs) / 1000;
    const growth = previous === undefined ? '-' : `x${(med / previous).toFixed(1)}`;
    previous = med;
    const line = [
      `${name}`,
      stores.toLocaleString('en-US'),
      m.rawRows.toLocaleString('en-US'),
      med.toFixed(2),
      m.runsMs.map((r) => (r / 1000).toFixed(2)).join(' / '),
      (m.cpuMs / 1000).toFixed(2),
      m.peakRssMb.toFixed(0),
      m.baseRssMb.toFixed(0),
      growth,
      m.priorBuildS.toFixed(2),
      m.capped
        ? `${(median(m.capped.runsMs) / 1000).toFixed(2)} / ${(m.capped.cpuMs / 1000).toFixed(2)} / ${m.capped.peakRssMb.toFixed(0)}`
        : '-',
    ];
    lines.push(`| ${line.join(' | ')} |`);
    // Sized: bench/run.ts runs one size at a time, so the id need not carry the size.
    figures.push(
      { id: `${name}-seconds`, label: `${name}: one day built, median`, unit: 's', value: +med.toFixed(2) },
      { id: `${name}-cpu`, label: `${name}: CPU per build`, unit: 's', value: +(m.cpuMs / 1000).toFixed(2) },
      {
        id: `${name}-rss`,
        label: `${name}: peak RSS of the build`,
        unit: 'MB',
        value: Math.round(m.peakRssMb),
      },
    );
    if (m.capped)
      figures.push({
        id: `${name}-capped-rss`,
        label: `${name}: peak RSS, heap capped at ${cappedHeapMb} MB`,
        unit: 'MB',
        value: Math.round(m.capped.peakRssMb),
      });
    console.log(`${lines[lines.length - 1]}  (load average ${os.loadavg()[0]!.toFixed(2)})`);
    if (m.stores !== stores)
      console.warn(`  warning: the build reported ${m.stores} stores, expected ${stores}`);
  }
  console.log(
    `(${name}: ${redact(url)}; load average now ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`\n${lines.join('\n')}`);
printResult(figures);
