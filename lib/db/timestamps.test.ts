import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateLatest } from '../../migrations/index.ts';
import { insertChunked } from './batch.ts';
import { connect } from './connect.ts';
import { guardSqliteTimestamps, sqliteTimestampColumns } from './timestamps.ts';
import { toIsoHour } from './values.ts';

let db: Knex;
beforeEach(() => {
  db = connect('sqlite::memory:');
});
afterEach(() => db.destroy());

const LOG = 'raw_ingestion_log';
const logRow = (over: Record<string, unknown> = {}) => ({
  hour_utc: '2026-11-24T12:00:00Z',
  dataset: 'visitors',
  status: 'succeeded',
  rows: 1,
  source_blob: 'b',
  workflow_id: 'w',
  run_id: 'r',
  started_at: '2026-11-24T13:00:01.250Z',
  finished_at: '2026-11-24T13:00:02.000Z',
  duration_ms: 750,
  ...over,
});

describe('SQLite timestamps after the migrations', () => {
  beforeEach(() => migrateLatest(db));

  it('guards every timestamp column of every warehouse table, on insert and update', async () => {
    const tables = (await db.raw(
      `select name from sqlite_master where type = 'table' and name not like 'knex%'`,
    )) as {
      name: string;
    }[];
    const triggers = (await db.raw(`select tbl_name, sql from sqlite_master where type = 'trigger'`)) as {
      tbl_name: string;
      sql: string;
    }[];
    let guarded = 0;
    for (const { name } of tables) {
      for (const { column } of await sqliteTimestampColumns(db, name)) {
        const own = triggers.filter((t) => t.tbl_name === name);
        expect(
          own.map((t) => /before (insert|update)/i.exec(t.sql)?.[1]?.toLowerCase()).sort(),
          name,
        ).toEqual(['insert', 'update']);
        for (const t of own) expect(t.sql, `${name}.${column}`).toContain(`NEW."${column}" not glob`);
        guarded++;
      }
    }
    // hour_utc, loaded_at, built_at, created_at ... in the 20 tables of the migrations.
    expect(guarded).toBeGreaterThan(30);
  });

  it('refuses a Date bound by knex (epoch milliseconds) with a message naming the column', async () => {
    await expect(db(LOG).insert(logRow({ hour_utc: new Date('2026-11-24T12:00:00Z') }))).rejects.toThrow(
      /raw_ingestion_log\.hour_utc must be UTC text YYYY-MM-DDTHH:00:00Z/,
    );
    await expect(db(LOG).insert(logRow({ finished_at: new Date() }))).rejects.toThrow(
      /raw_ingestion_log\.finished_at must be UTC text YYYY-MM-DDTHH:MM:SS\.sssZ/,
    );
  });

  it('refuses text in another form, on insert and on update', async () => {
    for (const bad of [
      { hour_utc: '2026-11-24 12:00:00' },
      { hour_utc: '2026-11-24T12:00:00.000Z' },
      { hour_utc: '2026-11-24T12:30:00Z' },
      { started_at: '2026-11-24T13:00:01Z' },
      { started_at: '2026-11-24T13:00:01.250+01:00' },
    ])
      await expect(db(LOG).insert(logRow(bad)), JSON.stringify(bad)).rejects.toThrow(/must be UTC text/);
    await db(LOG).insert(logRow());
    await expect(db(LOG).update({ finished_at: '2026-11-24 13:00:02' })).rejects.toThrow(
      /finished_at must be UTC text/,
    );
    await db(LOG).update({ finished_at: '2026-11-24T13:00:03.000Z' });
    expect(await db(LOG).pluck('finished_at')).toEqual(['2026-11-24T13:00:03.000Z']);
  });

  it('keeps nullable timestamps nullable', async () => {
    const alert = {
      episode_key: 'k',
      store_id: 1,
      sensor_id: 1,
      kind: 'dead',
      started_at: '2026-11-24T10:00:00Z',
      opened_at: '2026-11-24T12:00:00Z',
      resolved_at: null,
      evidence: '{}',
      notified_opened_at: null,
      notified_resolved_at: null,
      created_at: '2026-11-24T12:00:01.000Z',
      updated_at: '2026-11-24T12:00:01.000Z',
    };
    await db('analytics_sensor_alerts').insert(alert);
    expect(await db('analytics_sensor_alerts').pluck('resolved_at')).toEqual([null]);
  });

  it('stores a Date given to insertChunked as ISO text', async () => {
    await insertChunked(db, 'sqlite', LOG, [logRow({ started_at: new Date('2026-11-24T13:00:01.250Z') })], {
      finished_at: new Date('2026-11-24T13:00:02Z'),
    });
    expect(await db(LOG).first('started_at', 'finished_at')).toEqual({
      started_at: '2026-11-24T13:00:01.250Z',
      finished_at: '2026-11-24T13:00:02.000Z',
    });
  });

  it('filters hour_utc by Date bounds given as toIsoHour text', async () => {
    const hours = [
      '2026-10-25T23:00:00Z',
      '2026-10-26T00:00:00Z',
      '2026-10-26T01:00:00Z',
      '2026-10-26T10:00:00Z',
    ];
    await insertChunked(
      db,
      'sqlite',
      LOG,
      hours.map((hour_utc) => logRow({ hour_utc })),
    );
    const from = new Date(Date.UTC(2026, 9, 26, 0));
    const to = new Date(Date.UTC(2026, 9, 26, 1));
    expect(
      await db(LOG)
        .whereBetween('hour_utc', [toIsoHour(from), toIsoHour(to)])
        .pluck('hour_utc'),
    ).toEqual(hours.slice(1, 3));
    expect(
      await db(LOG).where('hour_utc', '>=', toIsoHour(to)).orderBy('hour_utc').pluck('hour_utc'),
    ).toEqual(hours.slice(2));
  });
});

describe('guardSqliteTimestamps on an existing table', () => {
  it('rewrites epoch milliseconds and other ISO text in the column form, and refuses what is no timestamp', async () => {
    await db.schema.createTable('t', (t) => {
      t.integer('id');
      t.timestamp('hour_utc', { useTz: true });
      t.timestamp('at', { useTz: true }).nullable();
    });
    await db('t').insert([
      { id: 1, hour_utc: Date.parse('2026-11-24T12:00:00Z'), at: Date.parse('2026-11-24T13:00:01.250Z') },
      { id: 2, hour_utc: '2026-11-24 13:00:00', at: '2026-11-24T13:00:02Z' },
      { id: 3, hour_utc: '2026-11-24T14:00:00.000Z', at: null },
      { id: 4, hour_utc: '2026-11-24T15:00:00Z', at: '2026-11-24T15:00:02.500Z' },
    ]);
    await guardSqliteTimestamps(db, 't');
    expect(await db('t').orderBy('id').select('hour_utc', 'at')).toEqual([
      { hour_utc: '2026-11-24T12:00:00Z', at: '2026-11-24T13:00:01.250Z' },
      { hour_utc: '2026-11-24T13:00:00Z', at: '2026-11-24T13:00:02.000Z' },
      { hour_utc: '2026-11-24T14:00:00Z', at: null },
      { hour_utc: '2026-11-24T15:00:00Z', at: '2026-11-24T15:00:02.500Z' },
    ]);

    await db.schema.createTable('u', (t) => t.timestamp('at', { useTz: true }));
    await db('u').insert([{ at: 'soon' }]);
    await expect(guardSqliteTimestamps(db, 'u')).rejects.toThrow(/u\.at: 1 values are not timestamps/);
  });
});
