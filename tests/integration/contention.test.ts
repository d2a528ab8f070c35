/**
 * Two starters, one hour: a backfill meets an hour whose business-key workflow is already
 * running (as when the hourly schedule collects it at the same moment). It must wait for
 * that run instead of failing or running the hour twice at once.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RAW, tableRef } from '../../lib/db/naming.ts';
import { backfill, collectAndIngestHour } from '../../workflows/index.ts';
import { backfillId, collectHourId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

const DAY = '2026-11-03';
const BUSY_HOUR = '2026-11-03T09:00:00Z';

describe('backfill meeting an hour that is already being collected', () => {
  const stack = useStack(testDatabases()[0]!.url);

  it('waits for the running hour, then collects it itself', { timeout: 180_000 }, async () => {
    // A run of the same hour that nothing will execute: its task queue has no worker.
    const blocker = await stack().client.workflow.start(collectAndIngestHour, {
      workflowId: collectHourId(BUSY_HOUR),
      taskQueue: `nobody-polls-${randomUUID()}`,
      args: [{ hourUtc: BUSY_HOUR }],
    });
    const run = await stack().client.workflow.start(backfill, {
      workflowId: backfillId(DAY, DAY),
      taskQueue: stack().taskQueue,
      args: [{ fromDate: DAY, toDate: DAY, concurrency: 4 }],
    });

    const visitors = tableRef(stack().db, 'raw', RAW.visitors).qualified;
    const hoursLoaded = async () =>
      Number((await stack().db(visitors).countDistinct({ n: 'hour_utc' }))[0]?.n);
    // Every other hour of the day gets loaded while the busy one waits.
    for (let i = 0; i < 120 && (await hoursLoaded()) < 23; i++) await new Promise((r) => setTimeout(r, 500));
    expect(await hoursLoaded()).toBe(23);
    expect((await run.describe()).status.name).toBe('RUNNING');

    await blocker.terminate('the other starter gave up');
    expect(await run.result()).toEqual({ days: 1, hours: 24 });
    expect(await hoursLoaded()).toBe(24);
  });
});
