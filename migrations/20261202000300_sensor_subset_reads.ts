/**
 * The store view's weekday x hour footfall for a sensor subset (issue 10, docs/bench/dashboard.md):
 * a year of two sensors read through `sensor_hourly_store_view_index` (store, date) was every
 * sensor's hours of the store, each looked up in the table. This index is led by the sensor
 * and holds every column the sums read, so the same year is a range scan of the chosen
 * sensors' entries with no lookups. It is partial: hours with no visitors (the closed hours,
 * about half of a day, and excluded ones) add nothing to a sum, so they are left out: about
 * half the entries of a full index to scan, and to write in each day build. A query uses it
 * only when its filter states the same condition (`visitors > 0`, written as a literal).
 */
import type { Knex } from 'knex';
import { ANALYTICS, ddl, tableRef } from '../lib/db/naming.ts';

const COLUMNS = ['store_id', 'sensor_id', 'local_date', 'local_hour', 'status', 'visitors'];
const NAME = `${ANALYTICS.sensorHourly}_sensor_view_index`;

export async function up(db: Knex): Promise<void> {
  const ref = tableRef(db, 'analytics', ANALYTICS.sensorHourly);
  await ddl(db, ref).alterTable(ref.table, (t) => {
    t.index(COLUMNS, NAME, { predicate: db.whereRaw('visitors > 0') });
  });
}

export async function down(db: Knex): Promise<void> {
  const ref = tableRef(db, 'analytics', ANALYTICS.sensorHourly);
  await ddl(db, ref).alterTable(ref.table, (t) => {
    t.dropIndex(COLUMNS, NAME);
  });
}
