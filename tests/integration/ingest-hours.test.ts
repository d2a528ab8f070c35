/**
 * The backfill's batch activity on real storage and SQL, called in Temporal's mock activity
 * context: each hour lands as ingestHour's activities would land it, an hour the source
 * rejects is left over (not retried here), and a retried attempt skips what its run loaded.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeIngestHours, type IngestHoursResult } from '../../activities/ingest-hours.ts';
import { RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoHour } from '../../lib/db/values.ts';
import type { LakeStore } from '../../lib/lake/blob.ts';
import { freshWarehouse, testDatabases } from '../support/databases.ts';
import { testLake } from '../support/lake.ts';
import { startApi } from '../support/stack.ts';

const RUN = { workflowId: 'backfill-days-test', runId: 'run-1' };

describe.each(testDatabases())('ingestHours on $name', ({ url }) => {
  let db: Knex;
  let lake: LakeStore;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    db = await freshWarehouse(url);
    lake = testLake(inject('blobConnectionString'));
    api = await startApi();
  });
  afterAll(async () => {
    await new Promise((r) => api?.server.close(r));
    await lake?.container.deleteIfExists();
    await db?.destroy();
  });

  const loads = async () =>
    (
      (await db(tableRef(db, 'raw', RAW.ingestionLog).qualified)
        .where('status', 'succeeded')
        .select('hour_utc', 'dataset')) as { hour_utc: unknown; dataset: string }[]
    ).map((r) => `${toIsoHour(r.hour_utc)} ${r.dataset}`);

  it('lands each hour, leaves over the one the source rejects, and a retry skips what the run loaded', async () => {
    const ingestHours = makeIngestHours({ db, lake, apiUrl: api.url });
    // The simulator's data starts at 2021-01-01T00:00Z: the hour before is rejected (HTTP 400).
    const hours = ['2020-12-31T23:00:00Z', '2021-01-01T00:00:00Z', '2021-01-01T01:00:00Z'];
    const input = { ...RUN, hours };
    const first = (await new MockActivityEnvironment({ attempt: 1 }).run(
      ingestHours,
      input,
    )) as IngestHoursResult;
    expect(first.ingested).toEqual(hours.slice(1));
    expect(first.leftover.map((l) => l.hourUtc)).toEqual([hours[0]]);
    expect(first.leftover[0]!.message).toMatch(/HTTP 400.*data starts at 2021-01-01/);
    expect(first.builtDays).toEqual([]);
    const landed = await loads();
    expect(landed.sort()).toEqual(hours.slice(1).flatMap((h) => [`${h} transactions`, `${h} visitors`]));
    const [{ n }] = (await db(tableRef(db, 'raw', RAW.transactions).qualified)
      .whereIn('hour_utc', hours)
      .count({ n: '*' })) as [{ n: unknown }];
    expect(Number(n)).toBe(2 * 10);

    // Attempt 2 (its worker died after the loads): nothing loaded again, the same answer.
    const again = (await new MockActivityEnvironment({ attempt: 2 }).run(
      ingestHours,
      input,
    )) as IngestHoursResult;
    expect(again).toMatchObject({ ingested: hours.slice(1), builtDays: [] });
    expect((await loads()).length).toBe(landed.length);
  });
});
