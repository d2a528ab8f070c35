/** Creates the raw and analytics layers: raw keeps every lake column plus lineage. */
import type { Knex } from 'knex';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, ddl, tableRef, type Layer } from '../lib/db/naming.ts';

async function createSchema(db: Knex, layer: Layer): Promise<void> {
  const dialect = dialectOf(db);
  if (dialect === 'pg') await db.raw('create schema if not exists ??', [layer]);
  if (dialect === 'mssql') await db.raw(`if schema_id(?) is null exec('create schema ${layer}')`, [layer]);
}

async function dropSchema(db: Knex, layer: Layer): Promise<void> {
  const dialect = dialectOf(db);
  if (dialect === 'pg') await db.raw('drop schema if exists ??', [layer]);
  if (dialect === 'mssql') await db.raw(`if schema_id(?) is not null exec('drop schema ${layer}')`, [layer]);
}

function lineage(t: Knex.CreateTableBuilder): void {
  t.string('source_blob', 512).notNullable();
  t.string('source_checksum', 64).notNullable();
  t.string('workflow_id', 255).notNullable();
  t.string('run_id', 64).notNullable();
  t.timestamp('loaded_at', { useTz: true }).notNullable();
}

export async function up(db: Knex): Promise<void> {
  await createSchema(db, 'raw');
  await createSchema(db, 'analytics');

  const visitors = tableRef(db, 'raw', RAW.visitors);
  await ddl(db, visitors).createTable(visitors.table, (t) => {
    t.timestamp('hour_utc', { useTz: true }).notNullable();
    t.integer('store_id').notNullable();
    t.integer('sensor_id').notNullable();
    t.date('local_date').notNullable();
    t.integer('local_hour').notNullable();
    t.integer('visitors').nullable();
    lineage(t);
    t.primary(['hour_utc', 'store_id', 'sensor_id']);
    t.index(['local_date', 'store_id']);
  });

  const transactions = tableRef(db, 'raw', RAW.transactions);
  await ddl(db, transactions).createTable(transactions.table, (t) => {
    t.timestamp('hour_utc', { useTz: true }).notNullable();
    t.integer('store_id').notNullable();
    t.date('local_date').notNullable();
    t.integer('local_hour').notNullable();
    t.integer('transactions').notNullable();
    t.decimal('revenue', 14, 2).notNullable();
    lineage(t);
    t.primary(['hour_utc', 'store_id']);
    t.index(['local_date', 'store_id']);
  });

  const log = tableRef(db, 'raw', RAW.ingestionLog);
  await ddl(db, log).createTable(log.table, (t) => {
    t.increments('id').primary();
    t.timestamp('hour_utc', { useTz: true }).notNullable();
    t.string('dataset', 32).notNullable();
    t.string('status', 16).notNullable();
    t.integer('rows').nullable();
    t.string('source_blob', 512).notNullable();
    t.string('source_checksum', 64).nullable();
    t.string('workflow_id', 255).notNullable();
    t.string('run_id', 64).notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true }).notNullable();
    t.integer('duration_ms').notNullable();
    t.text('error').nullable();
    t.index(['hour_utc', 'dataset']);
  });

  const stores = tableRef(db, 'analytics', ANALYTICS.dimStore);
  await ddl(db, stores).createTable(stores.table, (t) => {
    t.integer('store_id').primary();
    t.string('city_store', 128).notNullable();
    t.string('timezone', 64).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily);
  await ddl(db, daily).createTable(daily.table, (t) => {
    t.integer('store_id').notNullable();
    t.date('local_date').notNullable();
    t.integer('visitors').notNullable();
    t.integer('transactions').notNullable();
    t.decimal('revenue', 14, 2).notNullable();
    t.double('conversion_rate').nullable();
    t.double('avg_basket').nullable();
    t.double('sales_per_visitor').nullable();
    t.integer('hours_loaded').notNullable();
    t.integer('hours_expected').notNullable();
    t.integer('readings').notNullable();
    t.integer('readings_missing').notNullable();
    t.timestamp('transformed_at', { useTz: true }).notNullable();
    t.primary(['store_id', 'local_date']);
    t.index(['local_date']);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const [layer, name] of [
    ['analytics', ANALYTICS.storeDaily],
    ['analytics', ANALYTICS.dimStore],
    ['raw', RAW.ingestionLog],
    ['raw', RAW.transactions],
    ['raw', RAW.visitors],
  ] as const) {
    const ref = tableRef(db, layer, name);
    await ddl(db, ref).dropTableIfExists(ref.table);
  }
  await dropSchema(db, 'analytics');
  await dropSchema(db, 'raw');
}
