/**
 * SQLite has no timestamp type: a `timestamp` column keeps whatever was bound, and text and
 * numbers never compare equal (every number sorts below every text). The warehouse's rule
 * (docs/warehouse.md, decision 0021): on SQLite every timestamp is ISO-8601 UTC text in one
 * form per column, so that `=`, `<`, `between` and `order by` on the text are the instants'
 * order. Triggers refuse any other value where rows are written, whoever writes them.
 *
 * PostgreSQL (timestamptz) and SQL Server (datetimeoffset) have real types and parse the same
 * text, so writers and query bounds use these strings on every dialect.
 */
import type { Knex } from 'knex';

/** toIsoHour's form: a whole UTC hour. */
export const HOUR_FORM = 'YYYY-MM-DDTHH:00:00Z';
/** Date.prototype.toISOString's form: an instant to the millisecond. */
export const INSTANT_FORM = 'YYYY-MM-DDTHH:MM:SS.sssZ';

const FORM: Record<'hour' | 'instant', string> = { hour: HOUR_FORM, instant: INSTANT_FORM };

const GLOB: Record<'hour' | 'instant', string> = {
  hour: '????-??-??T??:00:00Z',
  instant: '????-??-??T??:??:??.???Z',
};

/** strftime formats writing the same forms, to bring existing values to them. */
const STRFTIME: Record<'hour' | 'instant', string> = {
  hour: '%Y-%m-%dT%H:%M:%SZ',
  instant: '%Y-%m-%dT%H:%M:%fZ',
};

/**
 * Columns holding data hours besides every `hour_utc`: an alert episode's hours are the data
 * hours it spans (compared with `hour_utc` values), not clock instants.
 */
const HOUR_COLUMNS: Record<string, readonly string[]> = {
  analytics_sensor_alerts: ['started_at', 'opened_at', 'resolved_at'],
};

export interface TimestampColumn {
  column: string;
  form: 'hour' | 'instant';
}

/** The table's timestamp columns (declared `datetime`, which knex's timestamp() is on SQLite). */
export async function sqliteTimestampColumns(db: Knex, table: string): Promise<TimestampColumn[]> {
  const info = (await db.raw('select name, type from pragma_table_info(?)', [table])) as {
    name: string;
    type: string;
  }[];
  return info
    .filter((c) => /^(datetime|timestamp)/i.test(c.type))
    .map((c) => ({
      column: c.name,
      form: c.name === 'hour_utc' || HOUR_COLUMNS[table]?.includes(c.name) ? 'hour' : 'instant',
    }));
}

function triggerName(table: string, event: 'insert' | 'update'): string {
  return `${table}_timestamps_${event}`;
}

/**
 * Rewrites the table's existing timestamps in their column's form (epoch milliseconds, as
 * knex's better-sqlite3 client binds a Date, or other ISO text), then adds the triggers that
 * refuse any other form from now on. Every SQLite table with a timestamp column needs this:
 * migrations creating one call it (a unit test checks every table has its triggers).
 */
export async function guardSqliteTimestamps(db: Knex | Knex.Transaction, table: string): Promise<void> {
  const columns = await sqliteTimestampColumns(db as Knex, table);
  if (columns.length === 0) return;
  for (const { column, form } of columns) {
    const rewritten = `case when typeof(??) in ('integer', 'real') then strftime(?, ?? / 1000.0, 'unixepoch') else strftime(?, ??) end`;
    const bindings = [column, STRFTIME[form], column, STRFTIME[form], column];
    // Values that are no timestamp at all are left as they are, and reported below.
    await db.raw(`update ?? set ?? = ${rewritten} where ?? not glob ? and ${rewritten} is not null`, [
      table,
      column,
      ...bindings,
      column,
      GLOB[form],
      ...bindings,
    ]);
    const left = (await db.raw(`select count(*) as n from ?? where ?? not glob ?`, [
      table,
      column,
      GLOB[form],
    ])) as {
      n: number;
    }[];
    if (left[0]!.n > 0)
      throw new Error(
        `${table}.${column}: ${left[0]!.n} values are not timestamps in the form ${FORM[form]}`,
      );
  }
  // A NULL fails no glob test (the condition is NULL, the trigger does not fire): nullable
  // columns stay nullable. One trigger per statement kind keeps the cost to one check per row.
  const bad = columns.map(({ column, form }) => `NEW."${column}" not glob '${GLOB[form]}'`);
  const raises = columns
    .map(
      ({ column, form }) =>
        `select raise(abort, '${table}.${column} must be UTC text ${FORM[form]} (a JS Date binds as epoch milliseconds on SQLite: pass toIsoHour(d) or d.toISOString())') where NEW."${column}" not glob '${GLOB[form]}';`,
    )
    .join(' ');
  const names = columns.map(({ column }) => `"${column}"`).join(', ');
  await db.raw(
    `create trigger "${triggerName(table, 'insert')}" before insert on "${table}" when ${bad.join(' or ')} begin ${raises} end`,
  );
  await db.raw(
    `create trigger "${triggerName(table, 'update')}" before update of ${names} on "${table}" when ${bad.join(' or ')} begin ${raises} end`,
  );
}

export async function dropSqliteTimestampGuards(db: Knex | Knex.Transaction, table: string): Promise<void> {
  for (const event of ['insert', 'update'] as const)
    await db.raw(`drop trigger if exists "${triggerName(table, event)}"`);
}
