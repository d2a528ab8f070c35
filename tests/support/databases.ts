/**
 * The SQL dialects the integration tests run on: SQLite always; PostgreSQL when
 * DATABASE_URL_PG is set. In CI a missing PostgreSQL is a failure, not a skip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { connect } from '../../lib/db/connect.ts';
import { migrateDown, migrateLatest } from '../../migrations/index.ts';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  url: string;
}

export function testDatabases(): TestDatabase[] {
  const dbs: TestDatabase[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-sql-'));
  dbs.push({ name: 'sqlite', url: `sqlite:${path.join(dir, 'warehouse.sqlite')}` });
  const pg = process.env.DATABASE_URL_PG;
  if (pg) dbs.push({ name: 'postgres', url: pg });
  else if (process.env.CI === 'true')
    throw new Error('CI=true but DATABASE_URL_PG is not set: PostgreSQL tests cannot run');
  else console.warn('DATABASE_URL_PG not set: PostgreSQL integration tests skipped');
  return dbs;
}

/** A connection to an empty, freshly migrated warehouse. */
export async function freshWarehouse(url: string): Promise<Knex> {
  const db = connect(url);
  await migrateLatest(db);
  await migrateDown(db);
  await migrateLatest(db);
  return db;
}
