/** analytics.store_hourly: the hour grain under store_daily, for hour-of-day views. */
import type { Knex } from 'knex';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

export async function up(db: Knex): Promise<void> {
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly);
  await ddl(db, hourly).createTable(hourly.table, (t) => {
    t.integer('store_id').notNullable();
    t.timestamp('hour_utc', { useTz: true }).notNullable();
    t.date('local_date').notNullable();
    t.integer('local_hour').notNullable();
    t.integer('visitors').notNullable();
    t.integer('transactions').notNullable();
    t.decimal('revenue', 14, 2).notNullable();
    t.double('conversion_rate').nullable();
    t.integer('readings').notNullable();
    t.integer('readings_missing').notNullable();
    t.timestamp('transformed_at', { useTz: true }).notNullable();
    t.primary(['store_id', 'hour_utc']);
    t.index(['local_date', 'store_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  const hourly = tableRef(db, 'analytics', ANALYTICS.storeHourly);
  await ddl(db, hourly).dropTableIfExists(hourly.table);
}
