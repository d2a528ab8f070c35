/**
 * The dashboard's read-only PostgreSQL role (issue 10, Safety). The migration
 * 20261201000500_reader_role creates it without a login and grants it SELECT on the analytics
 * schema only (now and for tables created later); `npm run migrate` and `npm start` then give
 * it a login with DATABASE_READER_PASSWORD, so the password lives in the environment alone.
 */
import type { Knex } from 'knex';
import pg from 'pg';
import { dialectOf } from './connect.ts';
import { READER_ROLE } from './reader-url.ts';

/**
 * Lets the reader role log in with this password. PostgreSQL takes no bound parameter in
 * ALTER ROLE, so the password is quoted as a literal by the driver's own escaping.
 */
export async function grantReaderLogin(db: Knex, password: string): Promise<void> {
  if (dialectOf(db) !== 'pg') return;
  await db.raw(`alter role ${READER_ROLE} with login password ${pg.escapeLiteral(password)}`);
}
