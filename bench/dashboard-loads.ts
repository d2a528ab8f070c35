/**
 * The dashboard's load functions on a year of a chain (10 stores x 8 sensors by default,
 * opening 09:00-20:00 store time): p50/p95 per view, on SQLite and, with --url, PostgreSQL.
 * Usage: node bench/dashboard-loads.ts [--stores 10] [--sensors 8] [--days 365] [--runs 30] [--url postgres://…]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { connect } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { addDays, datesInRange, toLocal, utcHoursOfLocalDay } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';
import { readChainPage } from '../web/src/lib/server/chain-page.ts';
import { pipelineHealth } from '../web/src/lib/server/pipeline.ts';
import { sensorQuality } from '../web/src/lib/server/sensors.ts';
import { readStorePage } from '../web/src/lib/server/store-page.ts';

const { values } = parseArgs({
  options: {
    stores: { type: 'string', default: '10' },
    sensors: { type: 'string', default: '8' },
    days: { type: 'string', default: '365' },
    runs: { type: 'string', default: '30' },
    url: { type: 'string' },
  },
});
const STORES = Number(values.stores);
const SENSORS = Number(values.sensors);
const LAST = '2026-11-22';
const DAYS = datesInRange(addDays(LAST, 1 - Number(values.days)), LAST);
const RUNS = Number(values.runs);
const TZ = 'Europe/Paris';

async function insert(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
  // SQLite compounds at most 500 rows a statement; PostgreSQL takes at most 65,535 parameters.
  const size = Math.min(400, Math.floor(60_000 / Object.keys(rows[0]!).length));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += size) await tx(table).insert(rows.slice(i, i + size));
  });
}

async function seed(db: Knex): Promise<void> {
  const t = (layer: 'raw' | 'analytics', name: string) => tableRef(db, layer, name).qualified;
  const at = '2026-11-23T03:00:00.000Z';
  await insert(
    db,
    t('analytics', ANALYTICS.dimStore),
    Array.from({ length: STORES }, (_, i) => ({
      store_id: i + 1,
      city_store: `City ${i + 1}`,
      timezone: TZ,
      updated_at: at,
    })),
  );
  const hours = new Map(
    DAYS.map((d) => [
      d,
      utcHoursOfLocalDay(d, TZ).filter((h) => {
        const l = toLocal(h, TZ).localHour;
        return l >= 9 && l < 20;
      }),
    ]),
  );
  const hourly: Record<string, unknown>[] = [];
  const daily: Record<string, unknown>[] = [];
  const raw: Record<string, unknown>[] = [];
  for (let s = 1; s <= STORES; s++) {
    for (const date of DAYS) {
      let dv = 0;
      let dt = 0;
      let dr = 0;
      for (const [i, h] of hours.get(date)!.entries()) {
        const local = toLocal(h, TZ).localHour;
        let v = 0;
        for (let k = 1; k <= SENSORS; k++) {
          const reading = 5 + ((s * 7 + k * 3 + i * 11) % 40);
          v += reading;
          raw.push({
            hour_utc: h,
            store_id: s,
            sensor_id: k,
            local_date: date,
            local_hour: local,
            visitors: reading,
            source_blob: 'b',
            source_checksum: 'c',
            workflow_id: 'w',
            run_id: 'r',
            loaded_at: at,
          });
        }
        const tr = Math.floor(v / 5);
        const rev = tr * 42.5;
        dv += v;
        dt += tr;
        dr += rev;
        hourly.push({
          store_id: s,
          hour_utc: h,
          local_date: date,
          local_hour: local,
          visitors: v,
          transactions: tr,
          revenue: rev,
          conversion_rate: tr / v,
          readings: SENSORS,
          readings_missing: 0,
          built_at: at,
        });
      }
      const n = hours.get(date)!.length;
      daily.push({
        store_id: s,
        local_date: date,
        visitors: dv,
        transactions: dt,
        revenue: dr,
        conversion_rate: dt / dv,
        avg_basket: dr / dt,
        sales_per_visitor: dr / dv,
        hours_loaded: n,
        hours_expected: n,
        readings: n * SENSORS,
        readings_missing: 0,
        built_at: at,
      });
    }
  }
  await insert(db, t('analytics', ANALYTICS.storeHourly), hourly);
  await insert(db, t('analytics', ANALYTICS.storeDaily), daily);
  await insert(db, t('raw', RAW.visitors), raw);
  console.info(`seeded ${daily.length} store days, ${hourly.length} store hours, ${raw.length} sensor hours`);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function time(name: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.info(`| ${name} | ${quantile(ms, 0.5).toFixed(1)} | ${quantile(ms, 0.95).toFixed(1)} |`);
}

const url =
  values.url ?? `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-')), 'w.sqlite')}`;
const db = connect(url);
try {
  await migrateLatest(db);
  await migrateDown(db);
  await migrateLatest(db);
  await seed(db);
  const year = new URLSearchParams({ from: DAYS[0]!, to: LAST });
  const week = new URLSearchParams({ from: addDays(LAST, -6), to: LAST, hf: '10', ht: '18', sensor: '2' });
  console.info(
    `\n${url.split(':')[0]}, ${STORES} stores x ${SENSORS} sensors, ${DAYS.length} days, ${RUNS} runs\n`,
  );
  console.info('| load function | p50 ms | p95 ms |\n| --- | --- | --- |');
  await time('store view, one day (default)', () => readStorePage(db, 1, new URLSearchParams()));
  await time('store view, a week, hours 10-18, one sensor', () => readStorePage(db, 1, week));
  await time('store view, the whole year', () => readStorePage(db, 1, year));
  await time('chain overview, 7 days', () => readChainPage(db, new URLSearchParams()));
  await time('chain overview, 92 days', () =>
    readChainPage(db, new URLSearchParams({ from: addDays(LAST, -91), to: LAST })),
  );
  await time('data quality, 7 days, all stores', () => sensorQuality(db, addDays(LAST, -6), LAST));
  await time('pipeline', () => pipelineHealth(db, Date.parse('2026-11-23T10:00:00Z')));
} finally {
  await db.destroy();
}
