/**
 * The dashboard as analysts get it: the production build (`node web/build`) reading a
 * SQLite warehouse seeded with known analytics rows, driven in a real Chromium.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { connect } from '../../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { addDays, datesInRange } from '../../lib/time.ts';
import { migrateLatest } from '../../migrations/index.ts';
import {
  formatCount,
  formatEuros,
  formatHoursLoaded,
  formatMissingReadings,
  formatPercent,
} from '../../web/src/lib/format.ts';
import { findChromium, launchChromium, type LaunchedChromium } from '../support/chromium.ts';

const LATEST = '2026-11-23';
const SCREENSHOT = path.join(os.tmpdir(), 'datamag360-browser', 'dashboard.png');

interface DailyRow {
  store_id: number;
  local_date: string;
  visitors: number;
  transactions: number;
  revenue: number;
  conversion_rate: number;
  avg_basket: number;
  sales_per_visitor: number;
  hours_loaded: number;
  hours_expected: number;
  readings: number;
  readings_missing: number;
  transformed_at: string;
}

function dailyRow(storeId: number, date: string, i: number): DailyRow {
  const visitors = 900 + 37 * i + 250 * storeId;
  const transactions = Math.round(visitors * (0.18 + 0.01 * storeId)) + i;
  const revenue = Math.round(transactions * (38.5 + i + storeId) * 100) / 100;
  return {
    store_id: storeId,
    local_date: date,
    visitors,
    transactions,
    revenue,
    conversion_rate: transactions / visitors,
    avg_basket: revenue / transactions,
    sales_per_visitor: revenue / visitors,
    hours_loaded: i % 4 === 0 ? 9 : 11,
    hours_expected: 11,
    readings: 88,
    readings_missing: i % 3,
    transformed_at: `${addDays(date, 1)}T03:00:00.000Z`,
  };
}

// Paris: 20 consecutive days, so the 14-day window is full. Lyon: 9 days with 2026-11-20 missing.
// Marseille: named in dim_store but never transformed.
const PARIS = datesInRange(addDays(LATEST, -19), LATEST).map((d, i) => dailyRow(1, d, i));
const LYON = datesInRange(addDays(LATEST, -8), LATEST)
  .filter((d) => d !== '2026-11-20')
  .map((d, i) => dailyRow(2, d, i));
const STORES = [
  { store_id: 1, city_store: 'Paris' },
  { store_id: 2, city_store: 'Lyon' },
  { store_id: 3, city_store: 'Marseille' },
];

function rowOf(rows: DailyRow[], date: string): DailyRow {
  const row = rows.find((r) => r.local_date === date);
  if (!row) throw new Error(`no seeded row for ${date}`);
  return row;
}

async function seed(file: string): Promise<void> {
  const db = connect(`sqlite:${file}`);
  try {
    await migrateLatest(db);
    const updatedAt = '2026-11-24T03:00:00.000Z';
    await db(tableRef(db, 'analytics', ANALYTICS.dimStore).qualified).insert(
      STORES.map((s) => ({ ...s, timezone: 'Europe/Paris', updated_at: updatedAt })),
    );
    await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).insert([...PARIS, ...LYON]);
  } finally {
    await db.destroy();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Server {
  url: string;
  process: ChildProcess;
  output: string[];
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['web/build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { method: 'HEAD' });
      return { url, process: child, output };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`web server did not start:\n${output.join('')}`);
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null) return;
  const exited = new Promise((r) => server.process.once('exit', r));
  server.process.kill('SIGTERM');
  await exited;
}

async function text(page: Page, testId: string): Promise<string | null> {
  return page.getByTestId(testId).textContent({ timeout: 5_000 });
}

/** Every KPI on the page must read exactly what the shared formatters make of the seeded row. */
async function expectKpis(page: Page, row: DailyRow): Promise<void> {
  const expected = {
    'kpi-visitors': formatCount(row.visitors),
    'kpi-transactions': formatCount(row.transactions),
    'kpi-revenue': formatEuros(row.revenue),
    'kpi-conversion': formatPercent(row.conversion_rate),
    'kpi-avg-basket': formatEuros(row.avg_basket),
    'kpi-sales-per-visitor': formatEuros(row.sales_per_visitor),
    'kpi-quality-hours': formatHoursLoaded(row.hours_loaded, row.hours_expected),
    'kpi-quality-readings': formatMissingReadings(row.readings_missing, row.readings),
  };
  for (const [testId, value] of Object.entries(expected)) {
    await expect.poll(() => text(page, testId), { message: testId }).toBe(value);
  }
}

const chromiumPath = findChromium();

describe.skipIf(chromiumPath === undefined)('dashboard in Chromium', () => {
  let tmp: string;
  let server: Server | undefined;
  let browser: LaunchedChromium | undefined;
  const pageErrors: string[] = [];

  async function open(query: string): Promise<Page> {
    const page = await browser!.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${query}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${query}: ${m.text()}`);
    });
    await page.goto(`${server!.url}/${query}`, { waitUntil: 'networkidle' });
    return page;
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datamag360-dashboard-'));
    const file = path.join(tmp, 'warehouse.sqlite');
    await seed(file);
    // Always rebuild: a stale web/build would test yesterday's code.
    await promisify(execFile)(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
      { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    server = await startServer(`sqlite:${file}`);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the KPIs of the store and day in the URL', async () => {
    const page = await open(`?store=1&date=${LATEST}`);
    await expectKpis(page, rowOf(PARIS, LATEST));
    expect(await page.getByTestId('store-picker').inputValue()).toBe('1');
    expect(await page.getByTestId('date-picker').inputValue()).toBe(LATEST);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.info(`dashboard screenshot: ${SCREENSHOT}`);
    await page.close();
  });

  it('labels stores by city and id, as dim_store names them', async () => {
    const page = await open('');
    const labels = await page.getByTestId('store-picker').locator('option').allTextContents();
    expect(labels).toEqual(['Paris (#1)', 'Lyon (#2)', 'Marseille (#3)']);
    await page.close();
  });

  it('defaults to the first store and its latest day', async () => {
    const page = await open('');
    expect(await page.getByTestId('date-picker').inputValue()).toBe(LATEST);
    await expectKpis(page, rowOf(PARIS, LATEST));
    await page.close();
  });

  it('charts one bar and one dot per day with data over the 14 days up to the chosen day', async () => {
    const page = await open(`?store=1&date=${LATEST}`);
    const chart = page.getByTestId('chart-daily');
    const window = datesInRange(addDays(LATEST, -13), LATEST);
    await expect.poll(() => chart.locator('svg rect.bar').count()).toBe(14);
    expect(await chart.locator('svg rect.bar').evaluateAll((els) => els.map((e) => e.dataset.date))).toEqual(
      window,
    );
    expect(await chart.locator('svg circle.dot').count()).toBe(14);
    expect(await chart.locator('svg .x-axis text').count()).toBe(14);
    expect(await chart.locator('svg .y-axis text').count()).toBeGreaterThan(1);

    // Lyon has no row for 2026-11-20 (and none before the 15th): those days get no mark.
    const lyon = await open(`?store=2&date=${LATEST}`);
    const lyonBars = lyon.getByTestId('chart-daily').locator('svg rect.bar');
    await expect.poll(() => lyonBars.count()).toBe(LYON.length);
    expect(await lyonBars.evaluateAll((els) => els.map((e) => e.dataset.date))).not.toContain('2026-11-20');
    await Promise.all([page.close(), lyon.close()]);
  });

  it('switches store through the picker', async () => {
    const page = await open(`?store=1&date=${LATEST}`);
    await page.getByTestId('store-picker').selectOption('2');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/store=2/);
    await expectKpis(page, rowOf(LYON, LATEST));
    expect(new URL(page.url()).searchParams.get('date')).toBe(LATEST);
    await page.close();
  });

  it('works without JavaScript: the page is server-rendered and the form is a plain GET', async () => {
    const page = await browser!.context.newPage();
    const cdp = await browser!.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${server!.url}/?store=1&date=2026-11-19`);
    await expectKpis(page, rowOf(PARIS, '2026-11-19'));
    expect(await page.getByTestId('chart-daily').locator('svg rect.bar').count()).toBe(14);
    await page.getByTestId('store-picker').selectOption('2');
    await Promise.all([
      page.waitForURL(/store=2&date=2026-11-19/),
      page.getByRole('button', { name: 'Show' }).click(),
    ]);
    await expectKpis(page, rowOf(LYON, '2026-11-19'));
    await page.close();
  });

  it('shows the empty state for a day without data, with a way to the latest day', async () => {
    const page = await open('?store=1&date=2026-01-05');
    await expect
      .poll(() => text(page, 'empty-state'))
      .toContain('No data for this store and date yet — has the nightly transform run?');
    expect(await page.getByTestId('kpi-visitors').count()).toBe(0);
    await page.getByRole('link', { name: 'See the latest day with data' }).click();
    await page.waitForURL(new RegExp(`date=${LATEST}`));
    await expectKpis(page, rowOf(PARIS, LATEST));
    await page.close();
  });

  it('shows the empty state for a store that was never transformed', async () => {
    const page = await open('?store=3');
    expect(await text(page, 'empty-state')).toContain('No data for this store and date yet');
    expect(await page.getByTestId('store-picker').inputValue()).toBe('3');
    await page.close();
  });

  it('logged no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });

  it('answers 503 with a plain message, no stack, when the database is unreachable', async () => {
    const closedPort = await freePort();
    const down = await startServer(`postgres://dashboard:secret@127.0.0.1:${closedPort}/warehouse`);
    try {
      const res = await fetch(`${down.url}/?store=1`);
      const html = await res.text();
      expect(res.status).toBe(503);
      expect(html).toContain('The warehouse database cannot be read');
      expect(html).not.toMatch(/ECONNREFUSED|node_modules|\bat .+:\d+:\d+/);
      expect(html).not.toContain('secret');
      // The reason is for the operator, in the server log.
      await expect.poll(() => down.output.join('')).toContain('ECONNREFUSED');
    } finally {
      await stopServer(down);
    }
  });
});
