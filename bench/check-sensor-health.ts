/**
 * Cost of the hourly sensor-health check (the worker's checkSensorHealth activity, called
 * directly) for synthetic chains of 10, 100 and 1,000 stores x 20 sensors, on SQLite and/or
 * PostgreSQL: a fresh warehouse, dim_store synced from the simulator API (in-process), raw
 * seeded from the simulator for --prior days and the timed day, the prior days built (the
 * check reads their history as the day build does), then every hour of the timed day checked
 * in order, --repeat times (a repeat re-checks hours already checked: the replay path).
 * PostgreSQL: the database of DATABASE_URL_PG, emptied first (migrations down and up).
 *
 *   node bench/check-sensor-health.ts [--dialect sqlite|pg|both] [--stores 10,100] [--sensors 20]
 *     [--prior 14] [--repeat 2] [--day 2026-11-17]
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
import { RAW, tableRef } from '../lib/db/naming.ts';
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

async function measure(url: string, stores: number) {
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
    for (const d of [...priorDays, day]) await seedDay(db, sim, chain, d);
    for (const d of priorDays) await activities.buildDayModels({ date: d });
    const runs: number[] = [];
    let opened = 0;
    for (let r = 0; r < repeat; r++) {
      for (const hourUtc of utcHoursOfLocalDay(day, 'Europe/Paris')) {
        const t0 = performance.now();
        const result = await activities.checkSensorHealth({ hourUtc });
        runs.push(performance.now() - t0);
        if (r === 0) opened += result.opened;
      }
    }
    return { median: median(runs), max: Math.max(...runs), checks: runs.length, opened };
  } finally {
    await new Promise((r) => api.server.close(r));
    await db.destroy();
  }
}

const dialects: { name: string; url: string }[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-check-'));
if (values.dialect !== 'pg') dialects.push({ name: 'sqlite', url: `sqlite:${path.join(dir, 'w.sqlite')}` });
if (values.dialect !== 'sqlite') {
  const pg = process.env.DATABASE_URL_PG;
  if (!pg) throw new Error('DATABASE_URL_PG is not set: the PostgreSQL runs need a database to empty');
  dialects.push({ name: 'pg', url: pg });
}
console.log(
  `check every hour of ${day} after ${values.prior} built days; ${sensors} sensors per store; ${repeat} passes; ` +
    `${os.cpus().length} cores, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const figures: Figure[] = [];
console.log('| dialect | stores | checks | median per check (ms) | slowest (ms) | alerts opened |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, url } of dialects) {
  for (const stores of values.stores.split(',').map(Number)) {
    if (name === 'sqlite') {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
    }
    const m = await measure(url, stores);
    figures.push(
      {
        id: `${name}-median`,
        label: `${name}: one hour checked, median`,
        unit: 'ms',
        value: Math.round(m.median),
      },
      { id: `${name}-max`, label: `${name}: slowest check`, unit: 'ms', value: Math.round(m.max) },
    );
    console.log(
      `| ${name} | ${stores.toLocaleString('en-US')} | ${m.checks} | ${m.median.toFixed(0)} | ${m.max.toFixed(0)} | ${m.opened} |`,
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
