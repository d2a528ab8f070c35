/**
 * Cost of the hourly sensor-health check (the worker's checkSensorHealth activity, called
 * directly) for synthetic chains of 10, 100 and 1,000 stores x 20 sensors, on SQLite and/or
 * PostgreSQL: a fresh warehouse, dim_store synced from the simulator API (in-process), raw
 * seeded from the simulator for --prior days and the timed day, the prior days built (the
 * check reads their history as the day build does), then every hour of the timed day checked
 * in order, --repeat times (a repeat re-checks hours already checked: the replay path).
 * PostgreSQL: the database of DATABASE_URL_PG, emptied first (migrations down and up).
 * The first check of the day reads the date's history (the activity keeps it for the next
 * hours until a day of its window is built again): reported on its own. CPU is this process's
 * (user + system; SQLite runs in it, PostgreSQL's server does not): on a loaded machine it is
 * closer than wall time to what the check costs on an idle one.
 *
 * --reuse DIR keeps the seeded warehouse between runs (SQLite: DIR/w-<stores>.sqlite; PG: the
 * database as it is, one store count at a time) and skips seeding and building when it is
 * there: only the check's own tables are emptied. Seeding 1,000 stores takes minutes.
 *
 *   node bench/check-sensor-health.ts [--dialect sqlite|pg|both] [--stores 10,100] [--sensors 20]
 *     [--prior 14] [--repeat 2] [--day 2026-11-17] [--reuse DIR]
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import { BlobServiceClient } from '@azure/storage-blob';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createActivities } from '../activities/index.ts';
import { createApp } from '../api/app.ts';
import { generateChain, Simulator, type Chain } from '../api/model/index.ts';
import { azuriteConnectionString } from '../lib/config.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { connect, dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { addDays, datesInRange, utcHoursOfLocalDay } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'both' },
    stores: { type: 'string', default: '10,100' },
    sensors: { type: 'string', default: '20' },
    prior: { type: 'string', default: '14' },
    repeat: { type: 'string', default: '2' },
    day: { type: 'string', default: '2026-11-17' },
    reuse: { type: 'string' },
  },
});
const sensors = Number(values.sensors);
const repeat = Number(values.repeat);
const day = values.day;

/** Never contacted: the check reads and writes SQL only. */
const unusedLake = () =>
  new LakeStore(
    BlobServiceClient.fromConnectionString(azuriteConnectionString()).getContainerClient('unused'),
  );

const RUN = { workflow_id: 'bench-check', run_id: 'run-1', source_checksum: 'bench' };

async function seedDay(db: Knex, sim: Simulator, chain: Chain, date: string): Promise<void> {
  const visitorsT = tableRef(db, 'raw', RAW.visitors).qualified;
  const salesT = tableRef(db, 'raw', RAW.transactions).qualified;
  // Every generated store is in Europe/Paris: one set of UTC hours.
  for (const hour of utcHoursOfLocalDay(date, 'Europe/Paris')) {
    const lineage = { ...RUN, source_blob: `bench/${hour}`, loaded_at: new Date().toISOString() };
    await db.transaction(async (trx) => {
      await insertChunked(
        trx,
        dialectOf(db),
        visitorsT,
        chain.stores.flatMap((s) => sim.visitorRows(s, hour)),
        lineage,
      );
      await insertChunked(
        trx,
        dialectOf(db),
        salesT,
        chain.stores.map((s) => sim.transactionRow(s, hour)),
        lineage,
      );
    });
  }
}

async function startApi(chain: Chain): Promise<{ url: string; server: Server }> {
  const app = createApp({ chain, rateLimit: false, logger: pino({ level: 'silent' }) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  server.keepAliveTimeout = 10 * 60_000;
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function measure(url: string, stores: number, reuse: boolean) {
  const chain = generateChain({ stores, sensorsPerStore: sensors });
  const sim = new Simulator({ chain });
  const db = connect(url);
  const api = await startApi(chain);
  const activities = createActivities({ db, lake: unusedLake(), apiUrl: api.url });
  const priorDays = datesInRange(addDays(day, -Number(values.prior)), addDays(day, -1));
  try {
    if (reuse) {
      for (const name of [ANALYTICS.sensorHealthHourly, ANALYTICS.sensorAlerts])
        await db(tableRef(db, 'analytics', name).qualified).delete();
    } else {
      await migrateLatest(db);
      await migrateDown(db);
      await migrateLatest(db);
      const t0 = performance.now();
      await activities.syncStores();
      for (const d of [...priorDays, day]) await seedDay(db, sim, chain, d);
      const t1 = performance.now();
      for (const d of priorDays) await activities.buildDayModels({ date: d });
      console.error(
        `${stores} stores: seeded ${priorDays.length + 1} days in ${((t1 - t0) / 1000).toFixed(0)} s, ` +
          `built ${priorDays.length} in ${((performance.now() - t1) / 1000).toFixed(0)} s`,
      );
    }
    const runs: number[] = [];
    const cpu: number[] = [];
    let opened = 0;
    for (let r = 0; r < repeat; r++) {
      for (const hourUtc of utcHoursOfLocalDay(day, 'Europe/Paris')) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const result = await activities.checkSensorHealth({ hourUtc });
        runs.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        if (r === 0) opened += result.opened;
      }
    }
    const [first, ...rest] = runs;
    return {
      first: first!,
      median: median(rest),
      max: Math.max(...rest),
      cpu: median(cpu.slice(1)),
      checks: runs.length,
      opened,
    };
  } finally {
    await new Promise((r) => api.server.close(r));
    await db.destroy();
  }
}

const dialects: { name: string; url: (stores: number) => string }[] = [];
const dir = values.reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-check-'));
const sqliteFile = (stores: number) => path.join(dir, `w-${stores}.sqlite`);
if (values.dialect !== 'pg') dialects.push({ name: 'sqlite', url: (n) => `sqlite:${sqliteFile(n)}` });
if (values.dialect !== 'sqlite') {
  const pg = process.env.DATABASE_URL_PG;
  if (!pg) throw new Error('DATABASE_URL_PG is not set: the PostgreSQL runs need a database to empty');
  dialects.push({ name: 'pg', url: () => pg });
}
console.log(
  `check every hour of ${day} after ${values.prior} built days; ${sensors} sensors per store; ${repeat} passes; ` +
    `${os.cpus().length} cores, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const figures: Figure[] = [];
console.log(
  '| dialect | stores | checks | first check (ms) | median of the others (ms) | slowest of the others (ms) | their median CPU (ms) | alerts opened |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
// PG keeps one warehouse: reusable only for the store count it was last seeded with.
const pgSeededFile = path.join(dir, 'pg-stores');
for (const { name, url } of dialects) {
  for (const stores of values.stores.split(',').map(Number)) {
    let reuse = false;
    if (values.reuse === undefined) {
      if (name === 'sqlite') fs.rmSync(sqliteFile(stores), { force: true });
    } else if (name === 'sqlite') reuse = fs.existsSync(sqliteFile(stores));
    else reuse = fs.existsSync(pgSeededFile) && fs.readFileSync(pgSeededFile, 'utf8') === String(stores);
    if (name === 'pg' && !reuse) fs.rmSync(pgSeededFile, { force: true });
    const m = await measure(url(stores), stores, reuse);
    if (name === 'pg' && values.reuse !== undefined) fs.writeFileSync(pgSeededFile, String(stores));
    figures.push(
      {
        id: `${name}-first`,
        label: `${name}: first check (history read)`,
        unit: 'ms',
        value: Math.round(m.first),
      },
      {
        id: `${name}-median`,
        label: `${name}: one hour checked, median`,
        unit: 'ms',
        value: Math.round(m.median),
      },
      { id: `${name}-max`, label: `${name}: slowest check`, unit: 'ms', value: Math.round(m.max) },
      { id: `${name}-cpu`, label: `${name}: CPU per check, median`, unit: 'ms', value: Math.round(m.cpu) },
    );
    console.log(
      `| ${name} | ${stores.toLocaleString('en-US')} | ${m.checks} | ${m.first.toFixed(0)} | ${m.median.toFixed(0)} | ${m.max.toFixed(0)} | ${m.cpu.toFixed(0)} | ${m.opened} |`,
    );
  }
}
console.log(
  `load after: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
printResult(figures);
