/**
 * The schedules' action time decides which hour and which day a scheduled run processes, so
 * catch-up after downtime and a schedule backfill (the Temporal UI's Backfill button, or
 * `temporal schedule backfill`) do the hours of their own range, not the clock's.
 */
import { randomUUID } from 'node:crypto';
import { ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { buildNightly, ingestHourly } from '../../workflows/index.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

/** The results of every run a schedule started, once `count` of them have completed. */
async function scheduledResults<T>(client: Client, scheduleId: string, count: number): Promise<T[]> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ids: string[] = [];
    for await (const run of client.workflow.list({ query: `TemporalScheduledById = '${scheduleId}'` }))
      ids.push(run.workflowId);
    if (ids.length >= count)
      return Promise.all(ids.map((id) => client.workflow.getHandle(id).result() as Promise<T>));
    if (Date.now() > deadline) throw new Error(`${scheduleId} started ${ids.length} of ${count} runs`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('scheduled runs take their hour from the schedule', () => {
  const stack = useStack(testDatabases()[0]!.url);

  it('a backfill of the hourly schedule over three past hours ingests exactly those hours', async () => {
    const { client, taskQueue } = stack();
    const scheduleId = `ingest-hourly-it-${randomUUID()}`;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: '*', minute: 5 }] },
      action: {
        type: 'startWorkflow',
        workflowType: ingestHourly,
        workflowId: scheduleId,
        taskQueue,
        args: [],
      },
      policies: { overlap: ScheduleOverlapPolicy.BUFFER_ALL },
      state: { paused: true },
    });
    try {
      await handle.backfill({
        start: new Date('2026-11-10T09:00:00Z'),
        end: new Date('2026-11-10T12:00:00Z'),
        overlap: ScheduleOverlapPolicy.BUFFER_ALL,
      });
      const runs = await scheduledResults<{ ingested: string[] }>(client, scheduleId, 3);
      expect(runs.map((r) => r.ingested.at(-1)).sort()).toEqual([
        '2026-11-10T08:00:00Z',
        '2026-11-10T09:00:00Z',
        '2026-11-10T10:00:00Z',
      ]);
    } finally {
      await handle.delete();
    }
  });

  it('a backfill of the nightly schedule builds the day before its action time', async () => {
    const { client, taskQueue } = stack();
    const scheduleId = `build-nightly-it-${randomUUID()}`;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 3, minute: 0 }], timezone: 'Europe/Paris' },
      action: {
        type: 'startWorkflow',
        workflowType: buildNightly,
        workflowId: scheduleId,
        taskQueue,
        args: [{ timeZone: 'Europe/Paris' }],
      },
      state: { paused: true },
    });
    try {
      // One action: 03:00 Paris on 12 November is 02:00 UTC.
      await handle.backfill({
        start: new Date('2026-11-12T01:30:00Z'),
        end: new Date('2026-11-12T02:30:00Z'),
        overlap: ScheduleOverlapPolicy.ALLOW_ALL,
      });
      const [run] = await scheduledResults<{ days: { date: string }[] }>(client, scheduleId, 1);
      expect(run!.days.map((d) => d.date)).toEqual(['2026-11-11']);
      const { db } = stack();
      const built = await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified)
        .where('local_date', '2026-11-11')
        .count({ n: '*' });
      expect(Number(built[0]!.n)).toBeGreaterThan(0);
    } finally {
      await handle.delete();
    }
  });
});
