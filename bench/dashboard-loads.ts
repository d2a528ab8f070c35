/**
 * The dashboard's load functions on a year of a chain (10 stores x 8 sensors by default,
 * opening 09:00-20:00 store time), seeded in the cleaned model's shape (every UTC hour of
 * each store-local day in sensor_hourly and store_hourly, a few hours imputed): p50/p95 per
 * view, on SQLite and, with --url, PostgreSQL.
 * --only chain seeds store_daily alone and times the chain overview (the 1,000-store figure).
 * --browser then times, in headless Chromium against the production build (web/build, from
 * `vite build --config web/vite.config.ts`), navigation to the first KPI visible.
 * Usage: node bench/dashboard-loads.ts [--stores 10] [--sensors 8] [--days 365] [--runs 30]
 *   [--url postgres://…] [--only chain] [--browser]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { printResult, type Figure } from './result.ts';
import type { Knex } from 'knex';
import { dateAttributes } from '../lib/analytics/opening.ts';
import { writeSensorDaily } from '../lib/analytics/sensor-daily.ts';
import { PROJECT_ROOT } from '../lib/config.ts';
import { connect, dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { addDays, datesInRange, toLocal, utcHoursOfLocalDay } from '../lib/time.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';
import { readChainPage } from '../web/src/lib/server/chain-page.ts';
import { pipelineHealth } from '../web/src/lib/server/pipeline.ts';
import { sensorQuality } from '../web/src/lib/server/sensors.ts';
import { readStorePage } from '../web/src/lib/server/store-page.ts';
import { findChromium, launchChromium } from '../tests/support/chromium.ts';

const { values } = parseArgs({
  options: {
    stores: { type: 'string', default: '10' },
    sensors: { type: 'string', default: '8' },
    days: { type: 'string', default: '365' },
    runs: { type: 'string', default: '30' },
    url: { type: 'string' },
    only: { type: 'string' },
    browser: { type: 'boolean', default: false },
  },
});
const CHAIN_ONLY = values.only === 'chain';
const STORES = Number(values.stores);
const SENSORS = Number(values.sensors);
const LAST = '2026-11-22';
const DAYS = datesInRange(addDays(LAST, 1 - Number(values.days)), LAST);
const RUNS = Number(values.runs);
const TZ = 'Europe/Paris';

async function insert(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
  // A short range (the smoke run's 3 days) has no failed day, so no test results to write.
  if (rows.length === 0) return;
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
  const hours = new Map(DAYS.map((d) => [d, utcHoursOfLocalDay(d, TZ)]));
  await insert(
    db,
    t('analytics', ANALYTICS.dimDate),
    DAYS.map((d) => ({ ...dateAttributes(d) })),
  );
  if (CHAIN_ONLY) {
    await seedChainDays(db, at);
    return;
  }
  let sensorRows = 0;
  for (let s = 1; s <= STORES; s++) {
    const hourly: Record<string, unknown>[] = [];
    const daily: Record<string, unknown>[] = [];
    const sensor: Record<string, unknown>[] = [];
    const quality: Record<string, unknown>[] = [];
    for (const date of DAYS) {
      let dv = 0;
      let dm = 0;
      let dt = 0;
      let dr = 0;
      const perSensor = Array.from({ length: SENSORS }, () => ({ open: 0, imputed: 0 }));
      for (const [i, h] of hours.get(date)!.entries()) {
        const local = toLocal(h, TZ).localHour;
        const open = local >= 9 && local < 20;
        let v = 0;
        let vm = 0;
        for (let k = 1; k <= SENSORS; k++) {
          const reading = open ? 5 + ((s * 7 + k * 3 + i * 11) % 40) : 0;
          // About one open hour in 50 was missing and imputed.
          const imputed = open && (s + k + i + date.charCodeAt(9)) % 50 === 0;
          v += reading;
          if (!imputed) vm += reading;
          if (open) perSensor[k - 1]!.open++;
          if (imputed) perSensor[k - 1]!.imputed++;
          sensor.push({
            store_id: s,
            sensor_id: k,
            hour_utc: h,
            local_date: date,
            local_hour: local,
            reading: imputed ? null : reading,
            visitors: reading,
            status: imputed ? 'imputed' : 'measured',
            reason: imputed ? 'missing' : open ? 'none' : 'closed',
            method: imputed ? 'share_of_store' : open ? 'measured' : 'closed',
            built_at: at,
          });
        }
        const tr = Math.floor(v / 5);
        const rev = tr * 42.5;
        dv += v;
        dm += vm;
        dt += tr;
        dr += rev;
        hourly.push({
          store_id: s,
          hour_utc: h,
          local_date: date,
          local_hour: local,
          visitors: v,
          visitors_measured: vm,
          imputed_share: v === 0 ? 0 : 1 - vm / v,
          transactions: tr,
          revenue: rev,
          conversion_rate: v === 0 ? null : tr / v,
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
        visitors_measured: dm,
        imputed_share: 1 - dm / dv,
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
      for (const [k, q] of perSensor.entries()) {
        quality.push({
          store_id: s,
          sensor_id: k + 1,
          local_date: date,
          expected_open_hours: q.open,
          received: n - q.imputed,
          missing: q.imputed,
          outliers: 0,
          dead: 0,
          drift_suspected: 0,
          imputed: q.imputed,
          built_at: at,
        });
      }
    }
    // One store at a time, so a 1,000-store chain never holds every row in memory.
    await insert(db, t('analytics', ANALYTICS.storeHourly), hourly);
    await insert(db, t('analytics', ANALYTICS.storeDaily), daily);
    await insert(db, t('analytics', ANALYTICS.sensorHourly), sensor);
    await insert(db, t('analytics', ANALYTICS.dataQualityDaily), quality);
    sensorRows += sensor.length;
  }
  // What the build writes after each day's sensor_hourly.
  await writeSensorDaily(db, at);
  await insert(
    db,
    t('analytics', ANALYTICS.dayBuilds),
    DAYS.map((d, i) => ({
      local_date: d,
      status: i % 60 === 7 ? 'failed' : 'published',
      failed_tests: i % 60 === 7 ? 'expected_hours_present' : null,
      stores: STORES,
      hours: STORES * 24,
      built_at: at,
    })),
  );
  await insert(
    db,
    t('analytics', ANALYTICS.dataTestResults),
    DAYS.filter((_, i) => i % 60 === 7).map((d) => ({
      local_date: d,
      test_name: 'expected_hours_present',
      model: 'sensor_hourly',
      status: 'fail',
      failing_rows: 1,
      built_at: at,
    })),
  );
  // PostgreSQL's autovacuum would get there after such a load; the bench should not wait for it.
  if (dialectOf(db) === 'pg') await db.raw('vacuum analyze');
  console.info(
    `seeded ${STORES * DAYS.length} store days, ${STORES * DAYS.length * 24} store hours, ${sensorRows} sensor hours`,
  );
}

/** store_daily alone, for the chain overview of a large chain. */
async function seedChainDays(db: Knex, at: string): Promise<void> {
  const table = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  for (let s = 1; s <= STORES; s++) {
    await insert(
      db,
      table,
      DAYS.map((date, i) => {
        const v = 2000 + ((s * 37 + i * 11) % 900);
        const tr = Math.floor(v / 5);
        return {
          store_id: s,
          local_date: date,
          visitors: v,
          visitors_measured: v - (i % 7),
          imputed_share: (i % 7) / v,
          transactions: tr,
          revenue: tr * 42.5,
          conversion_rate: tr / v,
          avg_basket: 42.5,
          sales_per_visitor: (tr * 42.5) / v,
          hours_loaded: 24,
          hours_expected: 24,
          readings: 24 * SENSORS,
          readings_missing: 0,
          built_at: at,
        };
      }),
    );
  }
  if (dialectOf(db) === 'pg') await db.raw('vacuum analyze');
  console.info(`seeded ${STORES * DAYS.length} store days`);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const figures: Figure[] = [];
const dialect = (values.url ?? 'sqlite').split(':')[0]!.replace('postgresql', 'postgres');

/** cpuMs: this process's CPU time per run (SQLite's work included), steadier than wall time on a loaded machine. */
function report(name: string, ms: number[], cpuMs?: number): void {
  ms.sort((a, b) => a - b);
  const cpu = cpuMs === undefined ? '' : ` ${cpuMs.toFixed(1)} |`;
  console.info(`| ${name} | ${quantile(ms, 0.5).toFixed(1)} | ${quantile(ms, 0.95).toFixed(1)} |${cpu}`);
  figures.push({
    id: `${dialect}-${name
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()}-p95`,
    label: `${dialect}: ${name}, p95`,
    unit: 'ms',
    value: +quantile(ms, 0.95).toFixed(1),
  });
}

async function time(name: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  report(name, ms, (used.user + used.system) / 1000 / RUNS);
}

/**
 * Navigation to the first KPI visible, read in the page (performance.now() counts from the
 * navigation's start), a fresh page each run, after 3 warm-up loads.
 */
async function firstKpi(databaseUrl: string): Promise<void> {
  const build = path.join(PROJECT_ROOT, 'web', 'build');
  if (!fs.existsSync(build))
    throw new Error('no web/build: run `npx vite build --config web/vite.config.ts` first');
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('--browser needs Chromium');
  const port = 5600 + Math.floor(Math.random() * 300);
  const server = spawn(process.execPath, [build], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WEB_DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: 'ignore',
  });
  const browser = await launchChromium(chromiumPath);
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        await fetch(base, { method: 'HEAD' });
        break;
      } catch {
        if (i > 200) throw new Error('the dashboard did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const pages: [string, string, string][] = CHAIN_ONLY
      ? [['chain overview (first tile)', '/', 'chain-kpi-visitors-value']]
      : [
          ['store view, one day (footfall tile)', '/store/1', 'kpi-visitors'],
          [
            'store view, the whole year (footfall tile)',
            `/store/1?from=${DAYS[0]}&to=${LAST}`,
            'kpi-visitors',
          ],
          ['chain overview (first tile)', '/', 'chain-kpi-visitors-value'],
        ];
    console.info('\n| first KPI visible in headless Chromium | p50 ms | p95 ms |\n| --- | --- | --- |');
    for (const [name, route, testId] of pages) {
      const ms: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const page = await browser.context.newPage();
        await page.goto(`${base}${route}`, { waitUntil: 'commit' });
        await page.getByTestId(testId).waitFor({ state: 'visible' });
        const at = await page.evaluate(() => performance.now());
        await page.close();
        if (i >= 3) ms.push(at);
      }
      report(name, ms);
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

const url =
  values.url ?? `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-bench-')), 'w.sqlite')}`;
const db = connect(url);
try {
  await migrateLatest(db);
  await migrateDown(db);
  await migrateLatest(db);
  await seed(db);
  console.info(
    `\n${url.split(':')[0]}, ${STORES} stores x ${SENSORS} sensors, ${DAYS.length} days, ${RUNS} runs\n`,
  );
  console.info('| load function | p50 ms | p95 ms | CPU ms per run |\n| --- | --- | --- | --- |');
  if (CHAIN_ONLY) {
    await time('chain overview, 7 days', () => readChainPage(db, new URLSearchParams()));
    await time('chain overview, 92 days', () =>
      readChainPage(db, new URLSearchParams({ from: addDays(LAST, -91), to: LAST })),
    );
    if (values.browser) await firstKpi(url);
  } else {
    const year = new URLSearchParams({ from: DAYS[0]!, to: LAST });
    const week = new URLSearchParams({ from: addDays(LAST, -6), to: LAST, hf: '10', ht: '18', sensor: '2' });
    await time('store view, one day (default)', () => readStorePage(db, 1, new URLSearchParams()));
    await time('store view, a week, hours 10-18, one sensor', () => readStorePage(db, 1, week));
    await time('store view, the whole year', () => readStorePage(db, 1, year));
    // A sensor subset adds its own weekday x hour sums over sensor_hourly: the year is the worst.
    const yearTwoSensors = new URLSearchParams([...year, ['sensor', '1'], ['sensor', '2']]);
    await time('store view, the whole year, two sensors', () => readStorePage(db, 1, yearTwoSensors));
    await time('chain overview, 7 days', () => readChainPage(db, new URLSearchParams()));
    await time('chain overview, 92 days', () =>
      readChainPage(db, new URLSearchParams({ from: addDays(LAST, -91), to: LAST })),
    );
    await time('data quality, 7 days, all stores', () => sensorQuality(db, addDays(LAST, -6), LAST));
    await time('pipeline', () => pipelineHealth(db, Date.parse('2026-11-23T10:00:00Z')));
    if (values.browser) await firstKpi(url);
  }
} finally {
  await db.destroy();
}
printResult(figures);
