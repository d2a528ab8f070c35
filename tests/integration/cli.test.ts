/**
 * The `datamag` CLI as operators run it (scripts/datamag.sh, non-TTY), and the `temporal`
 * CLI paths of docs/operations.md, against the real dev server and a real pipeline.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { decodeParquet } from '../../lib/lake/parquet.ts';
import { partitionBlobPath } from '../../lib/lake/paths.ts';
import { utcHoursOfLocalDay } from '../../lib/time.ts';
import { progressQuery } from '../../workflows/backfill-days.ts';
import { backfillDaysId, SCHEDULES } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

const run = promisify(execFile);
const UI = 'http://ui.test:8233';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

describe('datamag', () => {
  // PostgreSQL when there is one (faster for three days of loads), SQLite otherwise.
  const database = testDatabases().at(-1)!;
  const stack = useStack(database.url);

  const command = async (file: string, args: string[]): Promise<Ran> => {
    const options = {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_TASK_QUEUE: stack().taskQueue,
        DATABASE_URL: database.url,
        API_URL: stack().apiUrl,
        TEMPORAL_UI_URL: UI,
        // A trigger of the hourly schedule must not backfill weeks of holes in this test.
        INGEST_MAX_LOOKBACK_DAYS: '0',
      },
      maxBuffer: 16 * 1024 * 1024,
    };
    try {
      const { stdout, stderr } = await run(file, args, options);
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const datamag = (...args: string[]) => command('bash', ['scripts/datamag.sh', ...args]);
  const temporal = (...args: string[]) =>
    command(path.join(PROJECT_ROOT, '.tools', 'bin', 'temporal'), [
      ...args,
      '--address',
      inject('temporalAddress'),
    ]);

  const succeededLoads = async () => {
    const { db } = stack();
    const rows = (await db(tableRef(db, 'raw', RAW.ingestionLog).qualified)
      .where('status', 'succeeded')
      .select('hour_utc', 'dataset')) as { hour_utc: unknown; dataset: string }[];
    return rows.map((r) => `${toIsoHour(r.hour_utc)} ${r.dataset}`);
  };

  it('backfills three days to 100 %, every hour and day once; the same command again does nothing new', async () => {
    const days = ['2026-11-02', '2026-11-03', '2026-11-04'];
    const first = await datamag('backfill', '--from', days[0]!, '--to', days[2]!, '--concurrency', '6');
    expect(first.code, first.stderr).toBe(0);
    const hours = days.flatMap((d) => utcHoursOfLocalDay(d, 'Europe/Paris'));
    expect(first.stdout).toContain(`started ${backfillDaysId(days[0]!, days[2]!)}`);
    expect(first.stdout).toContain(`completed: 3 days built, 0 skipped, ${hours.length} hours ingested`);
    const loads = await succeededLoads();
    expect(loads.length).toBe(new Set(loads).size);
    expect(new Set(loads)).toEqual(new Set(hours.flatMap((h) => [`${h} visitors`, `${h} transactions`])));
    const { db, client } = stack();
    const daily = (
      await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).select('local_date')
    ).map((r: { local_date: unknown }) => toIsoDate(r.local_date));
    expect([...new Set(daily)].sort()).toEqual(days);
    const progress = await client.workflow.getHandle(backfillDaysId(days[0]!, days[2]!)).query(progressQuery);
    expect(progress).toMatchObject({ status: 'completed', percent: 100, days: { built: 3, remaining: 0 } });

    const again = await datamag('backfill', '--from', days[0]!, '--to', days[2]!);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      `completed: 0 days built, 3 skipped, 0 hours ingested, ${hours.length} already there`,
    );
    expect((await succeededLoads()).length).toBe(loads.length);

    // The same runs, found with the temporal CLI by data time (custom search attributes).
    const listed = await temporal(
      'workflow',
      'list',
      '--query',
      `Step = 'build-day' AND DataDate >= '${days[0]}' AND DataDate <= '${days[2]}'`,
      '--output',
      'json',
    );
    expect(listed.code, listed.stderr).toBe(0);
    const ids = (JSON.parse(listed.stdout) as { execution: { workflowId: string } }[]).map(
      (r) => r.execution.workflowId,
    );
    expect([...new Set(ids)].sort()).toEqual(days.map((d) => `build-day-${d}`));
  });

  it('backfills a subset of stores: fetches only their hours again, rebuilds the day; unknown stores exit 2', async () => {
    // Store 2 lost from raw for a day the first test ingested whole (as a store added to the chain later would be).
    const date = '2026-11-03';
    const { db, lake } = stack();
    const raw = (name: 'visitors' | 'transactions') => tableRef(db, 'raw', RAW[name]).qualified;
    const storeRows = async () => {
      const rows = (await db(raw('visitors'))
        .where({ store_id: 2, local_date: date })
        .select('hour_utc', 'sensor_id', 'visitors')
        .orderBy(['hour_utc', 'sensor_id'])) as Record<string, unknown>[];
      return rows.map((r) => `${toIsoHour(r.hour_utc)} ${String(r.sensor_id)} ${String(r.visitors)}`);
    };
    const before = await storeRows();
    expect(before.length).toBeGreaterThan(0);
    const others = await db(raw('transactions'))
      .where('local_date', date)
      .whereNot('store_id', 2)
      .count({ n: '*' });
    for (const name of ['visitors', 'transactions'] as const)
      await db(raw(name)).where({ store_id: 2, local_date: date }).delete();

    const result = await datamag('backfill', '--from', date, '--to', date, '--stores', '2');
    expect(result.code, result.stderr).toBe(0);
    const hours = utcHoursOfLocalDay(date, 'Europe/Paris');
    expect(result.stdout).toContain(`started ${backfillDaysId(date, date, [2])}`);
    expect(result.stdout).toContain(`completed: 1 days built, 0 skipped, ${hours.length} hours ingested`);
    expect(await storeRows()).toEqual(before);
    expect(
      await db(raw('transactions')).where('local_date', date).whereNot('store_id', 2).count({ n: '*' }),
    ).toEqual(others);
    // The lake's hour was completed from a request for store 2 alone, the other stores' rows kept.
    const blob = await lake.get(partitionBlobPath('visitors', hours[5]!));
    const { rows, meta } = await decodeParquet('visitors', blob.bytes, blob.path);
    expect(meta.sourceUrl).toMatch(/[?&]store_id=2$/);
    expect(new Set(rows.map((r) => r.store_id)).size).toBe(10);
    const daily = await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).where({
      local_date: date,
      store_id: 2,
    });
    expect(daily).toHaveLength(1);

    const again = await datamag('backfill', '--from', date, '--to', date, '--stores', '2');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(
      `completed: 0 days built, 1 skipped, 0 hours ingested, ${hours.length} already there`,
    );

    const unknown = await datamag('backfill', '--from', date, '--to', date, '--stores', '2,99,100');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--stores: unknown store 99, 100; the chain's stores are 1-10");
  });

  it('finishes around hours the source rejects, reports them with exit 1, and status lists them with UI links', async () => {
    // The simulator's data starts at 2021-01-01T00:00Z: it rejects every hour of 31 December 2020
    // (Paris), and the first hour of 1 January (23:00 UTC the day before).
    const result = await datamag('backfill', '--from', '2020-12-31', '--to', '2021-01-01');
    expect(result.code).toBe(1);
    const bad = [...utcHoursOfLocalDay('2020-12-31', 'Europe/Paris'), '2020-12-31T23:00:00Z'];
    expect(result.stdout).toContain(`completed with ${bad.length} failed`);
    expect(result.stdout).toContain(`failed hour ${bad[0]}: SourceRejected`);
    expect(result.stdout).toContain(`${UI}/namespaces/default/workflows/ingest-hour-${bad[0]!.slice(0, 13)}`);
    const { db } = stack();
    // The day with one rejected hour is built from the 23 that landed.
    const built = await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).where(
      'local_date',
      '2021-01-01',
    );
    expect(built.length).toBeGreaterThan(0);
    for (const row of built) expect(Number(row.hours_loaded)).toBe(23);

    const status = await datamag('status', '--since', '2020-12-30', '--until', '2021-01-02');
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain(`${bad.length} failed`);
    expect(status.stdout).toMatch(
      new RegExp(`failed ${bad[0]}  ${UI}/namespaces/default/workflows/ingest-hour-`),
    );
    // The same failed runs, with the temporal CLI.
    const listed = await temporal(
      'workflow',
      'count',
      '--query',
      `Step = 'ingest-hour' AND ExecutionStatus = 'Failed' AND DataHour < '2021-01-01T00:00:00Z'`,
    );
    expect(listed.stdout).toMatch(new RegExp(`Total: ${bad.length}\\b`));
  });

  it('replays an hour and a day and waits; a replay that fails exits 1 with its UI link', async () => {
    const hour = await datamag('replay', '--hour', '2026-11-05T10:00:00Z');
    expect(hour.code, hour.stderr).toBe(0);
    expect(hour.stdout).toContain('started ingest-hour-2026-11-05T10');
    const day = await datamag('replay', '--date', '2026-11-05');
    expect(day.code, day.stderr).toBe(0);
    expect(day.stdout).toMatch(/"stores": \d+/);
    const failed = await datamag('replay', '--hour', '2020-06-01T12:00:00Z');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('SourceRejected');
    expect(failed.stdout).toContain(`${UI}/namespaces/default/workflows/ingest-hour-2020-06-01T12`);
  });

  it('applies, describes, pauses, unpauses and triggers the schedules', async () => {
    try {
      const applied = await datamag('schedules', 'apply');
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toMatch(/created: .*ingest-hourly/);
      expect((await datamag('schedules', 'pause')).stdout).toContain('paused ingest-hourly: paused');
      const described = await temporal('schedule', 'describe', '--schedule-id', SCHEDULES.buildNightly);
      expect(described.code, described.stderr).toBe(0);
      expect(described.stdout).toMatch(/Paused\s+true/);
      expect((await datamag('schedules', 'unpause', SCHEDULES.buildNightly)).stdout).toContain('active');
      const triggered = await datamag('schedules', 'trigger', SCHEDULES.buildNightly);
      expect(triggered.code, triggered.stderr).toBe(0);
      expect((await datamag('schedules', 'describe')).stdout).toMatch(
        /build-nightly: active, next \S+, last \S+/,
      );
    } finally {
      for (const id of Object.values(SCHEDULES))
        await stack()
          .client.schedule.getHandle(id)
          .delete()
          .catch(() => undefined);
    }
  });

  it.each([
    [['backfill', '--from', '2026-11-05'], "required option '--to <date>' not specified"],
    [['backfill', '--from', '2026-11-07', '--to', '2026-11-05'], 'is after --to'],
    [
      ['backfill', '--from', '2026-11-05', '--to', '2026-11-05', '--concurrency', '0'],
      'expected an integer from 1 to 32',
    ],
    [['replay', '--hour', '2026-11-05T10:30:00Z'], 'invalid hour "2026-11-05T10:30:00Z"'],
    [['replay'], 'choose one of --hour HOUR or --date DATE'],
    [['status', '--since', 'a week'], 'expected a number of days or hours'],
    [['schedules', 'stop'], 'Allowed choices are apply, pause, unpause, trigger, describe'],
    [['schedules', 'trigger'], 'trigger needs a schedule'],
    [
      ['backfill', '--from', '2026-11-05', '--to', '2026-11-05', '--stores', '1;2'],
      'expected store ids separated by commas',
    ],
    [['backfil'], "unknown command 'backfil'"],
  ])('refuses %j with exit code 2 and a message saying what is accepted', async (args, message) => {
    const result = await datamag(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('`npm run backfill` is the short name of `datamag backfill`', async () => {
    const result = await command(process.execPath, ['scripts/backfill.ts', '--from', '2026-11-05']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--to <date>' not specified");
  });
});
