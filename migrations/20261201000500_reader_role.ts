/**
 * The dashboard's read-only role on PostgreSQL (lib/db/reader-role.ts): SELECT on the
 * analytics schema, nothing on raw. Roles belong to the whole cluster, so the role is created
 * only when missing (several databases of one cluster share it) and never dropped here:
 * down revokes what this database granted. SQLite has no roles; on Azure SQL the reader is a
 * contained user given db_datareader on the analytics schema by the administrator.
 */
import type { Knex } from 'knex';
import { dialectOf } from '../lib/db/connect.ts';
import { READER_ROLE } from '../lib/db/reader-url.ts';

export async function up(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'pg') return;
  // Two databases migrating at once may both find the role missing: the loser's duplicate is fine.
  await db.raw(`
    do $$ begin
      if not exists (select from pg_roles where rolname = '${READER_ROLE}') then
        create role ${READER_ROLE} nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`);
  await db.raw(`grant usage on schema analytics to ${READER_ROLE}`);
  await db.raw(`grant select on all tables in schema analytics to ${READER_ROLE}`);
  await db.raw(`alter default privileges in schema analytics grant select on tables to ${READER_ROLE}`);
}

export async function down(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'pg') return;
  await db.raw(`alter default privileges in schema analytics revoke select on tables from ${READER_ROLE}`);
  await db.raw(`revoke select on all tables in schema analytics from ${READER_ROLE}`);
  await db.raw(`revoke usage on schema analytics from ${READER_ROLE}`);
}
