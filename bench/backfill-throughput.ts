/**
 * End-to-end backfill throughput (docs/bench/orchestration.md): a range of days ingested hour
 * by hour (API -> lake -> raw) and built day by day, two ways, in the same run:
 *
 *   temporal  the real backfillDays workflow on its own Temporal dev server, run by the real
 *             worker process (worker/main.ts, prebuilt workflow bundle), whose RSS is sampled
 *             every 250 ms (peak = the highest sample);
 *   floor     the same activities called directly in this process, without Temporal: the
 *             store sync, each hour's extract + load of both datasets (`--concurrency` hours at
 *             a time, the next day's hours while the day builds, as the workflow does), then
 *             each day's build in date order.
 *
 * Each run gets a fresh warehouse and lake container; the simulator API runs in this process
 * for both. With --hour, also times one ingestHour workflow (the hourly schedule's unit) on the
 * warm worker, --repeat times.
 *
 *   node bench/backfill-throughput.ts [--chain reference|generated] [--stores 1000] [--sensors 20]
 *     [--from 2026-01-05] [--days 28] [--concurrency 4] [--database sqlite|pg]
 *     [--modes floor,temporal] [--hour] [--hour-at 10] [--repeat 3]
 *     [--worker-node-options=--max-semi-space-size=4] [--worker-env=MALLOC_ARENA_MAX=2]
 * PostgreSQL: the database of DATABASE_URL_PG, emptied first (migrations down and up).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import { BlobServiceClient } from '@azure/storage-blob';
import { Client, Connection } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time.js';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createActivities } from '../activities/index.ts';
import { createApp } from '../api/app.ts';
import { CHAINS, generateChain, type Chain } from '../api/model/index.ts';
import { azuriteConnectionString, PROJECT_ROOT } from '../lib/config.ts';
import { DATASETS } from '../lib/datasets.ts';
import { connect } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { addDays, datesInRange, isHourOver, utcHoursOfLocalDay } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';
import {
  freePort,
  startAzurite,
  startTemporalDevServer,
  stopChild,
  type RunningService,
} from '../scripts/services.ts';
import { backfillDaysId, ingestHourId } from '../workflows/ids.ts';
import { backfillDays, ingestHour } from '../workflows/index.ts';
import { WORKER_ENV, WORKER_NODE_FLAGS } from '../worker/node-flags.ts';

const { values } = parseArgs({
  options: {
    chain: { type: 'string', default: 'reference' },
    stores: { type: 'string', default: '1000' },
    sensors: { type: 'string', default: '20' },
    from: { type: 'string', default: '2026-01-05' },
    days: { type: 'string', default: '28' },
    concurrency: { type: 'string', default: '4' },
    database: { type: 'string', default: 'sqlite' },
    modes: { type: 'string', default: 'floor,temporal' },
    hour: { type: 'boolean', default: false },
    'hour-at': { type: 'string', default: '10' },
    repeat: { type: 'string', default: '3' },
    // Node flags for the worker process only: by default the launchers' (worker/node-flags.ts);
    // --worker-node-options= (empty) for V8's defaults.
    'worker-node-options': { type: 'string', default: WORKER_NODE_FLAGS.join(' ') },
    // The environment the launchers add to the worker's (worker/node-flags.ts), as NAME=value
    // pairs; --worker-env= (empty) for none.
    'worker-env': {
      type: 'string',
      default: Object.entries(WORKER_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    },
  },
});
const chain: Chain =
  values.chain === 'reference'
    ? CHAINS.reference
    : generateChain({ stores: Number(values.stores), sensorsPerStore: Number(values.sensors) });
const fromDate = values.from;
const toDate = addDays(fromDate, Number(values.days) - 1);
const dates = datesInRange(fromDate, toDate);
const concurrency = Number(values.concurrency);
const modes = values.modes.split(',');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-throughput-'));

function databaseUrl(run: string): string {
  if (values.database === 'pg') {
    const url = process.env.DATABASE_URL_PG;
    if (!url) throw new Error('--database pg needs DATABASE_URL_PG');
    return url;
  }
  return `sqlite:${path.join(dir, `${run}.sqlite`)}`;
}

async function freshWarehouse(url: string): Promise<Knex> {
  const db = connect(url);
  await migrateLatest(db);
  await migrateDown(db);
  await migrateLatest(db);
  return db;
}

const statusKb = (pid: number, field: string): number => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
};
/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat (in clock ticks of 10 ms). */
const cpuSeconds = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A small pool: runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const services: RunningService[] = [];

const blobPort = await freePort();
services.push(
  await startAzurite({
    port: blobPort,
    dataDir: path.join(dir, 'azurite'),
    logFile: path.join(dir, 'azurite.log'),
  }),
);
const blobConnection = azuriteConnectionString(blobPort);
const app = createApp({ chain, rateLimit: false, logger: pino({ level: 'silent' }) });
const server = await new Promise<Server>((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
const apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const lakeOf = (container: string) =>
  new LakeStore(BlobServiceClient.fromConnectionString(blobConnection).getContainerClient(container));

interface Outcome {
  mode: string;
  seconds: number;
  hours: number;
  days: number;
  peakRssMb?: number;
  /** CPU the worker used during the backfill: less dependent on the machine's load than its time. */
  workerCpuSeconds?: number;
  hourSeconds?: number[];
  /** Per timed hour, seconds from each activity's scheduling to its completion, by activity. */
  hourActivities?: Record<string, number>[];
  load: string;
}
const outcomes: Outcome[] = [];

async function floor(): Promise<Outcome> {
  const db = await freshWarehouse(databaseUrl('floor'));
  const a = createActivities({ db, lake: lakeOf('floor'), apiUrl });
  const run = { workflowId: 'floor', runId: 'floor' };
  const t0 = performance.now();
  let hours = 0;
  await a.syncStores();
  const ingestDay = async (date: string) => {
    const over = (await a.hoursOfDay({ date })).filter((h) => isHourOver(h, Date.now()));
    const todo = await a.missingHours({ hours: over });
    await pool(todo, concurrency, async (hourUtc) => {
      await Promise.all(
        DATASETS.map(async (dataset) => {
          const e = await a.extractHour({ dataset, hourUtc, ...run });
          await a.loadHour({ dataset, hourUtc, blobPath: e.blobPath, ...run });
        }),
      );
      await a.builtDaysOfHour({ hourUtc });
      hours += 1;
    });
  };
  let next = ingestDay(dates[0]!);
  for (let i = 0; i < dates.length; i++) {
    await next;
    if (i + 1 < dates.length) next = ingestDay(dates[i + 1]!);
    await a.syncStores();
    await a.buildDayModels({ date: dates[i]! });
  }
  const ms = performance.now() - t0;
  await db.destroy();
  return { mode: 'floor', seconds: seconds(ms), hours, days: dates.length, load: loadavg() };
}

async function temporal(): Promise<Outcome> {
  const url = databaseUrl('temporal');
  await (await freshWarehouse(url)).destroy();
  const port = await freePort();
  const devServer = await startTemporalDevServer({
    port,
    uiPort: await freePort(),
    logFile: path.join(dir, 'temporal.log'),
  });
  const address = `127.0.0.1:${port}`;
  const taskQueue = 'throughput';
  let worker: ChildProcess | undefined;
  let peakKb = 0;
  const sampler = setInterval(() => {
    if (worker?.pid && worker.exitCode === null) peakKb = Math.max(peakKb, statusKb(worker.pid, 'VmRSS'));
  }, 250);
  try {
    const nodeFlags = values['worker-node-options'].split(' ').filter(Boolean);
    const workerEnv = Object.fromEntries(
      values['worker-env']
        .split(' ')
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf('=');
          if (at < 1) throw new Error(`--worker-env: "${pair}" is not NAME=value`);
          return [pair.slice(0, at), pair.slice(at + 1)];
        }),
    );
    worker = spawn(process.execPath, [...nodeFlags, 'worker/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ...workerEnv,
        DATABASE_URL: url,
        API_URL: apiUrl,
        TEMPORAL_ADDRESS: address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        AZURE_STORAGE_CONNECTION_STRING: blobConnection,
        LAKE_CONTAINER: 'temporal',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      worker!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('worker polling')) resolve();
      });
      worker!.once('exit', (code) => reject(new Error(`worker exited (${code}) before polling`)));
    });
    const connection = await Connection.connect({ address });
    const client = new Client({ connection });
    peakKb = 0; // from here on: the worker at work, not its start-up
    const cpu0 = cpuSeconds(worker.pid!);
    const t0 = performance.now();
    const result = await client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId(fromDate, toDate),
      taskQueue,
      args: [{ fromDate, toDate, concurrency, onlyMissing: true }],
    });
    const ms = performance.now() - t0;
    const workerCpu = Math.round((cpuSeconds(worker.pid!) - cpu0) * 10) / 10;
    if (result.failures.length > 0) throw new Error(`backfill: ${result.summary}`);
    const hourSeconds: number[] = [];
    const hourActivities: Record<string, number>[] = [];
    if (values.hour) {
      // The hourly schedule's unit, on the warm worker: the hour --hour-at (UTC) of the day after
      // the range, ingested again each time. Its sensor-health check cleans each store's day so
      // far: the hours of that (Europe/Paris, the generated chain's zone) day before it are
      // ingested first, untimed, so a late hour's check has its whole morning to clean.
      const hourUtc = `${addDays(toDate, 1)}T${values['hour-at'].padStart(2, '0')}:00:00Z`;
      for (const before of utcHoursOfLocalDay(addDays(toDate, 1), 'Europe/Paris').filter((h) => h < hourUtc))
        await client.workflow.execute(ingestHour, {
          workflowId: ingestHourId(before),
          taskQueue,
          args: [{ hourUtc: before }],
        });
      for (let i = 0; i < Number(values.repeat); i++) {
        const h0 = performance.now();
        const hour = await client.workflow.execute(ingestHour, {
          workflowId: ingestHourId(hourUtc),
          taskQueue,
          args: [{ hourUtc }],
        });
        hourSeconds.push(Math.round(performance.now() - h0) / 1000);
        hourActivities.push(await activitySeconds(client, ingestHourId(hourUtc)));
        // A failed check is reported, not thrown: the hour would look fast without it.
        if (hour.alertsError) throw new Error(`sensor-health check of ${hourUtc}: ${hour.alertsError}`);
      }
    }
    await connection.close();
    return {
      mode: 'temporal',
      seconds: seconds(ms),
      hours: result.hours.ingested,
      days: result.days.built,
      peakRssMb: Math.round(peakKb / 1024),
      workerCpuSeconds: workerCpu,
      ...(values.hour ? { hourSeconds, hourActivities } : {}),
      load: loadavg(),
    };
  } finally {
    clearInterval(sampler);
    if (worker) await stopChild(worker, 30_000);
    await devServer.stop();
  }
}

/** Where a workflow's time went: each activity's scheduled-to-completed time, from its history. */
async function activitySeconds(client: Client, workflowId: string): Promise<Record<string, number>> {
  const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const scheduled = new Map<string, { name: string; at: number }>();
  const out: Record<string, number> = {};
  for (const e of events) {
    const s = e.activityTaskScheduledEventAttributes;
    if (s) scheduled.set(String(e.eventId), { name: s.activityType?.name ?? '?', at: tsToMs(e.eventTime) });
    const done = e.activityTaskCompletedEventAttributes;
    const from = done && scheduled.get(String(done.scheduledEventId));
    if (from)
      out[from.name] = Math.round((out[from.name] ?? 0) * 1000 + tsToMs(e.eventTime) - from.at) / 1000;
  }
  return out;
}

try {
  const size = `${chain.stores.length} stores x ${values.chain === 'reference' ? 'reference' : values.sensors} sensors`;
  console.log(
    `${size}, ${fromDate} to ${toDate} (${dates.length} days), ${values.database}, concurrency ${concurrency}, load ${loadavg()}`,
  );
  for (const mode of modes) {
    const outcome = mode === 'floor' ? await floor() : await temporal();
    outcomes.push(outcome);
    console.log(JSON.stringify(outcome));
  }
  const f = outcomes.find((o) => o.mode === 'floor');
  const t = outcomes.find((o) => o.mode === 'temporal');
  if (f && t) console.log(`temporal / floor = ${(t.seconds / f.seconds).toFixed(2)}`);
  const figures: Figure[] = [];
  if (f) figures.push({ id: 'floor-s', label: 'in-process floor', unit: 's', value: f.seconds });
  if (t) {
    figures.push(
      { id: 'temporal-s', label: 'backfill on Temporal', unit: 's', value: t.seconds },
      { id: 'worker-rss', label: 'worker peak RSS', unit: 'MB', value: t.peakRssMb ?? 0 },
    );
    if (t.hourSeconds?.length) {
      const sorted = [...t.hourSeconds].sort((a, b) => a - b);
      figures.push({
        id: 'hour-s',
        label: 'one ingestHour workflow, median',
        unit: 's',
        value: sorted[Math.floor((sorted.length - 1) / 2)]!,
      });
    }
  }
  if (f && t)
    figures.push({
      id: 'ratio',
      label: 'Temporal / floor',
      unit: '',
      value: +(t.seconds / f.seconds).toFixed(2),
    });
  printResult(figures);
} finally {
  await new Promise((r) => server.close(r));
  await Promise.all(services.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
}
