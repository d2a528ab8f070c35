/**
 * The dashboard reads the analytics layer only (issue 10); its pipeline page needs the load
 * log, which lives in raw. A view in analytics exposes the log's columns, so the dashboard's
 * read-only role (PostgreSQL) needs no right on raw: a view reads with its owner's rights.
 */
import type { Knex } from 'knex';
import { ANALYTICS, RAW, ddl, tableRef } from '../lib/db/naming.ts';

const COLUMNS = [
  'id',
  'hour_utc',
  'dataset',
  'status',
  'rows',
  'workflow_id',
  'run_id',
  'started_at',
  'finished_at',
  'error',
];

export async function up(db: Knex): Promise<void> {
  const view = tableRef(db, 'analytics', ANALYTICS.ingestionLog);
  const log = tableRef(db, 'raw', RAW.ingestionLog).qualified;
  await ddl(db, view).createView(view.table, (v) => {
    v.as(db(log).select(COLUMNS));
  });
}

export async function down(db: Knex): Promise<void> {
  const view = tableRef(db, 'analytics', ANALYTICS.ingestionLog);
  await ddl(db, view).dropViewIfExists(view.table);
}
