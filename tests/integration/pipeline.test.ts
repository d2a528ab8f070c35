/**
 * One hour, then one day, through the whole pipeline on real services: simulator API ->
 * Temporal workflow -> Parquet in Azurite -> raw in SQL -> analytics.store_daily. Each test
 * runs what it checks, so they pass in any order; each replays the histories it recorded
 * against the current workflow code, which catches non-determinism before a deployment does.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import type { TransactionRow, VisitorRow } from '../../lib/datasets.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { groundTruth } from '../../api/model/index.ts';
import { sha256Hex } from '../../lib/lake/blob.ts';
import { decodeParquet } from '../../lib/lake/parquet.ts';
import { addDays, formatUtcHour, lastCompleteHour, toLocal, utcHoursOfLocalDay } from '../../lib/time.ts';
import { ensureSchedules } from '../../scripts/temporal.ts';
import { backfillDays, buildNightly, ingestHour, ingestHourly } from '../../workflows/index.ts';
import { backfillDaysId, buildDayId, buildDayStart, ingestHourId, SCHEDULES } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack, workflowBundle, type Stack } from '../support/stack.ts';

const HOUR = '2026-11-10T13:00:00Z';
const DAY = '2026-11-10';

async function apiRows<T>(stack: Stack, dataset: string, hour: string): Promise<T[]> {
  const response = await fetch(`${stack.apiUrl}/v1/${dataset}?hour=${hour}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { rows: T[] }).rows;
}

describe.each(testDatabases())('pipeline on $name', ({ url }) => {
  const stack = useStack(url);

  const runHour = (hourUtc: string) =>
    stack().client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: stack().taskQueue,
      args: [{ hourUtc }],
    });

  /** Replays the latest run of each workflow id: the code must issue the same commands again. */
  async function replay(...workflowIds: string[]): Promise<void> {
    for (const workflowId of workflowIds) {
      const history = await stack().client.workflow.getHandle(workflowId).fetchHistory();
      await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, workflowId);
    }
  }

  async function rawSnapshot(dataset: 'visitors' | 'transactions') {
    const rows = await stack()
      .db(tableRef(stack().db, 'raw', RAW[dataset]).qualified)
      .where('hour_utc', HOUR);
    return rows
      .map((r: Record<string, unknown>) => ({
        ...r,
        hour_utc: toIsoHour(r.hour_utc),
        local_date: toIsoDate(r.local_date),
        revenue: r.revenue === undefined ? undefined : Number(r.revenue),
        loaded_at: undefined,
        run_id: undefined,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }

  it('ingests one hour into Parquet blobs and raw rows that match the API', async () => {
    const result = await runHour(HOUR);
    const visitors = await apiRows<VisitorRow>(stack(), 'visitors', HOUR);
    const transactions = await apiRows<TransactionRow>(stack(), 'transactions', HOUR);
    expect(visitors.length).toBeGreaterThan(0);
    expect(transactions.length).toBeGreaterThan(0);

    for (const [dataset, expected] of [
      ['visitors', visitors],
      ['transactions', transactions],
    ] as const) {
      const blobPath = `${dataset}/date=2026-11-10/hour=13/part-0.parquet`;
      const step = result.datasets.find((d) => d.extracted.dataset === dataset)!;
      expect(step.extracted.blobPath).toBe(blobPath);
      expect(step.loaded.rows).toBe(expected.length);
      const blob = await stack().lake.get(blobPath);
      const decoded = await decodeParquet(dataset, blob.bytes, blobPath);
      expect(decoded.rows).toEqual(expected);
      expect(decoded.meta.writtenBy).toBe(ingestHourId(HOUR));

      const table = tableRef(stack().db, 'raw', RAW[dataset]).qualified;
      const counted = await stack().db(table).where('hour_utc', HOUR).count({ n: '*' });
      expect(Number(counted[0]?.n)).toBe(expected.length);
      const lineage = await stack()
        .db(table)
        .where('hour_utc', HOUR)
        .distinct('source_blob', 'source_checksum', 'workflow_id');
      expect(lineage).toEqual([
        { source_blob: blobPath, source_checksum: sha256Hex(blob.bytes), workflow_id: ingestHourId(HOUR) },
      ]);
    }
    await replay(ingestHourId(HOUR));
  });

  it('re-running the hour leaves exactly the same rows and the same bytes', async () => {
    const succeeded = async () =>
      (
        await stack()
          .db(tableRef(stack().db, 'raw', RAW.ingestionLog).qualified)
          .where({ hour_utc: HOUR, dataset: 'visitors', status: 'succeeded' })
      ).length;
    await runHour(HOUR);
    const loadsBefore = await succeeded();
    const before = {
      visitors: await rawSnapshot('visitors'),
      transactions: await rawSnapshot('transactions'),
    };
    const blobBefore = await stack().lake.get(`visitors/date=2026-11-10/hour=13/part-0.parquet`);
    await runHour(HOUR);
    await runHour(HOUR);
    expect(await rawSnapshot('visitors')).toEqual(before.visitors);
    expect(await rawSnapshot('transactions')).toEqual(before.transactions);
    expect((await stack().lake.get(`visitors/date=2026-11-10/hour=13/part-0.parquet`)).sha256).toBe(
      blobBefore.sha256,
    );
    expect(await succeeded()).toBe(loadsBefore + 2);
  });

  it('backfills a store-local day: store_daily near the true footfall, till totals equal to the API answers', async () => {
    const result = await stack().client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId(DAY, DAY),
      taskQueue: stack().taskQueue,
      args: [{ fromDate: DAY, toDate: DAY, concurrency: 6 }],
    });
    const hours = utcHoursOfLocalDay(DAY, 'Europe/Paris');
    expect(result).toMatchObject({
      summary: 'completed',
      days: { built: 1 },
      hours: { ingested: hours.length },
    });
    // Operators see what each child run is about in the Temporal UI.
    const child = await stack().client.workflow.getHandle(buildDayId(DAY)).describe();
    expect(await child.staticSummary()).toBe(buildDayStart(DAY).staticSummary);

    const expected = new Map<
      number,
      { visitors: number; transactions: number; revenue: number; missing: number }
    >();
    const hourlyKeys = new Set<string>();
    for (const hour of hours) {
      for (const v of await apiRows<VisitorRow>(stack(), 'visitors', hour)) {
        hourlyKeys.add(`${v.store_id}|${hour}`);
        const e = expected.get(v.store_id) ?? { visitors: 0, transactions: 0, revenue: 0, missing: 0 };
        e.missing += v.visitors === null ? 1 : 0;
        expected.set(v.store_id, e);
      }
      for (const t of groundTruth(hour).transactions) expected.get(t.store_id)!.visitors += t.footfall;
      for (const t of await apiRows<TransactionRow>(stack(), 'transactions', hour)) {
        const e = expected.get(t.store_id)!;
        e.transactions += t.transactions;
        e.revenue += t.revenue;
      }
    }
    const daily = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.storeDaily).qualified)
      .where('local_date', DAY)
      .orderBy('store_id');
    expect(daily.map((d) => Number(d.store_id))).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const row of daily) {
      const e = expected.get(Number(row.store_id))!;
      expect(toIsoDate(row.local_date)).toBe(DAY);
      // A first day, with no history to learn the sensors' shares from: within 5 % of the truth.
      expect(Math.abs(Number(row.visitors) / e.visitors - 1)).toBeLessThan(0.05);
      expect(Number(row.transactions)).toBe(e.transactions);
      expect(Number(row.revenue)).toBeCloseTo(e.revenue, 2);
      expect(Number(row.conversion_rate)).toBeCloseTo(e.transactions / Number(row.visitors), 9);
      expect(Number(row.readings_missing)).toBe(e.missing);
      expect(Number(row.hours_loaded)).toBe(24);
      expect(Number(row.hours_expected)).toBe(24);
    }

    const hourly = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.storeHourly).qualified)
      .where('local_date', DAY);
    expect(new Set(hourly.map((h) => `${h.store_id}|${toIsoHour(h.hour_utc)}`))).toEqual(hourlyKeys);
    const [build] = await stack().db(tableRef(stack().db, 'analytics', ANALYTICS.dayBuilds).qualified);
    expect(build).toMatchObject({ status: 'published', failed_tests: null, stores: daily.length });
    expect(build.workflow_id).toBe(buildDayId(DAY));
    await replay(backfillDaysId(DAY, DAY));
  });

  it('runs what the schedules start: the hourly run heals missing hours, the nightly run builds yesterday', async () => {
    // The hour that just ended, read before and after a run: an hour boundary may pass meanwhile.
    const hourlyRun = async (workflowId: string) => {
      const before = lastCompleteHour(Date.now());
      const result = await stack().client.workflow.execute(ingestHourly, {
        workflowId,
        taskQueue: stack().taskQueue,
        // The earlier tests ingested hours of weeks ago: the holes since are not this test's.
        args: [{ maxLookbackDays: 0 }],
      });
      return { ...result, ended: [before, lastCompleteHour(Date.now())] };
    };
    const first = await hourlyRun(`${SCHEDULES.ingestHourly}-${randomUUID()}`);
    expect(first.ended).toContain(first.ingested.at(-1));
    // A fresh warehouse: the whole self-heal window is missing.
    expect(first.ingested.length).toBe(24);
    // Every hour of the last day is ingested now: only the latest hour is ingested again.
    const secondId = `${SCHEDULES.ingestHourly}-${randomUUID()}`;
    const second = await hourlyRun(secondId);
    expect(second.ingested).toHaveLength(1);
    expect(second.ended).toContain(second.ingested[0]);

    // Paris's yesterday, read before and after the run: Paris's midnight may pass meanwhile.
    const parisYesterday = () => addDays(toLocal(formatUtcHour(Date.now()), 'Europe/Paris').localDate, -1);
    const nightlyId = `${SCHEDULES.buildNightly}-${randomUUID()}`;
    const yesterdays = [parisYesterday()];
    const nightly = await stack().client.workflow.execute(buildNightly, {
      workflowId: nightlyId,
      taskQueue: stack().taskQueue,
      args: [{ timeZone: 'Europe/Paris' }],
    });
    yesterdays.push(parisYesterday());
    expect(nightly.days).toHaveLength(1);
    const yesterday = nightly.days[0]!.date;
    expect(yesterdays).toContain(yesterday);
    expect(nightly.days).toMatchObject([{ date: yesterday, result: { failures: [] } }]);
    const daily = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.storeDaily).qualified)
      .where('local_date', yesterday);
    expect(daily.length).toBeGreaterThan(0);
    for (const row of daily) expect(Number(row.hours_loaded)).toBe(Number(row.hours_expected));
    // The nightly run's range workflow ran as a child under its own business-key id.
    await stack().client.workflow.getHandle(backfillDaysId(yesterday, yesterday)).result();
    await replay(secondId, nightlyId);
  });

  it('creates the schedules once, whatever the number of starts, and replaces the old ones', async () => {
    const { client } = stack();
    // The schedules are live while the test runs: on a queue no worker polls, a run one starts at
    // :05 does nothing, where on the stack's it would start an hour's ingestHour that outlives the
    // stack's worker and holds that hour's workflow id for the next run on PostgreSQL.
    const taskQueue = `${stack().taskQueue}-not-polled`;
    // A namespace set up before the new names: its schedule starts a frozen legacy type.
    await client.schedule.create({
      scheduleId: 'hourly-collect',
      spec: { calendars: [{ hour: '*', minute: 5 }] },
      action: { type: 'startWorkflow', workflowType: 'hourlyCollect', taskQueue, args: [] },
      state: { paused: true },
    });
    const first = await ensureSchedules(client, taskQueue);
    try {
      expect(first.created.sort()).toEqual([SCHEDULES.buildNightly, SCHEDULES.ingestHourly]);
      expect(first.replaced).toEqual(['hourly-collect']);
      expect(await ensureSchedules(client, taskQueue)).toEqual({
        created: [],
        updated: [SCHEDULES.ingestHourly, SCHEDULES.buildNightly],
        replaced: [],
      });
      const nightly = await client.schedule.getHandle(SCHEDULES.buildNightly).describe();
      // Hourly in UTC; each run builds the zones where it is 03:00 (lib/nightly.ts).
      expect(nightly.action).toMatchObject({ workflowType: 'buildNightly', args: [{}] });
      expect(nightly.spec.timezone || 'UTC').toBe('UTC');
    } finally {
      for (const id of first.created) await client.schedule.getHandle(id).delete();
    }
  });
});
