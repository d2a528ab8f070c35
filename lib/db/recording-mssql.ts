/**
 * Test double, for unit tests only: a knex SQL Server client ('mssql', the tedious dialect)
 * whose connection layer records what would be sent to the server instead of sending it.
 * Everything above the wire is knex's real mssql code (query, schema and transaction
 * compilers, binding positions, response processing), so the recorded statements are
 * exactly what tedious would execute. No SQL Server can run where the tests run.
 */
import { createRequire } from 'node:module';
import knexFactory, { type Knex } from 'knex';

export type Recorded =
  { kind: 'query'; sql: string; bindings: readonly unknown[] } | { kind: 'begin' | 'commit' | 'rollback' };

/** Canned answer rows for one statement, as column name -> value; undefined means no rows. */
export type Responder = (sql: string, bindings: readonly unknown[]) => Record<string, unknown>[] | undefined;

interface RunnerQuery {
  sql: string;
  bindings?: unknown[];
  response?: unknown;
}

type Callback = (err?: Error) => void;

/** What knex's mssql Transaction calls on a tedious Connection, logged in order. */
class FakeConnection {
  connected = true;
  inTransaction = false;
  readonly state = { name: 'LoggedIn' };

  private readonly log: Recorded[];

  constructor(log: Recorded[]) {
    this.log = log;
  }

  beginTransaction(done: Callback): void {
    this.inTransaction = true;
    this.log.push({ kind: 'begin' });
    done();
  }

  commitTransaction(done: Callback): void {
    this.inTransaction = false;
    this.log.push({ kind: 'commit' });
    done();
  }

  rollbackTransaction(done: Callback): void {
    this.inTransaction = false;
    this.log.push({ kind: 'rollback' });
    done();
  }
}

// knex has no typings for its dialect classes; this one is the client behind `client: 'mssql'`.
const MssqlClient = createRequire(import.meta.url)(
  'knex/lib/dialects/mssql/index.js',
) as typeof knexFactory.Client;

/** A knex instance speaking SQL Server that records every statement and transaction step in `log`. */
export function recordingMssql(respond: Responder): { db: Knex; log: Recorded[] } {
  const log: Recorded[] = [];

  class RecordingMssqlClient extends MssqlClient {
    constructor(config: Knex.Config) {
      // Keep the name 'mssql' in the config: dialectOf() reads it to pick SQL Server paths.
      super({ ...config, client: 'mssql' });
    }

    override async acquireRawConnection(): Promise<FakeConnection> {
      return new FakeConnection(log);
    }

    override async destroyRawConnection(): Promise<void> {}

    override async validateConnection(connection: FakeConnection): Promise<boolean> {
      return connection.connected;
    }

    /** Replaces the tedious round trip; answers in tedious' row shape so processResponse runs as usual. */
    async _query(_connection: FakeConnection, query: RunnerQuery): Promise<RunnerQuery> {
      const bindings = query.bindings ?? [];
      // The same per-value mapping to tedious types the real client applies; it throws on
      // values SQL Server cannot take (unsafe integers), which must fail the test too.
      for (const b of bindings)
        (this as unknown as { _typeForBinding(b: unknown): unknown })._typeForBinding(b);
      log.push({ kind: 'query', sql: query.sql, bindings });
      const rows = respond(query.sql, bindings) ?? [];
      query.response = rows.map((row) =>
        Object.entries(row).map(([colName, value]) => ({ metadata: { colName }, value })),
      );
      return query;
    }
  }

  const db = knexFactory({
    client: RecordingMssqlClient,
    connection: { server: 'recording.invalid', database: 'recording' },
    // One connection: a statement issued outside a running transaction (db instead of trx)
    // cannot get one and fails fast instead of silently escaping the transaction.
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 1000,
  });
  return { db, log };
}
