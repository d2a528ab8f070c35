/**
 * A checksum of everything the day build wrote for one local date: the rows of every analytics
 * table keyed by that date, with values normalised across dialects, sorted, and hashed. The
 * build's own bookkeeping (built_at, the Temporal run) is left out: a rebuild must match.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';

const DATED = [
  ANALYTICS.dimDate,
  ANALYTICS.dimStoreDate,
  ANALYTICS.sensorHourly,
  ANALYTICS.storeHourly,
  ANALYTICS.storeDaily,
  ANALYTICS.dataQualityDaily,
  ANALYTICS.sensorDaily,
  ANALYTICS.sensorDailyBaseline,
  ANALYTICS.storeHourProfile,
  ANALYTICS.dataTestResults,
  ANALYTICS.dayBuilds,
];
const LEFT_OUT = new Set(['built_at', 'workflow_id', 'run_id']);
const BOOLEAN = new Set(['is_weekend', 'is_public_holiday', 'is_open', 'drift_flagged']);

function normalise(column: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column === 'local_date') return toIsoDate(value);
  if (column === 'hour_utc') return toIsoHour(value);
  if (BOOLEAN.has(column)) return value === true || value === 1 || value === '1';
  if (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(value)))
    return Number(Number(value).toPrecision(12));
  return value;
}

export async function dayChecksum(db: Knex, date: string): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  let rows = 0;
  for (const name of DATED) {
    const found = (await db(tableRef(db, 'analytics', name).qualified).where('local_date', date)) as Record<
      string,
      unknown
    >[];
    const lines = found
      .map((r) =>
        JSON.stringify(
          Object.keys(r)
            .filter((c) => !LEFT_OUT.has(c))
            .sort()
            .map((c) => [c, normalise(c, r[c])]),
        ),
      )
      .sort();
    hash.update(`${name}\n${lines.join('\n')}\n`);
    rows += lines.length;
  }
  return { rows, sha256: hash.digest('hex') };
}
