/**
 * The cleaning's history as the day build keeps it: per-sensor day baselines and per-store hour
 * profiles of the days from..to. Read by the day build (for its batch of stores, in its
 * transaction) and by the hourly sensor-health check, so both judge a sensor on the same rows.
 */
import type { Knex } from 'knex';
import type { SensorDaySummary, StoreHourSummary } from '../lib/analytics/cleaning/model.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { num, numOrNull, toIsoDate } from '../lib/db/values.ts';

// SQLite and SQL Server give 1, PostgreSQL true (or 't' as text).
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';

export async function readCleaningHistory(
  db: Knex | Knex.Transaction,
  from: string,
  to: string,
  /** Narrows both reads, e.g. to a batch's range of store ids. */
  narrow: (q: Knex.QueryBuilder) => void = () => undefined,
): Promise<{ sensorDays: SensorDaySummary[]; profileHours: StoreHourSummary[] }> {
  const t = (name: string) => tableRef(db, 'analytics', name).qualified;
  const sensorDays: SensorDaySummary[] = (
    (await db(t(ANALYTICS.sensorDailyBaseline))
      .whereBetween('local_date', [from, to])
      .modify(narrow)
      .select(
        'store_id',
        'sensor_id',
        'local_date',
        'share',
        'hours',
        'spread',
        'drift_ratio',
        'drift_score',
        'drift_flagged',
      )
      .orderBy(['store_id', 'sensor_id', 'local_date'])) as Record<string, unknown>[]
  ).map((r) => ({
    store_id: num(r.store_id),
    sensor_id: num(r.sensor_id),
    local_date: toIsoDate(r.local_date),
    share: numOrNull(r.share),
    hours: num(r.hours),
    spread: numOrNull(r.spread),
    drift_ratio: numOrNull(r.drift_ratio),
    drift_score: num(r.drift_score),
    drift_flagged: bool(r.drift_flagged),
  }));
  // All weekdays of the window: the profile falls back to the local hour over every weekday.
  const profileHours: StoreHourSummary[] = (
    (await db(t(ANALYTICS.storeHourProfile))
      .whereBetween('local_date', [from, to])
      .modify(narrow)
      .select('store_id', 'local_date', 'weekday', 'local_hour', 'visitors_per_open_hour')
      .orderBy(['store_id', 'local_date', 'hour_utc'])) as Record<string, unknown>[]
  ).map((r) => ({
    store_id: num(r.store_id),
    local_date: toIsoDate(r.local_date),
    weekday: num(r.weekday),
    local_hour: num(r.local_hour),
    visitors_per_open_hour: num(r.visitors_per_open_hour),
  }));
  return { sensorDays, profileHours };
}
