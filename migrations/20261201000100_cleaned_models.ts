/**
 * Issue 8: the cleaned models at their grains (sensor_hourly, data_quality_daily), the
 * cleaning's history rows, the dimensions, the build status, and the measured/imputed split
 * on store_hourly and store_daily. transformed_at becomes built_at everywhere ("build a day").
 */
import type { Knex } from 'knex';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** 'HH:MM-HH:MM', null when closed. */
const OPENING_LENGTH = 11;

function builtAt(t: Knex.CreateTableBuilder): void {
  t.timestamp('built_at', { useTz: true }).notNullable();
}

type Create = (t: Knex.CreateTableBuilder) => void;

const CREATED: [string, Create][] = [
  [
    ANALYTICS.dimSensor,
    (t) => {
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.primary(['store_id', 'sensor_id']);
    },
  ],
  [
    ANALYTICS.dimDate,
    (t) => {
      t.date('local_date').primary();
      t.integer('weekday').notNullable();
      t.integer('iso_year').notNullable();
      t.integer('iso_week').notNullable();
      t.integer('month').notNullable();
      t.integer('year').notNullable();
      t.boolean('is_weekend').notNullable();
    },
  ],
  [
    ANALYTICS.dimStoreDate,
    (t) => {
      t.integer('store_id').notNullable();
      t.date('local_date').notNullable();
      t.boolean('is_public_holiday').notNullable();
      t.string('holiday_name', 128).nullable();
      t.boolean('is_open').notNullable();
      t.string('opening', OPENING_LENGTH).nullable();
      t.double('open_hours').notNullable();
      t.primary(['store_id', 'local_date']);
      t.index(['local_date']);
    },
  ],
  [
    ANALYTICS.sensorHourly,
    (t) => {
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.timestamp('hour_utc', { useTz: true }).notNullable();
      t.date('local_date').notNullable();
      t.integer('local_hour').notNullable();
      t.integer('reading').nullable();
      t.integer('visitors').nullable();
      t.string('status', 16).notNullable();
      t.string('reason', 16).notNullable();
      t.string('method', 24).notNullable();
      builtAt(t);
      t.primary(['store_id', 'sensor_id', 'hour_utc']);
      t.index(['local_date', 'store_id']);
    },
  ],
  [
    ANALYTICS.dataQualityDaily,
    (t) => {
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.date('local_date').notNullable();
      for (const c of [
        'expected_open_hours',
        'received',
        'missing',
        'outliers',
        'dead',
        'drift_suspected',
        'imputed',
      ])
        t.integer(c).notNullable();
      builtAt(t);
      t.primary(['store_id', 'sensor_id', 'local_date']);
      t.index(['local_date']);
    },
  ],
  [
    ANALYTICS.sensorDailyBaseline,
    (t) => {
      t.integer('store_id').notNullable();
      t.integer('sensor_id').notNullable();
      t.date('local_date').notNullable();
      t.double('share').nullable();
      t.integer('hours').notNullable();
      t.double('spread').nullable();
      t.double('drift_ratio').nullable();
      t.double('drift_score').notNullable();
      t.boolean('drift_flagged').notNullable();
      builtAt(t);
      t.primary(['store_id', 'sensor_id', 'local_date']);
      t.index(['local_date']);
    },
  ],
  [
    // hour_utc is in the key: the local hour repeated when clocks go back has two rows.
    ANALYTICS.storeHourProfile,
    (t) => {
      t.integer('store_id').notNullable();
      t.date('local_date').notNullable();
      t.timestamp('hour_utc', { useTz: true }).notNullable();
      t.integer('weekday').notNullable();
      t.integer('local_hour').notNullable();
      t.double('visitors_per_open_hour').notNullable();
      builtAt(t);
      t.primary(['store_id', 'local_date', 'hour_utc']);
      t.index(['local_date']);
    },
  ],
  [
    ANALYTICS.dayBuilds,
    (t) => {
      t.date('local_date').primary();
      t.string('status', 16).notNullable();
      t.text('failed_tests').nullable();
      t.integer('stores').notNullable();
      t.integer('hours').notNullable();
      builtAt(t);
      t.string('workflow_id', 255).nullable();
      t.string('run_id', 64).nullable();
    },
  ],
  [
    ANALYTICS.dataTestResults,
    (t) => {
      t.date('local_date').notNullable();
      t.string('test_name', 64).notNullable();
      t.string('model', 64).notNullable();
      t.string('status', 8).notNullable();
      t.integer('failing_rows').notNullable();
      builtAt(t);
      t.primary(['local_date', 'test_name']);
    },
  ],
];

export async function up(db: Knex): Promise<void> {
  for (const name of [ANALYTICS.storeHourly, ANALYTICS.storeDaily]) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.renameColumn('transformed_at', 'built_at');
    });
    // Nullable with no default: knex cannot drop a default constraint inside a SQL Server
    // schema. Rows built before the cleaning were raw sums, all of them read as measured; the
    // build's data tests hold every row it writes to no nulls.
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.integer('visitors_measured').nullable();
      t.double('imputed_share').nullable();
    });
    await db(ref.qualified).update({ visitors_measured: db.ref('visitors'), imputed_share: 0 });
  }
  const stores = tableRef(db, 'analytics', ANALYTICS.dimStore);
  await ddl(db, stores).alterTable(stores.table, (t) => {
    t.string('holiday_calendar', 32).nullable();
    for (const d of WEEKDAYS) t.string(`opening_${d}`, OPENING_LENGTH).nullable();
  });
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
  const stores = tableRef(db, 'analytics', ANALYTICS.dimStore);
  await ddl(db, stores).alterTable(stores.table, (t) => {
    t.dropColumns('holiday_calendar', ...WEEKDAYS.map((d) => `opening_${d}`));
  });
  for (const name of [ANALYTICS.storeHourly, ANALYTICS.storeDaily]) {
    const ref = tableRef(db, 'analytics', name);
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.dropColumns('visitors_measured', 'imputed_share');
    });
    await ddl(db, ref).alterTable(ref.table, (t) => {
      t.renameColumn('built_at', 'transformed_at');
    });
  }
}
