/**
 * Issue 11: the nightly forecast and the staffing plan drawn from it, one row per store, origin
 * (the last built day the forecast saw) and UTC hour of the 7 days after it. Every origin's
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
  t.primary(['store_id', 'origin_date', 'hour_utc']);
  // The dashboard reads the latest origin's rows of a store over a range of hours.
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
