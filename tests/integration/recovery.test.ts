/**
 * Recovering and scaling out, on the real dev server: an hour whose source data is bad fails
 * alone and is reported; once the source is fixed, `datamag replay --hour` ingests it and
 * rebuilds its day, and every count is right. Two workers on one task queue share a backfill:
 * both run activities, and nothing is done twice.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { utcHoursOfLocalDay } from '../../lib/time.ts';
import { createWorker } from '../../worker/worker.ts';
import { backfillDaysId, ingestHourId } from '../../workflows/ids.ts';
import { backfillDays } from '../../workflows/index.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack, workflowBundle } from '../support/stack.ts';

const run = promisify(execFile);
/** The hours whose visitors the source answers with a malformed row, until the test fixes it. */
const planted = new Set<string>();

describe('recovery and scale-out', () => {
  const database = testDatabases().at(-1)!;
  const stack = useStack(database.url, {
    intercept: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://source');
      if (url.pathname !== '/v1/visitors' || !planted.has(url.searchParams.get('hour') ?? '')) return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"rows":[{"store_id":1}]}');
      return true;
    },
  });

  const datamag = async (...args: string[]) => {
    const env = {
      ...process.env,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: stack().taskQueue,
      DATABASE_URL: database.url,
      API_URL: stack().apiUrl,
    };
    try {
      const { stdout } = await run('bash', ['scripts/datamag.sh', ...args], { cwd: PROJECT_ROOT, env });
      return { code: 0, stdout };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: `${e.stdout}${e.stderr}` };
    }
  };

  const loadsOf = async (hours: string[]) => {
    const { db } = stack();
    const rows = (await db(tableRef(db, 'raw', RAW.ingestionLog).qualified)
      .whereIn('hour_utc', hours)
      .andWhere('status', 'succeeded')
      .select('hour_utc', 'dataset')) as { hour_utc: unknown; dataset: string }[];
    return rows.map((r) => `${toIsoHour(r.hour_utc)} ${r.dataset}`);
  };
  const dailyOf = async (dates: string[]) => {
    const { db } = stack();
    const rows = (await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified)
      .whereIn('local_date', dates)
      .select('local_date', 'store_id', 'hours_loaded')) as Record<string, unknown>[];
    return rows.map((r) => `${toIsoDate(r.local_date)} ${String(r.store_id)} ${String(r.hours_loaded)}`);
  };
  const expectedDaily = (dates: string[], hoursLoaded: (date: string) => number) =>
    dates.flatMap((d) => Array.from({ length: 10 }, (_, i) => `${d} ${i + 1} ${hoursLoaded(d)}`));

  it('reports a planted failing hour; after the fix, `datamag replay --hour` ingests it and rebuilds its day', async () => {
    const dates = ['2026-11-10', '2026-11-11'];
    const hours = dates.flatMap((d) => utcHoursOfLocalDay(d, 'Europe/Paris'));
    const bad = '2026-11-10T09:00:00Z';
    planted.add(bad);

    const first = await datamag('backfill', '--from', dates[0]!, '--to', dates[1]!);
    expect(first.code, first.stdout).toBe(1);
    expect(first.stdout).toContain(`completed with 1 failed: hour ${bad}`);
    expect(first.stdout).toContain(`failed hour ${bad}: DatasetValidationError`);
    // Everything else landed (the bad hour's transactions may have too), and the day was built
    // from its 23 good hours.
    const good = hours.filter((h) => h !== bad).flatMap((h) => [`${h} visitors`, `${h} transactions`]);
    expect(new Set(await loadsOf(hours))).toEqual(new Set([...good, ...(await loadsOf([bad]))]));
    expect(await loadsOf([bad])).not.toContain(`${bad} visitors`);
    expect((await dailyOf(dates)).sort()).toEqual(
      expectedDaily(dates, (d) => (d === dates[0] ? 23 : 24)).sort(),
    );
    const before = await datamag('status', '--since', dates[0]!, '--until', dates[1]!);
    expect(before.stdout).toContain('hours: 24 in the window, 23 ingested, 0 missing, 1 failed');
    expect(before.stdout).toContain(`failed ${bad}`);

    planted.clear(); // the source is fixed
    const replayed = await datamag('replay', '--hour', bad);
    expect(replayed.code, replayed.stdout).toBe(0);
    expect(replayed.stdout).toContain(`started ${ingestHourId(bad)}`);
    expect(replayed.stdout).toMatch(/"rebuilt": \[\s*"2026-11-10"\s*\]/);

    // Each hour and dataset loaded once, but the bad hour's transactions, which may have landed twice.
    const loads = await loadsOf(hours);
    expect(new Set(loads)).toEqual(new Set(hours.flatMap((h) => [`${h} visitors`, `${h} transactions`])));
    expect(loads.filter((l) => l !== `${bad} transactions`).length).toBe(hours.length * 2 - 1);
    expect((await dailyOf(dates)).sort()).toEqual(expectedDaily(dates, () => 24).sort());
    const { db } = stack();
    const [{ n }] = (await db(tableRef(db, 'raw', RAW.transactions).qualified)
      .whereIn('local_date', dates)
      .count({ n: '*' })) as [{ n: unknown }];
    expect(Number(n)).toBe(hours.length * 10);
    const after = await datamag('status', '--since', dates[0]!, '--until', dates[1]!);
    expect(after.stdout).toContain('hours: 24 in the window, 24 ingested, 0 missing, 0 failed');
  });

  it('shares a backfill between two workers on one task queue: both ran activities, none twice', async () => {
    const { client, db, lake, apiUrl, taskQueue } = stack();
    const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
    let second: Worker | undefined;
    let running: Promise<void> | undefined;
    try {
      second = await createWorker({
        connection,
        namespace: 'default',
        taskQueue,
        deps: { db, lake, apiUrl },
        workflowBundle: await workflowBundle(),
        identity: 'second-worker',
      });
      running = second.run();
      const dates = ['2026-11-13', '2026-11-14'];
      const result = await client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId(dates[0]!, dates[1]!),
        taskQueue,
        args: [{ fromDate: dates[0]!, toDate: dates[1]!, concurrency: 8, onlyMissing: true }],
      });
      const hours = dates.flatMap((d) => utcHoursOfLocalDay(d, 'Europe/Paris'));
      expect(result).toMatchObject({ summary: 'completed', hours: { ingested: hours.length } });

      const identities = new Map<string, number>();
      // The backfill's own activities (its batches of hours among them) and its days' builds.
      for (const id of [backfillDaysId(dates[0]!, dates[1]!), ...dates.map((d) => `build-day-${d}`)]) {
        const { events } = await client.workflow.getHandle(id).fetchHistory();
        for (const e of events ?? []) {
          const started = e.activityTaskStartedEventAttributes;
          if (!started) continue;
          // Attempt 1 everywhere: no activity ran a second time, on either worker.
          expect(started.attempt, id).toBe(1);
          identities.set(started.identity!, (identities.get(started.identity!) ?? 0) + 1);
        }
      }
      expect(identities.size, JSON.stringify([...identities])).toBe(2);
      expect(identities.get('second-worker')).toBeGreaterThan(0);
      const loads = await loadsOf(hours);
      expect(loads.length).toBe(hours.length * 2);
      expect(new Set(loads).size).toBe(loads.length);
      expect((await dailyOf(dates)).sort()).toEqual(expectedDaily(dates, () => 24).sort());
    } finally {
      second?.shutdown();
      await running;
      await connection.close();
    }
  });
});
