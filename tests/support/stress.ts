/**
 * Proof under stress (issue 12): the fault scenarios, each a backfill on the real Temporal
 * server, Azurite and a fresh warehouse with one fault injected, ending with a count against
 * the simulator's truth (every expected hour once in lake and raw, analytics checksums equal to
 * a clean run of the same range). Shared by the short CI variant (tests/integration/stress.test.ts)
 * and the full one (scripts/stress.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { Client, Connection, WorkflowFailedError } from '@temporalio/client';
import {
  bundleWorkflowCode,
  DefaultLogger,
  NativeConnection,
  Runtime,
  type Worker,
  type WorkflowBundle,
} from '@temporalio/worker';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createApp } from '../../api/app.ts';
import { generateChain, Simulator, type Chain } from '../../api/model/index.ts';
import type { BackfillResult } from '../../lib/backfill-progress.ts';
import { azuriteConnectionString, PROJECT_ROOT, type ApiFaultRates } from '../../lib/config.ts';
import { DATASETS, type Dataset } from '../../lib/datasets.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoHour } from '../../lib/db/values.ts';
import { LakeStore, type StoredBlob } from '../../lib/lake/blob.ts';
import { decodeParquet } from '../../lib/lake/parquet.ts';
import { partitionBlobPath } from '../../lib/lake/paths.ts';
import { addDays, datesInRange, utcHoursOfLocalDay } from '../../lib/time.ts';
import {
  freePort,
  startAzurite,
  startTemporalDevServer,
  type RunningService,
} from '../../scripts/services.ts';
import { createSupervisor } from '../../scripts/supervisor.ts';
import { DEFAULT_RESTART_POLICY } from '../../scripts/restart-policy.ts';
import { backfillDays, ingestHour } from '../../workflows/index.ts';
import { backfillDaysId, ingestHourId } from '../../workflows/ids.ts';
import { createWorker, WORKFLOWS_PATH } from '../../worker/worker.ts';
import { WORKER_ENV, WORKER_NODE_FLAGS } from '../../worker/node-flags.ts';
import { dayChecksum } from './checksum.ts';
import { freshWarehouse } from './databases.ts';

// The faults make activities fail and retry by design: the SDK's warnings would drown the report.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' }, forward: {} } },
});

let bundle: Promise<WorkflowBundle> | undefined;
/** The workflow bundle, built once per process (webpack takes a few seconds). */
const workflowBundle = () =>
  (bundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: QUIET_BUNDLER }));
const QUIET_BUNDLER = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (message: string) => console.error(message),
};

export interface StressServices {
  temporalAddress: string;
  blobConnectionString: string;
}

/** The range and chain every scenario backfills, and how long its faults last. */
export interface StressPlan {
  fromDate: string;
  toDate: string;
  stores: number;
  sensorsPerStore: number;
  /** How long Azurite stays stopped (the 30 s in the full variant). */
  azuriteDownMs: number;
  /** How long the Temporal dev server stays stopped. */
  temporalDownMs: number;
  /** Dashboard reader processes during the SQLite scenario. */
  readers: number;
}

export const SHORT_PLAN: StressPlan = {
  fromDate: '2026-11-03',
  toDate: '2026-11-03',
  stores: 2,
  sensorsPerStore: 4,
  azuriteDownMs: 10_000,
  temporalDownMs: 5_000,
  readers: 2,
};

export const FULL_PLAN: StressPlan = {
  fromDate: '2026-11-02',
  toDate: '2026-11-04',
  stores: 10,
  sensorsPerStore: 8,
  azuriteDownMs: 30_000,
  temporalDownMs: 15_000,
  readers: 4,
};

export const chainOf = (plan: StressPlan): Chain =>
  generateChain({ stores: plan.stores, sensorsPerStore: plan.sensorsPerStore });

/** The UTC hours of the plan's store-local days, in all the chain's zones, once each. */
export function expectedHours(chain: Chain, plan: StressPlan): string[] {
  const zones = new Set(chain.stores.map((s) => s.timezone));
  const hours = new Set<string>();
  for (const date of datesInRange(plan.fromDate, plan.toDate))
    for (const zone of zones) for (const h of utcHoursOfLocalDay(date, zone)) hours.add(h);
  return [...hours].sort();
}

/** Rows expected, found once and right, duplicated, lost (missing or wrong) and lake blobs in order. */
export interface Tally {
  hours: number;
  rowsExpected: number;
  rowsFound: number;
  duplicated: number;
  lost: number;
  /** Dataset-hours whose lake blob holds exactly the source's rows. */
  lakeHoursOk: number;
  lakeHoursExpected: number;
}

type Row = Record<string, unknown>;

function keyOf(dataset: Dataset, r: Row): string {
  const hour = toIsoHour(r.hour_utc);
  return dataset === 'visitors'
    ? `${Number(r.store_id)}|${Number(r.sensor_id)}|${hour}`
    : `${Number(r.store_id)}|${hour}`;
}

function sameValues(dataset: Dataset, a: Row, b: Row): boolean {
  if (dataset === 'visitors')
    return (a.visitors ?? null) === (b.visitors === null ? null : Number(b.visitors));
  return (
    Number(a.transactions) === Number(b.transactions) &&
    Math.abs(Number(a.revenue) - Number(b.revenue)) < 0.005
  );
}

/** Counts lake and raw against what the simulator serves for every expected hour. */
export async function tally(db: Knex, lake: LakeStore, chain: Chain, plan: StressPlan): Promise<Tally> {
  const sim = new Simulator({ chain });
  const hours = expectedHours(chain, plan);
  const out: Tally = {
    hours: hours.length,
    rowsExpected: 0,
    rowsFound: 0,
    duplicated: 0,
    lost: 0,
    lakeHoursOk: 0,
    lakeHoursExpected: hours.length * DATASETS.length,
  };
  for (const dataset of DATASETS) {
    const expected = new Map<string, Row>();
    const byHour = new Map<string, Row[]>();
    for (const hour of hours) {
      const rows: Row[] =
        dataset === 'visitors'
          ? chain.stores.flatMap((s) => sim.visitorRows(s, hour) as unknown as Row[])
          : chain.stores.map((s) => sim.transactionRow(s, hour) as unknown as Row);
      byHour.set(hour, rows);
      for (const r of rows) expected.set(keyOf(dataset, r), r);
    }
    const table = tableRef(db, 'raw', RAW[dataset]).qualified;
    const found = (await db(table).whereBetween('hour_utc', [hours[0]!, hours.at(-1)!])) as Row[];
    const seen = new Map<string, number>();
    for (const r of found) {
      const key = keyOf(dataset, r);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const want = expected.get(key);
      if ((seen.get(key) ?? 0) > 1) out.duplicated += 1;
      else if (want && sameValues(dataset, want, r)) out.rowsFound += 1;
    }
    out.rowsExpected += expected.size;
    for (const [hour, rows] of byHour) {
      const blobPath = partitionBlobPath(dataset, hour);
      try {
        const blob = await lake.get(blobPath);
        const decoded = await decodeParquet(dataset, blob.bytes, blobPath);
        if (JSON.stringify(decoded.rows) === JSON.stringify(rows)) out.lakeHoursOk += 1;
      } catch {
        // Missing or unreadable: not counted as in order.
      }
    }
  }
  out.lost = out.rowsExpected - out.rowsFound;
  return out;
}

/** The analytics checksum of every date of the plan. */
export async function checksums(db: Knex, plan: StressPlan): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const date of datesInRange(plan.fromDate, plan.toDate))
    out[date] = (await dayChecksum(db, date)).sha256;
  return out;
}

/** One scenario's outcome: the row of docs/reliability.md's table. */
export interface ScenarioResult {
  scenario: string;
  database: 'sqlite' | 'postgres';
  faults: string;
  tally: Tally;
  /** Dates whose analytics checksum equals the clean run's. */
  daysMatching: number;
  days: number;
  backfill: BackfillResult | undefined;
  seconds: number;
  /** The scenario's run time less the clean run's: what the faults cost. */
  recoverSeconds: number;
  notes: string[];
  checksumsByDate: Record<string, string>;
  /** Scenario 5: the hour's failure as the backfill reported it, and the count before the replay. */
  failure?: { key: string; type?: string; message: string };
  beforeReplay?: Tally;
  /** Scenario 7: the readers' page reads and failures, and the loads that failed. */
  readers?: { reads: number; errors: string[]; failedLoads: number; busyLoads: number };
}

export interface Worksite {
  db: Knex;
  lake: LakeStore;
  apiUrl: string;
  client: Client;
  taskQueue: string;
}

/** Where one scenario runs: its own warehouse, lake container, API and task queue. */
export interface ScenarioContext {
  services: StressServices;
  plan: StressPlan;
  database: { name: 'sqlite' | 'postgres'; url: string };
  clean?: { checksums: Record<string, string>; seconds: number };
}

/** A real container, whose writes of chosen paths can be made to land corrupted bytes. */
export class PlantingLake extends LakeStore {
  readonly planted = new Set<string>();

  override async put(
    p: string,
    bytes: Uint8Array,
    metadata: Record<string, string> = {},
  ): Promise<StoredBlob> {
    if (!this.planted.has(p)) return super.put(p, bytes, metadata);
    // The file's head and tail magic survive; everything between is noise.
    const corrupt = new Uint8Array(bytes.byteLength);
    corrupt.set(bytes.subarray(0, 4));
    corrupt.set(bytes.subarray(-4), bytes.byteLength - 4);
    return super.put(p, corrupt, metadata);
  }
}

function lakeOn(connectionString: string): PlantingLake {
  return new PlantingLake(
    BlobServiceClient.fromConnectionString(connectionString).getContainerClient(
      `st-${randomUUID().slice(0, 8)}`,
    ),
  );
}

export function startApi(chain: Chain, httpFaults?: { rates: ApiFaultRates; seed: string }) {
  const app = createApp({
    chain,
    rateLimit: false,
    logger: pino({ level: 'silent' }),
    ...(httpFaults ? { httpFaults } : {}),
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

/** An in-process worker on the task queue; stop() shuts it down. */
export async function startWorker(
  temporalAddress: string,
  site: Omit<Worksite, 'client'>,
): Promise<{ stop(): Promise<void> }> {
  const connection = await NativeConnection.connect({ address: temporalAddress });
  const worker: Worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue: site.taskQueue,
    deps: { db: site.db, lake: site.lake, apiUrl: site.apiUrl },
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

async function connectClient(address: string): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection, namespace: 'default' }), close: () => connection.close() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Successful loads so far: how far a backfill has got, read from the warehouse. */
export async function loadsDone(db: Knex): Promise<number> {
  const [row] = await db(tableRef(db, 'raw', RAW.ingestionLog).qualified)
    .where('status', 'succeeded')
    .count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** Waits until `n` dataset-hours are loaded (so a fault lands mid-run). */
export async function untilLoads(db: Knex, n: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await loadsDone(db).catch(() => 0)) < n) {
    if (Date.now() > deadline) throw new Error(`fewer than ${n} loads after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * Starts the plan's backfill and waits for its result, riding out a server that is briefly away.
 * `fault` runs alongside; `over()` tells it the backfill has ended.
 */
export async function backfill(
  site: Worksite,
  plan: StressPlan,
  fault?: (over: () => boolean) => Promise<void>,
): Promise<BackfillResult> {
  const handle = await site.client.workflow.start(backfillDays, {
    workflowId: backfillDaysId(plan.fromDate, plan.toDate),
    taskQueue: site.taskQueue,
    args: [{ fromDate: plan.fromDate, toDate: plan.toDate, onlyMissing: true, concurrency: 4 }],
  });
  let ended = false;
  const faulting = fault?.(() => ended);
  // Seen by the loop below if the fault itself breaks.
  let faultError: unknown;
  faulting?.catch((err: unknown) => (faultError = err));
  try {
    for (let attempt = 0; ; attempt++) {
      if (faultError) throw faultError;
      try {
        return await handle.result();
      } catch (err) {
        if (err instanceof WorkflowFailedError || attempt > 60) throw err;
        await sleep(1000);
      }
    }
  } finally {
    ended = true;
    await faulting;
  }
}

/** Lake, warehouse, API and task queue for one scenario; the caller may swap parts. */
async function prepare(
  ctx: ScenarioContext,
  overrides: { blob?: string; temporal?: string; httpFaults?: { rates: ApiFaultRates; seed: string } } = {},
) {
  const chain = chainOf(ctx.plan);
  const db = await freshWarehouse(ctx.database.url);
  const lake = lakeOn(overrides.blob ?? ctx.services.blobConnectionString);
  const api = await startApi(chain, overrides.httpFaults);
  const { client, close } = await connectClient(overrides.temporal ?? ctx.services.temporalAddress);
  const site: Worksite = { db, lake, apiUrl: api.url, client, taskQueue: `st-${randomUUID()}` };
  return {
    chain,
    site,
    async finish(
      scenario: string,
      faults: string,
      started: number,
      result: BackfillResult | undefined,
      notes: string[] = [],
    ): Promise<ScenarioResult> {
      const seconds = (Date.now() - started) / 1000;
      const t = await tally(db, lake, chain, ctx.plan);
      const sums = await checksums(db, ctx.plan);
      const days = Object.keys(sums).length;
      const daysMatching = ctx.clean
        ? Object.entries(sums).filter(([d, s]) => ctx.clean!.checksums[d] === s).length
        : days;
      return {
        scenario,
        database: ctx.database.name,
        faults,
        tally: t,
        daysMatching,
        days,
        backfill: result,
        seconds,
        recoverSeconds: ctx.clean ? Math.max(0, seconds - ctx.clean.seconds) : 0,
        notes,
        checksumsByDate: sums,
      };
    },
    async close() {
      await close();
      await api.close();
      await lake.container.deleteIfExists().catch(() => undefined);
      await db.destroy();
    },
  };
}

/** The clean run: no fault. Its checksums and time are what the scenarios are held to. */
export async function cleanRun(ctx: ScenarioContext): Promise<ScenarioResult> {
  const p = await prepare(ctx);
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  try {
    const started = Date.now();
    const result = await backfill(p.site, ctx.plan);
    return await p.finish('clean run', 'none', started, result);
  } finally {
    await worker.stop();
    await p.close();
  }
}

/** 1. The API fails 20 % of the data requests, 4 % in each of the five ways. */
export async function apiFaults(ctx: ScenarioContext): Promise<ScenarioResult> {
  const rates: ApiFaultRates = { error: 0.04, timeout: 0.04, slow: 0.04, truncate: 0.04, malformed: 0.04 };
  const p = await prepare(ctx, { httpFaults: { rates, seed: 'stress' } });
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  try {
    const started = Date.now();
    const result = await backfill(p.site, ctx.plan);
    return await p.finish(
      '1. API failing 20 % of requests',
      'API_FAULTS error, timeout, slow, truncate, malformed at 0.04 each',
      started,
      result,
    );
  } finally {
    await worker.stop();
    await p.close();
  }
}

/** 2. The worker, run by the launcher's supervisor as `npm start` runs it, SIGKILLed three times. */
export async function workerKilled(ctx: ScenarioContext): Promise<ScenarioResult> {
  const p = await prepare(ctx);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-stress-'));
  const lines: string[] = [];
  const supervisor = createSupervisor({
    cwd: PROJECT_ROOT,
    logDir: dir,
    policy: DEFAULT_RESTART_POLICY,
    onGiveUp: (name, message) => lines.push(`gave up on ${name}: ${message}`),
    print: (line) => lines.push(line),
  });
  const workerPid = async (from: number): Promise<number> => {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(100)) {
      for (let i = lines.length - 1; i >= from; i--) {
        if (/worker polling/.test(lines[i]!)) {
          const started = lines.slice(0, i + 1).findLast((l) => /started \(pid \d+\)/.test(l));
          return Number(/pid (\d+)/.exec(started!)![1]);
        }
      }
    }
    throw new Error(`the worker did not come up:\n${lines.join('\n')}`);
  };
  try {
    supervisor.supervise('worker', process.execPath, [...WORKER_NODE_FLAGS, 'worker/main.ts'], {
      ...(process.env as Record<string, string>),
      ...WORKER_ENV,
      DATABASE_URL: ctx.database.url,
      TEMPORAL_ADDRESS: ctx.services.temporalAddress,
      TEMPORAL_TASK_QUEUE: p.site.taskQueue,
      AZURE_STORAGE_CONNECTION_STRING: ctx.services.blobConnectionString,
      LAKE_CONTAINER: p.site.lake.container.containerName,
      API_URL: p.site.apiUrl,
      LOG_LEVEL: 'warn',
    });
    await workerPid(0);
    const started = Date.now();
    const kills: number[] = [];
    const total = expectedHours(p.chain, ctx.plan).length * DATASETS.length;
    const result = await backfill(p.site, ctx.plan, async () => {
      // Kill at a quarter, half and three quarters of the loads, each time once the new worker polls.
      for (const share of [0.25, 0.5, 0.75]) {
        await untilLoads(p.site.db, Math.ceil(total * share), 600_000);
        const mark = lines.length;
        const pid = await workerPid(0);
        process.kill(pid, 'SIGKILL');
        kills.push(pid);
        await workerPid(mark);
      }
    });
    const restarts = lines.filter((l) => /exited \(SIGKILL\); restarting/.test(l)).length;
    return await p.finish(
      '2. worker SIGKILLed 3 times',
      'SIGKILL of the worker at 25, 50, 75 % of the loads',
      started,
      result,
      [`${kills.length} kills, ${restarts} restarts by the supervisor`],
    );
  } finally {
    await supervisor.stopAll(10_000);
    fs.rmSync(dir, { recursive: true, force: true });
    await p.close();
  }
}

/** 3. The scenario's own Azurite stopped mid-run, then started again on the same port and data. */
export async function azuriteStopped(ctx: ScenarioContext): Promise<ScenarioResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-stress-azurite-'));
  const port = await freePort();
  const start = () => startAzurite({ port, dataDir: dir, logFile: path.join(dir, 'azurite.log') });
  let azurite: RunningService = await start();
  const p = await prepare(ctx, { blob: azuriteConnectionString(port) });
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  try {
    const started = Date.now();
    const total = expectedHours(p.chain, ctx.plan).length * DATASETS.length;
    const result = await backfill(p.site, ctx.plan, async () => {
      await untilLoads(p.site.db, Math.ceil(total * 0.2));
      await azurite.stop();
      await sleep(ctx.plan.azuriteDownMs);
      azurite = await start();
    });
    return await p.finish(
      '3. Azurite stopped',
      `Azurite stopped for ${ctx.plan.azuriteDownMs / 1000} s at 20 % of the loads`,
      started,
      result,
    );
  } finally {
    await worker.stop();
    await p.close();
    await azurite.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * 4. PostgreSQL: the worker's backends terminated mid-load and mid-build. To be sure each is
 * in flight (a 2-store build takes a fraction of a second), the test holds an access exclusive
 * lock, in an open admin transaction, on a table only that work touches: raw.visitors for the
 * loads, analytics.sensor_daily_baseline (the cleaning history, read and written by the day
 * build alone in a batched backfill) for the build. The backends that queue on the lock are
 * terminated, then the lock is released, so the retried activities go through.
 */
export async function connectionsDropped(ctx: ScenarioContext): Promise<ScenarioResult> {
  if (ctx.database.name !== 'postgres') throw new Error('connectionsDropped runs on PostgreSQL');
  const p = await prepare(ctx);
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  const admin = (await import('../../lib/db/connect.ts')).connect(ctx.database.url);
  const hold = async (table: string) => {
    const trx = await admin.transaction();
    await trx.raw(`lock table ${table} in access exclusive mode`);
    const { rows } = (await trx.raw('select pg_backend_pid() as pid')) as { rows: { pid: number }[] };
    return { table, trx, pid: rows[0]!.pid };
  };
  type Held = Awaited<ReturnType<typeof hold>>;
  /** Terminates every backend waiting on `held`'s lock, once there is one; then releases it. */
  const terminateWaiters = async (held: Held, over: () => boolean): Promise<number> => {
    const deadline = Date.now() + 300_000;
    for (;;) {
      const { rows } = (await admin.raw(
        'select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))',
        [held.pid],
      )) as { rows: { pid: number }[] };
      if (rows.length) {
        for (const r of rows) await admin.raw('select pg_terminate_backend(?)', [r.pid]);
        await held.trx.rollback();
        return rows.length;
      }
      if (over() || Date.now() > deadline)
        throw new Error(`no backend of the worker waited on the lock of ${held.table} during the backfill`);
      await sleep(25);
    }
  };
  const held: Held[] = [];
  const killed = { load: 0, build: 0 };
  try {
    // Both locks before the backfill starts, so its first load and its build are certainly caught.
    held.push(await hold(tableRef(admin, 'raw', RAW.visitors).qualified));
    held.push(await hold(tableRef(admin, 'analytics', ANALYTICS.sensorDailyBaseline).qualified));
    const started = Date.now();
    const result = await backfill(p.site, ctx.plan, async (over) => {
      killed.load = await terminateWaiters(held[0]!, over);
      killed.build = await terminateWaiters(held[1]!, over);
    });
    return await p.finish(
      '4. database connections dropped',
      `pg_terminate_backend of ${killed.load} loading and ${killed.build} building backends, each caught waiting on a table lock the test held`,
      started,
      result,
    );
  } finally {
    for (const h of held) if (!h.trx.isCompleted()) await h.trx.rollback();
    await admin.destroy();
    await worker.stop();
    await p.close();
  }
}

/** 5. One hour's visitors blob lands corrupted; the hour fails, the rest completes; a replay fixes it. */
export async function corruptBlob(ctx: ScenarioContext): Promise<ScenarioResult> {
  const p = await prepare(ctx);
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  // An hour of the last day: builds read the days before theirs, never the days after.
  const hour = utcHoursOfLocalDay(ctx.plan.toDate, 'Europe/Paris')[12]!;
  const blobPath = partitionBlobPath('visitors', hour);
  const lake = p.site.lake as PlantingLake;
  lake.planted.add(blobPath);
  const notes: string[] = [];
  try {
    const started = Date.now();
    const result = await backfill(p.site, ctx.plan);
    const failure = result?.failures[0];
    notes.push(
      `backfill: "${result?.summary}"; failure ${failure?.key} ${failure?.type}: ${failure?.message}`,
    );
    const failedLoads = await p.site.db(tableRef(p.site.db, 'raw', RAW.ingestionLog).qualified).where({
      hour_utc: hour,
      dataset: 'visitors',
      status: 'failed',
    });
    notes.push(`failed load attempts of that hour: ${failedLoads.length}`);
    const beforeReplay = await tally(p.site.db, lake, p.chain, ctx.plan);
    notes.push(
      `before the replay: ${beforeReplay.lost} rows lost, ${beforeReplay.lakeHoursOk}/${beforeReplay.lakeHoursExpected} blobs in order`,
    );
    // The blob is replaced (the next write of it is sound) and the hour replayed as `datamag replay --hour` does.
    lake.planted.clear();
    const replayed = Date.now();
    const replay = await p.site.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hour),
      taskQueue: p.site.taskQueue,
      args: [{ hourUtc: hour }],
    });
    const replaySeconds = (Date.now() - replayed) / 1000;
    notes.push(`replay took ${replaySeconds.toFixed(1)} s and rebuilt ${replay.rebuilt.join(', ')}`);
    const out = await p.finish(
      '5. corrupt Parquet blob',
      `visitors blob of ${hour} written corrupted`,
      started,
      result,
      notes,
    );
    return {
      ...out,
      // Recovering is the replay, once the blob is replaced.
      recoverSeconds: replaySeconds,
      beforeReplay,
      ...(failure ? { failure } : {}),
    };
  } finally {
    await worker.stop();
    await p.close();
  }
}

/** 6. The scenario's own file-backed Temporal dev server stopped mid-run and started again. */
export async function temporalRestarted(ctx: ScenarioContext): Promise<ScenarioResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-stress-temporal-'));
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const start = () =>
    startTemporalDevServer({
      port,
      dbFile: path.join(dir, 'temporal.sqlite'),
      logFile: path.join(dir, 'temporal.log'),
    });
  let temporal = await start();
  const p = await prepare(ctx, { temporal: address });
  const worker = await startWorker(address, p.site);
  try {
    const started = Date.now();
    const total = expectedHours(p.chain, ctx.plan).length * DATASETS.length;
    const result = await backfill(p.site, ctx.plan, async () => {
      await untilLoads(p.site.db, Math.ceil(total * 0.3));
      await temporal.stop();
      await sleep(ctx.plan.temporalDownMs);
      temporal = await start();
    });
    return await p.finish(
      '6. Temporal dev server restarted',
      `dev server (file-backed) stopped at 30 % of the loads, started again ${ctx.plan.temporalDownMs / 1000} s later`,
      started,
      result,
    );
  } finally {
    await worker.stop();
    await p.close();
    await temporal.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 7. SQLite: dashboard reader processes read every page in a loop while the backfill writes. */
export async function sqliteUnderReads(ctx: ScenarioContext): Promise<ScenarioResult> {
  if (ctx.database.name !== 'sqlite') throw new Error('sqliteUnderReads runs on SQLite');
  const p = await prepare(ctx);
  const worker = await startWorker(ctx.services.temporalAddress, p.site);
  const readers: ChildProcess[] = [];
  const reports: Promise<{ reads: number; errors: string[] }>[] = [];
  try {
    for (let i = 0; i < ctx.plan.readers; i++) {
      const child = spawn(
        process.execPath,
        [path.join(import.meta.dirname, 'dashboard-readers.ts'), ctx.database.url],
        {
          cwd: PROJECT_ROOT,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      readers.push(child);
      reports.push(
        new Promise((resolve, reject) => {
          let out = '';
          child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
          child.once('exit', () => {
            try {
              resolve(JSON.parse(out) as { reads: number; errors: string[] });
            } catch {
              reject(new Error(`a dashboard reader ended without a report: ${out}`));
            }
          });
        }),
      );
    }
    const started = Date.now();
    const result = await backfill(p.site, ctx.plan);
    for (const r of readers) r.kill('SIGTERM');
    const done = await Promise.all(reports);
    const busy = await p.site
      .db(tableRef(p.site.db, 'raw', RAW.ingestionLog).qualified)
      .where('status', 'failed');
    const summary = {
      reads: done.reduce((n, r) => n + r.reads, 0),
      errors: done.flatMap((r) => r.errors),
      failedLoads: busy.length,
      busyLoads: busy.filter((b) => /SQLITE_BUSY|locked/.test(String(b.error))).length,
    };
    const out = await p.finish(
      '7. SQLite under dashboard reads',
      `${ctx.plan.readers} reader processes looping over the dashboard's pages`,
      started,
      result,
      [
        `${summary.reads} page reads, ${summary.errors.length} failed; ${summary.failedLoads} failed loads (${summary.busyLoads} SQLITE_BUSY)`,
      ],
    );
    return { ...out, readers: summary };
  } finally {
    for (const r of readers) if (r.exitCode === null) r.kill('SIGKILL');
    await worker.stop();
    await p.close();
  }
}

export interface Scenario {
  n: number;
  run: (ctx: ScenarioContext) => Promise<ScenarioResult>;
  /** The databases it means something on (all in the full variant)… */
  databases: readonly ('sqlite' | 'postgres')[];
  /** …and those the short CI variant runs it on, so each runs once there and both dialects are tried. */
  ci: readonly ('sqlite' | 'postgres')[];
}

export const SCENARIOS: readonly Scenario[] = [
  { n: 1, run: apiFaults, databases: ['sqlite', 'postgres'], ci: ['sqlite'] },
  { n: 2, run: workerKilled, databases: ['sqlite', 'postgres'], ci: ['postgres'] },
  { n: 3, run: azuriteStopped, databases: ['sqlite', 'postgres'], ci: ['sqlite'] },
  { n: 4, run: connectionsDropped, databases: ['postgres'], ci: ['postgres'] },
  { n: 5, run: corruptBlob, databases: ['sqlite', 'postgres'], ci: ['sqlite', 'postgres'] },
  { n: 6, run: temporalRestarted, databases: ['sqlite', 'postgres'], ci: ['postgres'] },
  { n: 7, run: sqliteUnderReads, databases: ['sqlite'], ci: ['sqlite'] },
];

/**
 * The plan for one database: the dialects run side by side on one Temporal server, so each
 * takes its own dates (the workflow ids are business keys: the same day would clash).
 */
export function planFor(plan: StressPlan, database: 'sqlite' | 'postgres'): StressPlan {
  if (database === 'sqlite') return plan;
  const days = datesInRange(plan.fromDate, plan.toDate).length;
  const shift = (d: string) => addDays(d, days + 1);
  return { ...plan, fromDate: shift(plan.fromDate), toDate: shift(plan.toDate) };
}

/**
 * The clean run, then each scenario in turn, on one database; `onResult` sees each as it ends.
 * A scenario that throws is recorded as an error and the next one runs.
 */
export async function runScenarios(
  base: Omit<ScenarioContext, 'clean'>,
  pick: (s: Scenario) => boolean,
  onResult: (n: number, outcome: ScenarioResult | Error) => void = () => undefined,
): Promise<Map<number, ScenarioResult | Error>> {
  const out = new Map<number, ScenarioResult | Error>();
  const clean = await cleanRun(base).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  out.set(0, clean);
  onResult(0, clean);
  if (clean instanceof Error) return out;
  const ctx = { ...base, clean: { checksums: clean.checksumsByDate, seconds: clean.seconds } };
  for (const s of SCENARIOS) {
    if (!s.databases.includes(base.database.name) || !pick(s)) continue;
    const r = await s.run(ctx).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    out.set(s.n, r);
    onResult(s.n, r);
  }
  return out;
}

/** Guards for a scenario result: a message per thing that is not as promised. */
export function problems(r: ScenarioResult): string[] {
  const out: string[] = [];
  if (r.tally.lost) out.push(`${r.tally.lost} rows lost`);
  if (r.tally.duplicated) out.push(`${r.tally.duplicated} rows duplicated`);
  if (r.tally.lakeHoursOk !== r.tally.lakeHoursExpected)
    out.push(`${r.tally.lakeHoursExpected - r.tally.lakeHoursOk} lake blobs missing or wrong`);
  if (r.daysMatching !== r.days) out.push(`${r.days - r.daysMatching} days differ from the clean run`);
  return out;
}
