/**
 * Migrations are listed statically instead of read from a folder so they run the same
 * under Node, in tests and from a bundle.
 */
import type { Knex } from 'knex';
import { databaseMessage } from '../lib/db/errors.ts';
import * as warehouse from './20261124000100_warehouse.ts';
import * as storeHourly from './20261124000200_store_hourly.ts';
import * as cleanedModels from './20261201000100_cleaned_models.ts';
import * as forecasts from './20261201000200_forecasts.ts';
import * as ingestionLogView from './20261201000300_ingestion_log_view.ts';
import * as dashboardReads from './20261201000400_dashboard_reads.ts';
import * as readerRole from './20261201000500_reader_role.ts';
import * as sensorAlerts from './20261202000100_sensor_alerts.ts';
import * as sqliteTimestampText from './20261202000200_sqlite_timestamp_text.ts';
import * as sensorSubsetReads from './20261202000300_sensor_subset_reads.ts';

interface Migration {
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

const MIGRATIONS: Record<string, Migration> = {
  '20261124000100_warehouse': warehouse,
  '20261124000200_store_hourly': storeHourly,
  '20261201000100_cleaned_models': cleanedModels,
  '20261201000200_forecasts': forecasts,
  '20261201000300_ingestion_log_view': ingestionLogView,
  '20261201000400_dashboard_reads': dashboardReads,
  '20261201000500_reader_role': readerRole,
  '20261202000100_sensor_alerts': sensorAlerts,
  '20261202000200_sqlite_timestamp_text': sqliteTimestampText,
  '20261202000300_sensor_subset_reads': sensorSubsetReads,
};

const source: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => MIGRATIONS[name]!,
};

/** knex keeps its own bookkeeping tables in the default schema; that is fine on every dialect. */
const options: Knex.MigratorConfig = { migrationSource: source, tableName: 'knex_migrations' };

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(options)) as [number, string[]];
  return applied;
}

export async function migrateDown(db: Knex): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(options, true)) as [number, string[]];
  return reverted;
}

/** Refuses to run against a warehouse that is unreachable or behind the code's migrations. */
export async function assertWarehouseReady(db: Knex): Promise<void> {
  try {
    await db.raw('select 1');
  } catch (err) {
    throw new Error(`cannot reach the warehouse: ${databaseMessage(err)}`, { cause: err });
  }
  const [, pending] = (await db.migrate.list(options)) as [unknown[], unknown[]];
  if (pending.length > 0) {
    throw new Error(
      `the warehouse has ${pending.length} pending migration(s): run \`npm run migrate\` first`,
    );
  }
}
