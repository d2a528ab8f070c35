/**
 * One knex instance per process, configured from DATABASE_URL:
 *   sqlite:<file>            embedded default (better-sqlite3)
 *   postgres://...           PostgreSQL (pg)
 *   mssql://user:pass@host[:port]/database   Azure SQL / SQL Server (tedious, encrypted)
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { ConfigError } from '../config.ts';

export type Dialect = 'sqlite' | 'pg' | 'mssql';

// pg returns DATE as a local-midnight Date and bigint/numeric sums as strings;
// the warehouse wants ISO dates and plain numbers on every dialect.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));

export function dialectOfUrl(url: string): Dialect {
  if (url.startsWith('sqlite:') || url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'pg';
  if (/^(mssql|sqlserver):\/\//.test(url)) return 'mssql';
  throw new ConfigError(
    `DATABASE_URL "${redact(url)}" is not supported: use sqlite:<file>, postgres://... or mssql://...`,
  );
}

export function knexConfig(url: string): Knex.Config {
  const dialect = dialectOfUrl(url);
  if (dialect === 'sqlite') {
    const filename = url.replace(/^(sqlite|file):(\/\/)?/, '');
    if (filename !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
    return {
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        // WAL lets the dashboard read while a load writes; busy_timeout waits out the other writer.
        afterCreate: (
          conn: { pragma(sql: string): unknown },
          done: (err: Error | null, conn: unknown) => void,
        ) => {
          conn.pragma('journal_mode = WAL');
          conn.pragma('busy_timeout = 10000');
          conn.pragma('foreign_keys = ON');
          done(null, conn);
        },
      },
    };
  }
  if (dialect === 'pg') {
    return { client: 'pg', connection: url, pool: { min: 0, max: 10 } };
  }
  const u = new URL(url);
  return {
    client: 'mssql',
    connection: {
      server: u.hostname,
      port: u.port ? Number(u.port) : 1433,
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.replace(/^\//, ''),
      options: {
        encrypt: true,
        trustServerCertificate: u.searchParams.get('trustServerCertificate') === 'true',
      },
    },
    pool: { min: 0, max: 10 },
  };
}

export function connect(url: string): Knex {
  return knexFactory(knexConfig(url));
}

export function dialectOf(db: Knex): Dialect {
  const client = db.client.config.client as string;
  if (client === 'better-sqlite3' || client === 'sqlite3') return 'sqlite';
  if (client === 'pg') return 'pg';
  if (client === 'mssql') return 'mssql';
  throw new Error(`unsupported knex client ${client}`);
}

/** The URL with its password hidden, for logs and error messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
