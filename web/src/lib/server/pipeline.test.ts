import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '#lib/db/connect.ts';
import { RAW, tableRef } from '#lib/db/naming.ts';
import { migrateLatest } from '#migrations/index.ts';
import { recentHours } from '#lib/time.ts';
import { pipelineHealth } from './pipeline.ts';

const NOW = Date.parse('2026-11-24T13:20:00Z');

interface Entry {
  hour: string;
  dataset: 'visitors' | 'transactions';
  status: 'succeeded' | 'failed';
  finishedAt: string;
  error?: string;
}

function logRow(e: Entry) {
  return {
    hour_utc: e.hour,
    dataset: e.dataset,
    status: e.status,
    rows: e.status === 'succeeded' ? 12 : null,
    source_blob: `${e.dataset}/hour.parquet`,
    source_checksum: null,
    workflow_id: `ingest-hour-${e.hour.slice(0, 13)}`,
    run_id: 'run',
    started_at: e.finishedAt,
    finished_at: e.finishedAt,
    duration_ms: 40,
    error: e.error ?? null,
  };
}

const ok = (hour: string, dataset: Entry['dataset'], finishedAt: string): Entry => ({
  hour,
  dataset,
  status: 'succeeded',
  finishedAt,
});
const failed = (hour: string, dataset: Entry['dataset'], finishedAt: string, error: string): Entry => ({
  hour,
  dataset,
  status: 'failed',
  finishedAt,
  error,
});

describe('pipeline health', () => {
  let db: Knex;
  const log = (entries: Entry[]) =>
    db(tableRef(db, 'raw', RAW.ingestionLog).qualified).insert(entries.map(logRow));

  beforeEach(async () => {
    db = connect('sqlite::memory:');
    await migrateLatest(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('reports an empty log as nothing recorded, every hour of the window missing', async () => {
    expect(await pipelineHealth(db, NOW)).toEqual({
      recorded: false,
      lastLoads: [
        {
          dataset: 'visitors',
          latestHourUtc: null,
          hourUtc: null,
          finishedAt: null,
          workflowId: null,
          runId: null,
        },
        {
          dataset: 'transactions',
          latestHourUtc: null,
          hourUtc: null,
          finishedAt: null,
          workflowId: null,
          runId: null,
        },
      ],
      window: { from: '2026-11-21T13:00:00Z', to: '2026-11-24T12:00:00Z' },
      hoursWithoutLoads: 72,
      missingRecent: recentHours(NOW, 72).slice(-12).reverse(),
      failures: [],
      unresolvedFailures: 0,
    });
  });

  it('finds the last loads, the hours not fully loaded and the failures never retried successfully', async () => {
    await log([
      ok('2026-11-24T10:00:00Z', 'visitors', '2026-11-24T11:05:10.000Z'),
      ok('2026-11-24T10:00:00Z', 'transactions', '2026-11-24T11:05:12.000Z'),
      // Failed, then replayed: resolved.
      failed('2026-11-24T11:00:00Z', 'visitors', '2026-11-24T12:05:00.000Z', 'blob not found'),
      ok('2026-11-24T11:00:00Z', 'visitors', '2026-11-24T12:30:00.000Z'),
      ok('2026-11-24T11:00:00Z', 'transactions', '2026-11-24T12:05:03.000Z'),
      ok('2026-11-24T12:00:00Z', 'transactions', '2026-11-24T13:05:09.000Z'),
      ok('2026-11-24T12:00:00Z', 'visitors', '2026-11-24T13:05:07.000Z'),
      // A backfill of an old hour finishing last is the last load, though not the newest hour.
      ok('2026-11-01T05:00:00Z', 'visitors', '2026-11-24T13:10:00.000Z'),
      // Failed twice: listed once, with the latest attempt's error.
      failed('2026-11-24T09:00:00Z', 'transactions', '2026-11-24T10:05:00.000Z', 'first try'),
      failed(
        '2026-11-24T09:00:00Z',
        'transactions',
        '2026-11-24T10:20:00.000Z',
        'loading transactions failed, rolled back: deadlock\n    at load (load.ts:80:13)',
      ),
      ok('2026-11-24T09:00:00Z', 'visitors', '2026-11-24T10:05:01.000Z'),
      // Succeeded, then a later reload failed: the failure stands.
      ok('2026-11-23T02:00:00Z', 'visitors', '2026-11-23T03:05:00.000Z'),
      failed('2026-11-23T02:00:00Z', 'visitors', '2026-11-23T09:00:00.000Z', 'checksum mismatch'),
      failed('2026-11-20T05:00:00Z', 'visitors', '2026-11-20T06:05:00.000Z', 'api timeout'),
      failed('2026-11-19T05:00:00Z', 'visitors', '2026-11-19T06:05:00.000Z', 'api timeout'),
    ]);
    const health = await pipelineHealth(db, NOW);
    expect(health.recorded).toBe(true);
    expect(health.lastLoads).toEqual([
      {
        dataset: 'visitors',
        // The data goes to 12:00, though the last load was of an old hour.
        latestHourUtc: '2026-11-24T12:00:00Z',
        hourUtc: '2026-11-01T05:00:00Z',
        finishedAt: '2026-11-24T13:10:00.000Z',
        workflowId: 'ingest-hour-2026-11-01T05',
        runId: 'run',
      },
      {
        dataset: 'transactions',
        latestHourUtc: '2026-11-24T12:00:00Z',
        hourUtc: '2026-11-24T12:00:00Z',
        finishedAt: '2026-11-24T13:05:09.000Z',
        workflowId: 'ingest-hour-2026-11-24T12',
        runId: 'run',
      },
    ]);
    // 10:00, 11:00 and 12:00 have both datasets; 09:00 lacks transactions.
    expect(health.hoursWithoutLoads).toBe(69);
    expect(health.missingRecent.slice(0, 2)).toEqual(['2026-11-24T09:00:00Z', '2026-11-24T08:00:00Z']);
    expect(health.unresolvedFailures).toBe(4);
    expect(health.failures).toEqual([
      {
        hourUtc: '2026-11-24T09:00:00Z',
        dataset: 'transactions',
        error: 'loading transactions failed, rolled back: deadlock',
        workflowId: 'ingest-hour-2026-11-24T09',
        runId: 'run',
      },
      {
        hourUtc: '2026-11-23T02:00:00Z',
        dataset: 'visitors',
        error: 'checksum mismatch',
        workflowId: 'ingest-hour-2026-11-23T02',
        runId: 'run',
      },
      {
        hourUtc: '2026-11-20T05:00:00Z',
        dataset: 'visitors',
        error: 'api timeout',
        workflowId: 'ingest-hour-2026-11-20T05',
        runId: 'run',
      },
    ]);
  });

  it('orders two attempts that finished in the same millisecond as they were logged', async () => {
    const at = '2026-11-24T12:05:00.123Z';
    await log([
      // Failed, then retried successfully within the millisecond: resolved.
      failed('2026-11-24T11:00:00Z', 'visitors', at, 'blob not found'),
      ok('2026-11-24T11:00:00Z', 'visitors', at),
      // Succeeded, then a reload failed within the millisecond: the failure stands.
      ok('2026-11-24T11:00:00Z', 'transactions', at),
      failed('2026-11-24T11:00:00Z', 'transactions', at, 'checksum mismatch'),
    ]);
    const health = await pipelineHealth(db, NOW);
    expect(health.failures.map((f) => [f.dataset, f.error])).toEqual([['transactions', 'checksum mismatch']]);
    expect(health.unresolvedFailures).toBe(1);
  });

  it('counts the window from the injected time, not the clock', async () => {
    await log([
      ok('2026-11-24T12:00:00Z', 'visitors', '2026-11-24T13:05:00.000Z'),
      ok('2026-11-24T12:00:00Z', 'transactions', '2026-11-24T13:05:00.000Z'),
    ]);
    expect((await pipelineHealth(db, NOW)).hoursWithoutLoads).toBe(71);
    // Three days on, the loaded hour is the oldest of the window, then it drops out.
    const last = await pipelineHealth(db, Date.parse('2026-11-27T12:59:59Z'));
    expect(last.window).toEqual({ from: '2026-11-24T12:00:00Z', to: '2026-11-27T11:00:00Z' });
    expect(last.hoursWithoutLoads).toBe(71);
    expect((await pipelineHealth(db, Date.parse('2026-11-27T13:00:00Z'))).hoursWithoutLoads).toBe(72);
  });
});
