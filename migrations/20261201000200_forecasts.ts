/**
 * Issue 11: the nightly forecast and the staffing plan drawn from it, one row per store, origin
 * (the last built day the forecast saw) and UTC hour of the 7 days after it, and the forecast's
 * store-day totals with their own interval (a day's hours do not all miss the same way, so its
 * interval is not the sum of theirs). Every origin's
 * forecast is kept, so what was predicted stays comparable with what happened; re-running an
 * origin replaces its rows.
 */
import type { Knex } from 'knex';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

function common(t: Knex.CreateTableBuilder): void {
  t.integer('store_id').notNullable();
  t.date('origin_date').notNullable();
  t.timestamp('hour_utc', { useTz: true }).notNullable();
  t.date('local_date').notNullable();
  t.integer('local_hour').notNullable();
  t.boolean('is_open').notNullable();
}

function lineage(t: Knex.CreateTableBuilder): void {
  t.string('model_version', 32).notNullable();
  t.string('workflow_id', 255).nullable();
  t.string('run_id', 64).nullable();
  t.timestamp('created_at', { useTz: true }).notNullable();
}

function hourKey(t: Knex.CreateTableBuilder): void {
  t.primary(['store_id', 'origin_date', 'hour_utc']);
  // What was forecast for an hour, from every origin that covered it.
  t.index(['store_id', 'hour_utc']);
}

const CREATED: [string, (t: Knex.CreateTableBuilder) => void][] = [
  [
    ANALYTICS.forecastStoreHourly,
    (t) => {
      common(t);
      t.integer('horizon_days').notNullable();
      for (const c of ['visitors', 'transactions'])
        for (const suffix of ['', '_p10', '_p90']) t.double(`${c}${suffix}`).notNullable();
      lineage(t);
      hourKey(t);
    },
  ],
  [
    ANALYTICS.forecastStoreDaily,
    (t) => {
      t.integer('store_id').notNullable();
      t.date('origin_date').notNullable();
      t.date('local_date').notNullable();
      t.integer('horizon_days').notNullable();
      t.boolean('is_open').notNullable();
      for (const suffix of ['', '_p10', '_p90']) t.double(`visitors${suffix}`).notNullable();
      t.double('transactions').notNullable();
      lineage(t);
      t.primary(['store_id', 'origin_date', 'local_date']);
      t.index(['store_id', 'local_date']);
    },
  ],
  [
    ANALYTICS.staffingStoreHourly,
    (t) => {
      common(t);
      t.double('visitors_forecast').notNullable();
      t.double('visitors_per_staff').notNullable();
      t.integer('min_staff').notNullable();
      t.integer('staff').notNullable();
      lineage(t);
      hourKey(t);
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
