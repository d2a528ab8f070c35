/**
 * Issue 11: sensor-health alerts. sensor_health_hourly holds each hourly check's verdict per
 * sensor (replaced when the hour is checked again); sensor_alerts one row per episode, keyed
 * by its deterministic episode key, with data hours (started, raised, resolved), the evidence
 * as JSON text and when each webhook notification was acknowledged.
 */
import type { Knex } from 'knex';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

const CREATED: [string, (t: Knex.CreateTableBuilder) => void][] = [
  [
    ANALYTICS.sensorHealthHourly,
    (t) => {
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.timestamp('hour_utc', { useTz: true }).notNullable();
      t.date('local_date').notNullable();
      t.string('condition', 16).notNullable();
      t.integer('reading').nullable();
      t.double('expected').nullable();
      t.timestamp('checked_at', { useTz: true }).notNullable();
      t.primary(['store_id', 'sensor_id', 'hour_utc']);
      t.index(['hour_utc']);
    },
  ],
  [
    ANALYTICS.sensorAlerts,
    (t) => {
      t.string('episode_key', 64).primary();
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.string('kind', 16).notNullable();
      t.timestamp('started_at', { useTz: true }).notNullable();
      t.timestamp('opened_at', { useTz: true }).notNullable();
      t.timestamp('resolved_at', { useTz: true }).nullable();
      t.text('evidence').notNullable();
      t.timestamp('notified_opened_at', { useTz: true }).nullable();
      t.timestamp('notified_resolved_at', { useTz: true }).nullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.index(['store_id', 'sensor_id', 'kind']);
      t.index(['resolved_at']);
    },
  ],
];

export async function up(db: Knex): Promise<void> {
  for (const [name, create] of CREATED) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).createTable(ref.table, create);
  }
}

export async function down(db: Knex): Promise<void> {
  for (const [name] of [...CREATED].reverse()) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).dropTableIfExists(ref.table);
  }
}
