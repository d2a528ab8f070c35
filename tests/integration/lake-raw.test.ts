/**
 * The lake and the raw layer on real storage and SQL: Azurite (or a real account) with
 * SQLite and PostgreSQL. Drives the extract/load activities directly, without Temporal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContainerSASPermissions } from '@azure/storage-blob';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeLoadHour } from '../../activities/load-hour.ts';
import type { VisitorRow } from '../../lib/datasets.ts';
import { dialectOf } from '../../lib/db/connect.ts';
import { ddl, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { LakeStore } from '../../lib/lake/blob.ts';
import { encodeParquet } from '../../lib/lake/parquet.ts';
import { partitionBlobPath } from '../../lib/lake/paths.ts';
import { addHours } from '../../lib/time.ts';
import { assertWarehouseReady, migrateDown, migrateLatest } from '../../migrations/index.ts';
import { freshWarehouse, testDatabases } from '../support/databases.ts';
import { testLake } from '../support/lake.ts';
import { syntheticVisitorRows } from '../support/synthetic.ts';

const RUN = { workflowId: 'ingest-hour-test', runId: 'run-1' };

async function landVisitors(lake: LakeStore, hourUtc: string, rows: VisitorRow[]): Promise<string> {
  const blobPath = partitionBlobPath('visitors', hourUtc);
  await lake.put(
    blobPath,
    encodeParquet('visitors', rows, { hourUtc, sourceUrl: 'test', writtenBy: RUN.workflowId }),
  );
  return blobPath;
}

async function rawVisitors(db: Knex, hourUtc: string): Promise<VisitorRow[]> {
  const rows = await db(tableRef(db, 'raw', RAW.visitors).qualified)
    .where('hour_utc', hourUtc)
    .orderBy(['store_id', 'sensor_id']);
  return rows.map((r) => ({
    store_id: r.store_id,
    sensor_id: r.sensor_id,
    hour_utc: toIsoHour(r.hour_utc),
    local_date: toIsoDate(r.local_date),
    local_hour: r.local_hour,
    visitors: r.visitors,
  }));
}

describe.each(testDatabases())('lake and raw on $name', ({ url }) => {
  let db: Knex;
  let lake: LakeStore;
  let loadHour: ReturnType<typeof makeLoadHour>;

  beforeAll(async () => {
    db = await freshWarehouse(url);
    lake = testLake(inject('blobConnectionString'));
    loadHour = makeLoadHour({ db, lake, apiUrl: 'http://unused.invalid' });
  });
  afterAll(async () => {
    await lake?.container.deleteIfExists();
    await db?.destroy();
  });

  const H = '2026-11-10T09:00:00Z';

  it('writes, reads back and loads an hour, and re-loading gives the same rows', async () => {
    const rows = syntheticVisitorRows(H, 10, 8);
    const blobPath = await landVisitors(lake, H, rows);
    await loadHour({ ...RUN, dataset: 'visitors', hourUtc: H, blobPath });
    expect(await rawVisitors(db, H)).toEqual(rows);
    await loadHour({ ...RUN, runId: 'run-2', dataset: 'visitors', hourUtc: H, blobPath });
    expect(await rawVisitors(db, H)).toEqual(rows);
    expect(rows.some((r) => r.visitors === null)).toBe(true);
  });

  it('rolls back to the previous rows when the load dies between delete and insert', async () => {
    const before = await rawVisitors(db, H);
    const blobPath = await landVisitors(
      lake,
      H,
      syntheticVisitorRows(H, 10, 8).map((r) => ({ ...r, visitors: 1 })),
    );
    const table = tableRef(db, 'raw', RAW.visitors);
    if (dialectOf(db) === 'sqlite') {
      await db.raw(
        `create trigger crash before insert on ${table.table} begin select raise(abort, 'simulated crash'); end`,
      );
    } else {
      await db.raw(
        `create or replace function raw.crash() returns trigger as $$ begin raise exception 'simulated crash'; end $$ language plpgsql`,
      );
      await db.raw(
        `create trigger crash before insert on raw.visitors for each row execute function raw.crash()`,
      );
    }
    try {
      await expect(loadHour({ ...RUN, dataset: 'visitors', hourUtc: H, blobPath })).rejects.toThrow(
        /simulated crash/,
      );
    } finally {
      if (dialectOf(db) === 'sqlite') await db.raw('drop trigger crash');
      else await db.raw('drop trigger crash on raw.visitors; drop function raw.crash()');
    }
    expect(await rawVisitors(db, H)).toEqual(before);
    const failed = await db(tableRef(db, 'raw', RAW.ingestionLog).qualified).where({
      status: 'failed',
      dataset: 'visitors',
    });
    expect(failed.at(-1)?.error).toMatch(/simulated crash/);
  });

  it('loads different hours concurrently without losing or duplicating rows', async () => {
    const hours = Array.from({ length: 6 }, (_, i) => addHours('2026-11-11T08:00:00Z', i));
    // 600 rows an hour: past SQLite's 500-term limit on compound SELECTs, which knex's own multi-row insert hits.
    const landed = await Promise.all(
      hours.map(async (h) => ({ h, rows: syntheticVisitorRows(h, 40, 15), path: '' })),
    );
    for (const l of landed) l.path = await landVisitors(lake, l.h, l.rows);
    await Promise.all(
      landed.map((l) => loadHour({ ...RUN, dataset: 'visitors', hourUtc: l.h, blobPath: l.path })),
    );
    for (const l of landed) expect(await rawVisitors(db, l.h)).toEqual(l.rows);
  });

  it('refuses a corrupt blob with a non-retryable error naming it, and keeps raw as it was', async () => {
    const before = await rawVisitors(db, H);
    const blobPath = partitionBlobPath('visitors', H);
    await lake.put(blobPath, new TextEncoder().encode('PAR1 this is not parquet PAR1'));
    const error = await loadHour({ ...RUN, dataset: 'visitors', hourUtc: H, blobPath }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ nonRetryable: true, type: 'LakeDataError' });
    expect((error as Error).message).toContain(blobPath);
    expect(await rawVisitors(db, H)).toEqual(before);
  });

  it('refuses a file whose schema version it does not know', async () => {
    const blobPath = partitionBlobPath('visitors', H);
    const bytes = parquetWriteBuffer({
      columnData: [{ name: 'store_id', data: [1], type: 'INT32' }],
      kvMetadata: [
        { key: 'datamag360.schema_version', value: '99' },
        { key: 'datamag360.dataset', value: 'visitors' },
      ],
    });
    await lake.put(blobPath, new Uint8Array(bytes));
    await expect(loadHour({ ...RUN, dataset: 'visitors', hourUtc: H, blobPath })).rejects.toThrow(
      `${blobPath}: unknown schema version 99`,
    );
  });

  it('lands and loads an empty hour as a valid zero-row file', async () => {
    const hour = '2026-11-15T02:00:00Z';
    const blobPath = await landVisitors(lake, hour, []);
    expect((await lake.get(blobPath)).bytes.byteLength).toBeGreaterThan(0);
    const result = await loadHour({ ...RUN, dataset: 'visitors', hourUtc: hour, blobPath });
    expect(result.rows).toBe(0);
    const log = await db(tableRef(db, 'raw', RAW.ingestionLog).qualified).where({
      hour_utc: hour,
      status: 'succeeded',
    });
    expect(log.map((l) => Number(l.rows))).toEqual([0]);
  });

  it('writes partitions that DuckDB, an independent reader, reads with the same rows and types', async () => {
    const hour = '2026-11-12T10:00:00Z';
    const rows = syntheticVisitorRows(hour, 3, 4);
    const blobPath = await landVisitors(lake, hour, rows);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-duck-'));
    const local = path.join(dir, blobPath);
    fs.mkdirSync(path.dirname(local), { recursive: true });
    fs.writeFileSync(local, (await lake.get(blobPath)).bytes);
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await duck.runAndReadAll(
      `select * from read_parquet('${dir}/visitors/*/*/*.parquet', hive_partitioning = true) order by store_id, sensor_id`,
    );
    const types = Object.fromEntries(
      reader.columnNames().map((n, i) => [n, String(reader.columnTypes()[i])]),
    );
    expect(types).toMatchObject({
      store_id: 'INTEGER',
      hour_utc: 'TIMESTAMP WITH TIME ZONE',
      local_date: 'DATE',
      visitors: 'INTEGER',
      date: 'DATE',
      hour: 'BIGINT',
    });
    const read = reader.getRowObjectsJS().map((r) => ({
      store_id: r.store_id,
      sensor_id: r.sensor_id,
      hour_utc: (r.hour_utc as Date).toISOString().replace('.000Z', 'Z'),
      local_date: (r.local_date as Date).toISOString().slice(0, 10),
      local_hour: r.local_hour,
      visitors: r.visitors,
    }));
    expect(read).toEqual(rows);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates down to nothing and up again', async () => {
    const fresh = await freshWarehouse(url);
    try {
      const ref = tableRef(fresh, 'raw', RAW.visitors);
      await migrateDown(fresh);
      expect(await ddl(fresh, ref).hasTable(ref.table)).toBe(false);
      await expect(assertWarehouseReady(fresh)).rejects.toThrow(
        'pending migration(s): run `npm run migrate` first',
      );
      await migrateLatest(fresh);
      await assertWarehouseReady(fresh);
      expect(await ddl(fresh, ref).hasTable(ref.table)).toBe(true);
    } finally {
      await fresh.destroy();
    }
  });
});

describe('lake access through a container SAS URL', () => {
  it('writes, reads and lists with only the SAS URL, as a real account would be configured', async () => {
    const owner = testLake(inject('blobConnectionString'));
    await owner.ensureContainer();
    try {
      const sasUrl = await owner.container.generateSasUrl({
        permissions: ContainerSASPermissions.parse('racwl'),
        expiresOn: new Date(Date.now() + 10 * 60_000),
      });
      const lake = await LakeStore.fromConfig(
        { kind: 'sas-url', url: sasUrl },
        'unused-with-a-container-sas',
      );
      const hour = '2026-11-13T10:00:00Z';
      const rows = syntheticVisitorRows(hour, 2, 2);
      const blobPath = await landVisitors(lake, hour, rows);
      expect(await lake.list('visitors/')).toEqual([blobPath]);
      expect((await owner.get(blobPath)).sha256).toBe((await lake.get(blobPath)).sha256);
    } finally {
      await owner.container.deleteIfExists();
    }
  });
});
