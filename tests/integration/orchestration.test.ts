/**
 * The per-zone nightly run and late data on the world chain (Paris, New York, Tokyo), on the
 * real dev server: the nightly schedule, backfilled at 03:15 Paris time, heals and builds
 * Paris's yesterday; an hour ingested again afterwards rebuilds the day it belongs to in the
 * zone whose day was built, and only that one.
 */
import { randomUUID } from 'node:crypto';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { WORLD_CHAIN } from '../../api/model/index.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { buildNightly, ingestHour } from '../../workflows/index.ts';
import type { BuildNightlyResult } from '../../workflows/scheduled.ts';
import { buildDayId, ingestHourId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

describe('nightly per zone and late data, world chain', () => {
  const stack = useStack(testDatabases().at(-1)!.url, { chain: WORLD_CHAIN });

  const dailyOf = async (date: string) => {
    const { db } = stack();
    return (await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified).where(
      'local_date',
      date,
    )) as {
      store_id: number;
      hours_loaded: number;
    }[];
  };

  it('the nightly run at 03:00 Paris heals and builds Paris yesterday; a late hour rebuilds its day once', async () => {
    const { client, taskQueue } = stack();
    const scheduleId = `build-nightly-it-${randomUUID()}`;
    const handle = await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: '*', minute: 15 }] },
      action: {
        type: 'startWorkflow',
        workflowType: buildNightly,
        workflowId: scheduleId,
        taskQueue,
        args: [{}],
      },
      state: { paused: true },
    });
    let result: BuildNightlyResult;
    try {
      // One action: 01:15 UTC on 15 October is 03:15 in Paris (summer time), 21:15 in New York, 10:15 in Tokyo.
      await handle.backfill({
        start: new Date('2026-10-15T01:00:00Z'),
        end: new Date('2026-10-15T01:30:00Z'),
        overlap: ScheduleOverlapPolicy.ALLOW_ALL,
      });
      const deadline = Date.now() + 110_000;
      for (;;) {
        const ids: string[] = [];
        for await (const run of client.workflow.list({ query: `TemporalScheduledById = '${scheduleId}'` }))
          ids.push(run.workflowId);
        if (ids.length > 0) {
          result = (await client.workflow.getHandle(ids[0]!).result()) as BuildNightlyResult;
          break;
        }
        if (Date.now() > deadline) throw new Error('the schedule started no run');
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      await handle.delete();
    }
    expect(result.days.map((d) => [d.date, d.timeZones])).toEqual([['2026-10-14', ['Europe/Paris']]]);
    expect(result.days[0]!.result).toMatchObject({ failures: [], days: { built: 1 } });
    const daily = await dailyOf('2026-10-14');
    expect(new Set(daily.map((r) => Number(r.store_id)))).toEqual(
      new Set(WORLD_CHAIN.stores.map((s) => s.store_id)),
    );
    // Every zone's 14 October is over by now, so every store's day is whole.
    for (const row of daily) expect(Number(row.hours_loaded)).toBe(24);

    // 23:00 UTC on the 14th is 19:00 on the 14th in New York (built) and the 15th in Paris and Tokyo (not built).
    const late = '2026-10-14T23:00:00Z';
    const first = await client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(late),
      taskQueue,
      args: [{ hourUtc: late }],
    });
    expect(first.rebuilt).toEqual(['2026-10-14']);
    const events = (await client.workflow.getHandle(ingestHourId(late)).fetchHistory()).events ?? [];
    const children = events.flatMap((e) => e.startChildWorkflowExecutionInitiatedEventAttributes ?? []);
    expect(children.map((c) => c.workflowId)).toEqual([buildDayId('2026-10-14')]);
    expect(await dailyOf('2026-10-15')).toEqual([]);
    // The same hour again: the day is rebuilt with the same rows, none doubled.
    const before = await dailyOf('2026-10-14');
    await client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(late),
      taskQueue,
      args: [{ hourUtc: late }],
    });
    const after = await dailyOf('2026-10-14');
    const strip = (rows: Record<string, unknown>[]) =>
      rows
        .map(({ transformed_at: _t, built_at: _b, ...rest }) => rest)
        .sort((a, b) => Number(a.store_id) - Number(b.store_id));
    expect(strip(after)).toEqual(strip(before));
  });
});
