/**
 * Blob -> raw throughput and memory of the real load activity (makeLoadHour: download, decode,
 * validate, delete + insert in one transaction), on Azurite with SQLite and/or PostgreSQL,
 * for a synthetic chain (default 1,000 stores x 20 sensors: 20,000 visitor rows and 1,000
 * transaction rows per hour). Also times the extract side without HTTP (Parquet encode + upload).
 * Starts its own Azurite on a free port; PostgreSQL gets a scratch database on the server of
 * DATABASE_URL_PG (default postgres://postgres@127.0.0.1:5432/test), dropped at the end.
 * Memory is measured in fresh child processes (1 hour vs 24 hours) so one phase's garbage
 * does not show up in another's peak.
 * Usage: node bench/load-raw.ts [--dialect sqlite|pg|both] [--stores 1000] [--sensors 20] [--repeat 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import type { Knex } from 'knex';
import { makeLoadHour, type LoadInput } from '../activities/load-hour.ts';
import { azuriteConnectionString, PROJECT_ROOT } from '../lib/config.ts';
import { DATASETS, type Dataset, type TransactionRow, type VisitorRow } from '../lib/datasets.ts';
import { connect } from '../lib/db/connect.ts';
import { RAW, tableRef } from '../lib/db/naming.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { decodeParquet, encodeParquet } from '../lib/lake/parquet.ts';
import { partitionBlobPath } from '../lib/lake/paths.ts';
import { addHours, toLocal } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';
import { freePort, startAzurite } from '../scripts/services.ts';
import { BlobServiceClient } from '@azure/storage-blob';
import { syntheticVisitorRows } from '../tests/support/synthetic.ts';

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    stores: { type: 'string', default: '1000' },
    sensors: { type: 'string', default: '20' },
    repeat: { type: 'string', default: '5' },
    // Internal: set when this script runs itself as a memory-measuring child.
    'memory-child': { type: 'string' },
    'gc-each-hour': { type: 'boolean', default: false },
    'db-url': { type: 'string' },
    blob: { type: 'string' },
    container: { type: 'string' },
  },
});
const stores = Number(values.stores);
const sensors = Number(values.sensors);
const repeat = Number(values.repeat);
const RUN = { workflowId: 'bench-load-raw', runId: 'run-1' };
/** Day A feeds the single-hour, day and memory runs; day B the warm-up and extract timings. */
const DAY_A = '2026-11-16T00:00:00Z';
const DAY_B = '2026-11-17T00:00:00Z';
const dayHours = (start: string) => Array.from({ length: 24 }, (_, i) => addHours(start, i));

const visitorRows = (hourUtc: string): VisitorRow[] => syntheticVisitorRows(hourUtc, stores, sensors);

function transactionRows(hourUtc: string): TransactionRow[] {
  const { localDate, localHour } = toLocal(hourUtc, 'Europe/Paris');
  return Array.from({ length: stores }, (_, i) => {
    const transactions = ((i + 1) * 13 + localHour * 7) % 60;
    return {
      store_id: i + 1,
      hour_utc: hourUtc,
      local_date: localDate,
      local_hour: localHour,
      transactions,
      revenue: Math.round(transactions * (1500 + ((i * 37) % 2500))) / 100,
    };
  });
}

const rowsOf = (dataset: Dataset, hourUtc: string) =>
  dataset === 'visitors' ? visitorRows(hourUtc) : transactionRows(hourUtc);
const rowsPerHour = { visitors: stores * sensors, transactions: stores };
const hourRows = rowsPerHour.visitors + rowsPerHour.transactions;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ms = (x: number) => x.toFixed(0);
const perSecond = (rows: number, millis: number) => Math.round((rows / millis) * 1000).toLocaleString('en');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const figures: Figure[] = [];

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** Runs `work` over `items` with at most `lanes` at a time, like the backfill workflow's lanes. */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function loadInput(dataset: Dataset, hourUtc: string): LoadInput {
  return { ...RUN, dataset, hourUtc, blobPath: partitionBlobPath(dataset, hourUtc) };
}

/** One hour as ingestHour loads it: both datasets at once. */
async function loadWholeHour(loadHour: ReturnType<typeof makeLoadHour>, hourUtc: string): Promise<void> {
  await Promise.all(DATASETS.map((d) => loadHour(loadInput(d, hourUtc))));
}

async function truncateRaw(db: Knex): Promise<void> {
  for (const name of [RAW.visitors, RAW.transactions, RAW.ingestionLog])
    await db(tableRef(db, 'raw', name).qualified).truncate();
}

async function countRaw(db: Knex, dataset: Dataset): Promise<number> {
  const [row] = await db(tableRef(db, 'raw', RAW[dataset]).qualified).count({ n: '*' });
  return Number(row!.n);
}

interface MemoryResult {
  hours: number;
  gcEachHour: boolean;
  seconds: number;
  baseRss: number;
  peakRss: number;
  baseHeap: number;
  peakHeap: number;
  heapAfterGc: number;
}

/**
 * Child mode: load N hours of day A one after the other while sampling memory every 50 ms.
 * With gcEachHour, a full GC after each hour shows what an hour leaves behind; without it, V8
 * collects when it likes and the peaks include garbage not yet collected.
 */
async function memoryChild(hours: number, gcEachHour: boolean): Promise<MemoryResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory child needs --expose-gc');
  const db = connect(values['db-url']!);
  const lake = new LakeStore(
    BlobServiceClient.fromConnectionString(values.blob!).getContainerClient(values.container!),
  );
  const loadHour = makeLoadHour({ db, lake, apiUrl: 'http://unused.invalid' });
  await truncateRaw(db);
  await lake.ensureContainer();
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const [elapsed] = await timed(async () => {
    for (const h of dayHours(DAY_A).slice(0, hours)) {
      await loadWholeHour(loadHour, h);
      sample();
      if (gcEachHour) gc();
    }
  });
  clearInterval(timer);
  gc();
  const after = process.memoryUsage();
  await db.destroy();
  return {
    hours,
    gcEachHour,
    seconds: elapsed / 1000,
    baseRss: base.rss,
    peakRss,
    baseHeap: base.heapUsed,
    peakHeap,
    heapAfterGc: after.heapUsed,
  };
}

function runMemoryChild(
  hours: number,
  gcEachHour: boolean,
  dbUrl: string,
  blob: string,
  container: string,
): Promise<MemoryResult> {
  const script = fileURLToPath(import.meta.url);
  const args = ['--expose-gc', script, '--stores', String(stores)];
  args.push('--sensors', String(sensors), '--memory-child', String(hours));
  args.push('--db-url', dbUrl, '--blob', blob, '--container', container);
  if (gcEachHour) args.push('--gc-each-hour');
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as MemoryResult)
        : reject(new Error(`memory child (${hours} h) exited with ${code}`)),
    ),
  );
}

/** A scratch database next to DATABASE_URL_PG's, so the benchmark never wipes the test database. */
async function scratchPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `dm360_bench_${process.pid}`;
  const admin = connect(serverUrl);
  await admin.raw('create database ??', [name]);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.raw('drop database if exists ?? with (force)', [name]);
      await admin.destroy();
    },
  };
}

async function benchDialect(dialect: 'sqlite' | 'pg', blob: string): Promise<string[]> {
  const out: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-sql-'));
  const pgDb = dialect === 'pg' ? await scratchPgDatabase() : undefined;
  const url = pgDb?.url ?? `sqlite:${path.join(tmp, 'warehouse.sqlite')}`;
  const container = `bench-${dialect}-${process.pid}`;
  const lake = new LakeStore(BlobServiceClient.fromConnectionString(blob).getContainerClient(container));
  const db = connect(url);
  try {
    await migrateLatest(db);
    await migrateDown(db);
    await migrateLatest(db);
    const loadHour = makeLoadHour({ db, lake, apiUrl: 'http://unused.invalid' });

    // Extract side (no HTTP): encode + upload, timed while landing the two days.
    const encode: Record<Dataset, number[]> = { visitors: [], transactions: [] };
    const upload: Record<Dataset, number[]> = { visitors: [], transactions: [] };
    const sizes: Record<Dataset, number> = { visitors: 0, transactions: 0 };
    for (const h of [...dayHours(DAY_B), ...dayHours(DAY_A)]) {
      for (const d of DATASETS) {
        const rows = rowsOf(d, h);
        const [te, bytes] = await timed(async () =>
          encodeParquet(d, rows, { hourUtc: h, sourceUrl: 'bench', writtenBy: RUN.workflowId }),
        );
        const [tu] = await timed(() => lake.put(partitionBlobPath(d, h), bytes));
        encode[d].push(te);
        upload[d].push(tu);
        sizes[d] = bytes.byteLength;
      }
    }

    // Warm-up (JIT, connection pool), then start from empty tables.
    for (const h of dayHours(DAY_B).slice(0, 3)) await loadWholeHour(loadHour, h);
    await truncateRaw(db);

    // One hour, per dataset alone, both at once, and a re-load replacing the hour's rows.
    const alone: Record<Dataset, number[]> = { visitors: [], transactions: [] };
    const both: number[] = [];
    const reload: number[] = [];
    const stage: Record<Dataset, { download: number[]; decode: number[] }> = {
      visitors: { download: [], decode: [] },
      transactions: { download: [], decode: [] },
    };
    const sampleHours = dayHours(DAY_A).slice(8, 8 + 2 * repeat);
    for (const h of sampleHours.slice(0, repeat)) {
      for (const d of DATASETS) {
        alone[d].push((await timed(() => loadHour(loadInput(d, h))))[0]);
        // The same stages outside the activity, to see where the time goes.
        const [td, got] = await timed(() => lake.get(partitionBlobPath(d, h)));
        const [tp] = await timed(() => decodeParquet(d, got.bytes, got.path));
        stage[d].download.push(td);
        stage[d].decode.push(tp);
      }
    }
    for (const h of sampleHours.slice(repeat)) both.push((await timed(() => loadWholeHour(loadHour, h)))[0]);
    for (const h of sampleHours.slice(repeat))
      reload.push((await timed(() => loadWholeHour(loadHour, h)))[0]);

    // One day: hour by hour, then two hours at a time.
    await truncateRaw(db);
    const [daySeq] = await timed(async () => {
      for (const h of dayHours(DAY_A)) await loadWholeHour(loadHour, h);
    });
    for (const d of DATASETS) {
      const n = await countRaw(db, d);
      if (n !== 24 * rowsPerHour[d])
        throw new Error(`${d}: ${n} rows in raw after a day, expected ${24 * rowsPerHour[d]}`);
    }
    await truncateRaw(db);
    const [dayPar] = await timed(() => inLanes(dayHours(DAY_A), 2, (h) => loadWholeHour(loadHour, h)));
    for (const d of DATASETS) {
      const n = await countRaw(db, d);
      if (n !== 24 * rowsPerHour[d])
        throw new Error(`${d}: ${n} rows in raw after a day, expected ${24 * rowsPerHour[d]}`);
    }

    const memory: MemoryResult[] = [];
    for (const [hours, gcEachHour] of [
      [1, false],
      [24, false],
      [1, true],
      [24, true],
    ] as const)
      memory.push(await runMemoryChild(hours, gcEachHour, url, blob, container));

    const name = dialect === 'pg' ? 'PostgreSQL' : 'SQLite';
    const day = memory.find((m) => m.hours === 24 && !m.gcEachHour)!;
    figures.push(
      {
        id: `${dialect}-hour`,
        label: `${name}: one hour, both datasets, median`,
        unit: 'ms',
        value: Math.round(median(both)),
      },
      {
        id: `${dialect}-reload`,
        label: `${name}: the same hour re-loaded, median`,
        unit: 'ms',
        value: Math.round(median(reload)),
      },
      {
        id: `${dialect}-day`,
        label: `${name}: one day, hour by hour`,
        unit: 'ms',
        value: Math.round(daySeq),
      },
      {
        id: `${dialect}-rss`,
        label: `${name}: peak RSS loading 24 hours`,
        unit: 'MB',
        value: Math.round(day.peakRss / 2 ** 20),
      },
    );
    out.push(`### Azurite + ${name}`, '');
    out.push('| load (blob -> committed raw rows) | rows | median ms | min–max ms | rows/s |');
    out.push('| --- | ---: | ---: | ---: | ---: |');
    for (const d of DATASETS) {
      const m = median(alone[d]);
      out.push(
        `| one hour of ${d} alone | ${rowsPerHour[d].toLocaleString('en')} | ${ms(m)} | ` +
          `${ms(Math.min(...alone[d]))}–${ms(Math.max(...alone[d]))} | ${perSecond(rowsPerHour[d], m)} |`,
      );
    }
    const row = (label: string, rows: number, xs: number[]) =>
      `| ${label} | ${rows.toLocaleString('en')} | ${ms(median(xs))} | ` +
      `${ms(Math.min(...xs))}–${ms(Math.max(...xs))} | ${perSecond(rows, median(xs))} |`;
    out.push(row('one hour, both datasets at once (as the workflow)', hourRows, both));
    out.push(row('same hour re-loaded (delete + insert)', hourRows, reload));
    out.push(
      `| one day, hour by hour | ${(24 * hourRows).toLocaleString('en')} | ${ms(daySeq)} | | ${perSecond(24 * hourRows, daySeq)} |`,
    );
    out.push(
      `| one day, 2 hours at a time | ${(24 * hourRows).toLocaleString('en')} | ${ms(dayPar)} | | ${perSecond(24 * hourRows, dayPar)} |`,
    );
    out.push('');
    out.push(
      '| stage, median ms (outside the activity) | visitors | transactions |',
      '| --- | ---: | ---: |',
    );
    out.push(
      `| download (lake.get) | ${ms(median(stage.visitors.download))} | ${ms(median(stage.transactions.download))} |`,
    );
    out.push(
      `| decode + validate (decodeParquet) | ${ms(median(stage.visitors.decode))} | ${ms(median(stage.transactions.decode))} |`,
    );
    out.push(
      `| write (rest of the load: delete, insert, log, commit) | ` +
        DATASETS.map((d) => ms(median(alone[d]) - median(stage[d].download) - median(stage[d].decode))).join(
          ' | ',
        ) +
        ' |',
    );
    out.push('');
    out.push(
      '| memory (fresh process, hour by hour) | seconds | base RSS MB | peak RSS MB | base heap MB | peak heap MB | heap after GC MB |',
    );
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const m of memory) {
      out.push(
        `| ${m.hours} hour${m.hours > 1 ? 's' : ''}${m.gcEachHour ? ', gc() after each hour' : ''} | ${m.seconds.toFixed(1)} | ${mb(m.baseRss)} | ${mb(m.peakRss)} | ` +
          `${mb(m.baseHeap)} | ${mb(m.peakHeap)} | ${mb(m.heapAfterGc)} |`,
      );
    }
    out.push('');
    if (dialect === 'sqlite') {
      out.push('| extract side, one hour (no HTTP), median ms | rows | Parquet kB | encode | upload |');
      out.push('| --- | ---: | ---: | ---: | ---: |');
      for (const d of DATASETS) {
        out.push(
          `| ${d} | ${rowsPerHour[d].toLocaleString('en')} | ${Math.round(sizes[d] / 1024)} | ` +
            `${ms(median(encode[d].slice(3)))} | ${ms(median(upload[d].slice(3)))} |`,
        );
      }
      out.push('');
    }
    return out;
  } finally {
    await lake.container.deleteIfExists();
    await db.destroy();
    await pgDb?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (values['memory-child']) {
  process.stdout.write(
    JSON.stringify(await memoryChild(Number(values['memory-child']), values['gc-each-hour'])),
  );
} else {
  const dialects =
    values.dialect === 'both' ? (['sqlite', 'pg'] as const) : [values.dialect as 'sqlite' | 'pg'];
  if (!dialects.every((d) => d === 'sqlite' || d === 'pg')) throw new Error('--dialect: sqlite, pg or both');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-azurite-'));
  const port = await freePort();
  const azurite = await startAzurite({ port, dataDir: dir, logFile: path.join(dir, 'azurite.log') });
  try {
    console.log(
      `${stores} stores x ${sensors} sensors (${hourRows.toLocaleString('en')} rows an hour), ` +
        `${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
    );
    for (const d of dialects) console.log((await benchDialect(d, azuriteConnectionString(port))).join('\n'));
    printResult(figures);
  } finally {
    await azurite.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
