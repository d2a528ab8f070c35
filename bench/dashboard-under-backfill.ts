/**
 * The dashboard with 20 concurrent readers during a backfill (issue 12): the production build
 * (web/build, built first if missing) reads a warehouse that a real backfill is writing to, on
 * this script's own Temporal dev server and Azurite, with an in-process worker and the simulator
 * API (10 stores x 8 sensors). A first backfill fills --days days so the pages have data; then a
 * second backfill of the 3 days after runs while 20 readers (fetch loops, spread over the four
 * pages) read as fast as answers come. Prints p50/p95/max per page, non-200 answers and errors.
 * Usage: node bench/dashboard-under-backfill.ts [--url postgres://…] [--days 7] [--readers 20]
 *        [--duration 30]
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import { azuriteConnectionString, PROJECT_ROOT } from '../lib/config.ts';
import { addDays } from '../lib/time.ts';
import {
  freePort,
  startAzurite,
  startTemporalDevServer,
  stopChild,
  waitForPort,
} from '../scripts/services.ts';
import { freshWarehouse } from '../tests/support/databases.ts';
import {
  backfill,
  chainOf,
  PlantingLake,
  startApi,
  startWorker,
  type StressPlan,
} from '../tests/support/stress.ts';
import { BlobServiceClient } from '@azure/storage-blob';
import { Client, Connection } from '@temporalio/client';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    days: { type: 'string', default: '7' },
    readers: { type: 'string', default: '20' },
    duration: { type: 'string', default: '30' },
    stores: { type: 'string', default: '10' },
  },
});
const FIRST = '2026-11-02';
const days = Number(values.days);
const readers = Number(values.readers);
const plan = (fromDate: string, toDate: string): StressPlan => ({
  fromDate,
  toDate,
  stores: Number(values.stores),
  sensorsPerStore: 8,
  azuriteDownMs: 0,
  temporalDownMs: 0,
  readers: 0,
});
const filled = plan(FIRST, addDays(FIRST, days - 1));
const during = plan(addDays(FIRST, days), addDays(FIRST, days + 2));
const PAGES = [
  `/?from=${filled.fromDate}&to=${filled.toDate}`,
  `/store/1?from=${addDays(filled.toDate, -6)}&to=${filled.toDate}`,
  `/quality?from=${addDays(filled.toDate, -6)}&to=${filled.toDate}`,
  '/pipeline',
];
const PAGE_NAMES = ['chain', 'store', 'quality', 'pipeline'];
/** One page read to the last byte; its HTTP status. */
async function read(pageUrl: string): Promise<number> {
  const response = await fetch(pageUrl, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return response.status;
}
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const WEB_BUILD = path.join(PROJECT_ROOT, 'web', 'build', 'index.js');
if (!fs.existsSync(WEB_BUILD)) {
  console.log('building the dashboard (web/build is missing)…');
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawn(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
    cwd: PROJECT_ROOT,
    stdio: 'ignore',
  });
  const code = await new Promise((r) => build.once('exit', r));
  if (code !== 0) throw new Error('the dashboard build failed: run npm run web:build');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-dash-load-'));
const url = values.url ?? `sqlite:${path.join(dir, 'warehouse.sqlite')}`;
const [tPort, bPort, webPort] = [await freePort(), await freePort(), await freePort()];
const temporal = await startTemporalDevServer({ port: tPort, logFile: path.join(dir, 'temporal.log') });
const azurite = await startAzurite({
  port: bPort,
  dataDir: path.join(dir, 'azurite'),
  logFile: path.join(dir, 'azurite.log'),
});
const db = await freshWarehouse(url);
const lake = new PlantingLake(
  BlobServiceClient.fromConnectionString(azuriteConnectionString(bPort)).getContainerClient('lake'),
);
const api = await startApi(chainOf(filled));
const taskQueue = `bench-${randomUUID()}`;
const worker = await startWorker(`127.0.0.1:${tPort}`, { db, lake, apiUrl: api.url, taskQueue });
const connection = await Connection.connect({ address: `127.0.0.1:${tPort}` });
const site = { db, lake, apiUrl: api.url, taskQueue, client: new Client({ connection }) };
const web = spawn(process.execPath, [WEB_BUILD], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, DATABASE_URL: url, PORT: String(webPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForPort(webPort, '127.0.0.1', 60_000);
  let started = Date.now();
  await backfill(site, filled);
  console.log(
    `filled ${filled.fromDate} to ${filled.toDate} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const base = `http://127.0.0.1:${webPort}`;
  for (const page of PAGES) await read(base + page);

  const before = loadavg();
  started = Date.now();
  const writing = backfill(site, during).then(() => (Date.now() - started) / 1000);
  // Each reader asks for one page again and again, as soon as the last answer is in.
  const until = Date.now() + Number(values.duration) * 1000;
  const samples = PAGES.map(() => ({ ms: [] as number[], non200: 0, errors: 0 }));
  await Promise.all(
    Array.from({ length: readers }, async (_, i) => {
      const page = i % PAGES.length;
      while (Date.now() < until) {
        const t = performance.now();
        try {
          const status = await read(base + PAGES[page]!);
          samples[page]!.ms.push(performance.now() - t);
          if (status !== 200) samples[page]!.non200 += 1;
        } catch {
          samples[page]!.errors += 1;
        }
      }
    }),
  );
  const backfillSeconds = await writing;
  console.log(
    `\n${url.split(':')[0]}, ${values.stores} stores x 8 sensors, ${days} days filled; ${readers} readers for ${values.duration} s during a backfill of ${during.fromDate} to ${during.toDate} (took ${backfillSeconds.toFixed(0)} s); load before ${before}, after ${loadavg()}\n`,
  );
  console.log(
    '| page | requests | p50 ms | p95 ms | max ms | non-200 | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  let failures = 0;
  const figures: Figure[] = [];
  PAGES.forEach((page, i) => {
    const { ms, non200, errors } = samples[i]!;
    ms.sort((x, y) => x - y);
    failures += non200 + errors;
    const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))];
    if (ms.length)
      figures.push({
        id: `p95-${PAGE_NAMES[i]}`,
        label: `${PAGE_NAMES[i]} page, p95 under ${readers} readers`,
        unit: 'ms',
        value: Math.round(q(0.95)!),
      });
    console.log(
      `| \`${page}\` | ${ms.length} | ${q(0.5)?.toFixed(0) ?? '-'} | ${q(0.95)?.toFixed(0) ?? '-'} | ${ms.at(-1)?.toFixed(0) ?? '-'} | ${non200} | ${errors} |`,
    );
  });
  printResult([
    ...figures,
    { id: 'failures', label: 'non-200 answers and errors', unit: '', value: failures },
    {
      id: 'backfill-s',
      label: 'the backfill under the readers',
      unit: 's',
      value: Math.round(backfillSeconds),
    },
  ]);
} finally {
  await stopChild(web);
  await worker.stop();
  await connection.close();
  await api.close();
  await db.destroy();
  await azurite.stop();
  await temporal.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
