/** Planning queries for the orchestration: which UTC hours make a day, which are missing. */
import { chunk, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { toIsoHour } from '../lib/db/values.ts';
import * as ingestion from '../lib/ingestion.ts';
import { parseIsoDate, utcHoursOfLocalDay } from '../lib/time.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export function makePlan(deps: ActivityDeps) {
  /** The UTC hours that make up a local date in any of the chain's time zones, sorted. */
  async function hoursOfDay(input: { date: string }): Promise<string[]> {
    return failPermanentlyOn(async () => {
      const date = parseIsoDate(input.date);
      const rows = (await deps
        .db(tableRef(deps.db, 'analytics', ANALYTICS.dimStore).qualified)
        .distinct('timezone')) as { timezone: string }[];
      const zones = rows.length > 0 ? rows.map((r) => r.timezone) : ['UTC'];
      return [...new Set(zones.flatMap((z) => utcHoursOfLocalDay(date, z)))].sort();
    });
  }

  /** Of the given hours, those not ingested yet (lib/ingestion.ts), per raw.ingestion_log. */
  async function missingHours(input: { hours: string[] }): Promise<string[]> {
    const { db } = deps;
    const log = tableRef(db, 'raw', RAW.ingestionLog).qualified;
    const succeeded: ingestion.SucceededLoad[] = [];
    for (const part of chunk(input.hours, valuesPerInList(dialectOf(db)))) {
      const rows = (await db(log)
        .whereIn('hour_utc', part)
        .andWhere('status', 'succeeded')
        .distinct('hour_utc', 'dataset')) as { hour_utc: unknown; dataset: string }[];
      for (const r of rows) succeeded.push({ hourUtc: toIsoHour(r.hour_utc), dataset: r.dataset });
    }
    return ingestion.missingHours(input.hours, succeeded);
  }

  return { hoursOfDay, missingHours };
}
