/**
 * `npm start`: the whole system on one machine with embedded defaults. Starts the Temporal
 * dev server and Azurite (unless external ones are configured), migrates the warehouse,
 * builds the dashboard when its build is stale, runs the API, the worker and the dashboard
 * (restarting any that crashes, with backoff), creates the schedules, fills the last 3 days,
 * prints every URL, and stops every child on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AZURITE_BLOB_PORT, ConfigError, loadConfig, PROJECT_ROOT } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { grantReaderLogin } from '../lib/db/reader-role.ts';
import { addDays, formatUtcHour, toLocal } from '../lib/time.ts';
import { isAlreadyStarted } from '../lib/retry.ts';
import { isUpToDate } from '../lib/freshness.ts';
import { migrateLatest } from '../migrations/index.ts';
import { WORKER_ENV, WORKER_NODE_FLAGS } from '../worker/node-flags.ts';
import { SCHEDULES, backfillDaysStart } from '../workflows/ids.ts';
import { backfillDays } from '../workflows/index.ts';
import {
  startAzurite,
  startTemporalDevServer,
  stopChild,
  waitForPort,
  type RunningService,
} from './services.ts';
import { DEFAULT_RESTART_POLICY } from './restart-policy.ts';
import { createSupervisor } from './supervisor.ts';
import { ensureSchedules, NIGHTLY_TIME_ZONE, temporalClient } from './temporal.ts';
import type { BackfillResult } from '../lib/backfill-progress.ts';

const FILL_DAYS = 3;
const TEMPORAL_UI_PORT = 8233;

const config = loadConfig();
const dataDir = path.join(PROJECT_ROOT, '.data');
const logDir = path.join(dataDir, 'logs');
fs.mkdirSync(logDir, { recursive: true });

const services: RunningService[] = [];
let building: ChildProcess | undefined;
let stopping = false;
const children = createSupervisor({
  cwd: PROJECT_ROOT,
  logDir,
  policy: DEFAULT_RESTART_POLICY,
  onGiveUp: () => void shutdown(1),
});

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping…');
    // The worker drains for up to its grace time (WORKER_SHUTDOWN_GRACE_SECONDS) before it is killed.
    await Promise.all([
      children.stopAll(config.worker.shutdownGraceMs + 10_000),
      building && stopChild(building, 5_000),
    ]);
    for (const s of services.reverse()) await s.stop();
    console.log('stopped.');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const WEB_BUILD = path.join(PROJECT_ROOT, 'web', 'build');
/** What the dashboard's build is made from: its own sources and the shared code it bundles. */
const WEB_SOURCES = [
  'web/src',
  'web/static',
  'web/vite.config.ts',
  'lib',
  'migrations',
  'package-lock.json',
].map((p) => path.join(PROJECT_ROOT, p));

/** `vite build` of the dashboard when web/build is missing or older than its sources. */
async function buildDashboardIfStale(env: Record<string, string>): Promise<void> {
  const skip = (name: string) => name.endsWith('.test.ts');
  if (isUpToDate(path.join(WEB_BUILD, 'index.js'), WEB_SOURCES, skip)) return;
  console.log('building the dashboard (web/build is missing or older than its sources)…');
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  building = spawn(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = fs.createWriteStream(path.join(logDir, 'web-build.log'));
  building.stdout!.pipe(log, { end: false });
  building.stderr!.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve) => {
    building!.once('exit', resolve);
    building!.once('error', () => resolve(null));
  });
  building = undefined;
  if (code !== 0) throw new Error(`the dashboard build failed: see ${path.join(logDir, 'web-build.log')}`);
}

async function portFree(port: number, what: string, hint: string): Promise<void> {
  const taken = await waitForPort(port, '127.0.0.1', 0).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} (${what}) is already in use: ${hint}`);
}

function describeSchedules({
  created,
  updated,
  replaced,
}: {
  created: string[];
  updated: string[];
  replaced: string[];
}): string {
  const said = [
    ...(created.length ? [`created ${created.join(', ')}`] : []),
    ...(updated.length ? [`updated ${updated.join(', ')}`] : []),
    ...(replaced.length ? [`replaced the old ${replaced.join(', ')}`] : []),
  ];
  return said.length ? ` — ${said.join('; ')}` : '';
}

async function main(): Promise<void> {
  // Children get the resolved settings, so they agree with what is printed below; the
  // console shows warnings only unless LOG_LEVEL says otherwise (full logs go to files).
  const childEnv: Record<string, string> = {
    API_URL: config.apiUrl,
    DATABASE_URL: config.databaseUrl,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };

  if (!config.temporal.external) {
    await portFree(7233, 'Temporal', 'stop the other server or set TEMPORAL_ADDRESS to use it');
    console.log('starting Temporal dev server…');
    services.push(
      await startTemporalDevServer({
        port: 7233,
        uiPort: TEMPORAL_UI_PORT,
        dbFile: path.join(dataDir, 'temporal.sqlite'),
        logFile: path.join(logDir, 'temporal.log'),
      }),
    );
  }
  if (config.blob.kind === 'connection-string' && config.blob.emulator) {
    await portFree(
      AZURITE_BLOB_PORT,
      'Azurite',
      'stop the other emulator or set AZURE_STORAGE_CONNECTION_STRING',
    );
    console.log('starting Azurite…');
    services.push(
      await startAzurite({
        port: AZURITE_BLOB_PORT,
        dataDir: path.join(dataDir, 'azurite'),
        logFile: path.join(logDir, 'azurite.log'),
      }),
    );
  }

  // Before anything starts: the dashboard needs a database setting it may read with.
  if ('missing' in config.webDatabase)
    throw new ConfigError(`invalid configuration: ${config.webDatabase.missing}`);
  const db = connect(config.databaseUrl);
  const applied = await migrateLatest(db);
  if (config.databaseReaderPassword) await grantReaderLogin(db, config.databaseReaderPassword);
  await db.destroy();
  console.log(
    `warehouse ${redact(config.databaseUrl)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`,
  );

  await portFree(config.apiPort, 'API', 'set API_PORT');
  await portFree(config.webPort, 'dashboard', 'set WEB_PORT');
  await buildDashboardIfStale(childEnv);
  // The pipeline is the API's only client here: no need to rate-limit it.
  children.supervise('api', process.execPath, ['api/main.ts'], { ...childEnv, API_RATE_LIMIT: 'off' });
  await waitForPort(config.apiPort, '127.0.0.1', 60_000);
  children.supervise('worker', process.execPath, [...WORKER_NODE_FLAGS, 'worker/main.ts'], {
    ...childEnv,
    ...WORKER_ENV,
  });
  // The production build: no dev server watching the folders Azurite and SQLite write to.
  children.supervise('web', process.execPath, [WEB_BUILD], {
    ...childEnv,
    WEB_DATABASE_URL: config.webDatabase.url,
    PORT: String(config.webPort),
    HOST: '127.0.0.1',
  });
  await waitForPort(config.webPort, '127.0.0.1', 120_000);

  const client = await temporalClient(config);
  const schedules = await ensureSchedules(client, config.temporal.taskQueue);
  const today = toLocal(formatUtcHour(Date.now()), NIGHTLY_TIME_ZONE).localDate;
  const fromDate = addDays(today, -FILL_DAYS);
  const fillStart = backfillDaysStart(fromDate, today);
  const { workflowId } = fillStart;
  const fill = await client.workflow
    .start(backfillDays, {
      ...fillStart,
      taskQueue: config.temporal.taskQueue,
      args: [{ fromDate, toDate: today, onlyMissing: true }],
    })
    .catch((err: unknown) => {
      if (!isAlreadyStarted(err)) throw err;
      return client.workflow.getHandle(workflowId);
    });

  const ui = config.temporal.external
    ? `(external Temporal at ${config.temporal.address})`
    : `http://127.0.0.1:${TEMPORAL_UI_PORT}`;
  console.log(`
DataMag360 is running. Ctrl-C stops everything.
  Dashboard        http://127.0.0.1:${config.webPort}
  Simulator API    ${config.apiUrl}   (docs: ${config.apiUrl}/docs)
  Temporal UI      ${ui}
  Temporal gRPC    ${config.temporal.address}   task queue "${config.temporal.taskQueue}"
  Blob storage     ${config.blob.kind === 'connection-string' && config.blob.emulator ? `Azurite http://127.0.0.1:${AZURITE_BLOB_PORT}/devstoreaccount1/${config.lakeContainer}` : `${config.blob.kind}, container ${config.lakeContainer}`}
  Warehouse        ${redact(config.databaseUrl)}
  Logs             ${logDir}
Schedules: ${SCHEDULES.ingestHourly} (every hour at :05), ${SCHEDULES.buildNightly} (hourly: each zone's yesterday once it is 03:00 there)${describeSchedules(schedules)}.
Filling ${fromDate} to ${today}: workflow ${workflowId} (watch it in the Temporal UI).
`);
  const filled = (await fill.result()) as BackfillResult;
  console.log(
    `filled ${fromDate} to ${today}: ${filled.summary}, ${filled.days.built} days built, ${filled.hours.ingested} hours ingested.`,
  );
}

main().catch(async (err: Error) => {
  console.error(`start failed: ${err.message}`);
  await shutdown(1);
});
