/**
 * Days whose build failed its data tests (analytics.day_builds, data_test_results): their
 * figures are not published as good, and every view that shows one says so.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, toIsoTimestamp, type Row } from '#lib/db/values.ts';
import { isBuildOfDayUnderWay } from '#lib/nightly.ts';

export interface FailedTest {
  name: string;
  model: string;
  failingRows: number;
}

export interface FailedDay {
  date: string;
  tests: FailedTest[];
  /** The build's Temporal run, null for a build not run by a workflow (the CLI, a test). */
  workflowId: string | null;
  runId: string | null;
  /**
   * Built while the day was still under way in some store's zone, and failed only for the
   * hours not there yet: its zone's nightly run is still to rebuild it (isBuildOfDayUnderWay).
   */
  underWay: boolean;
}

/** The one data test a build of a day under way is expected to fail. */
const HOURS_TEST = 'expected_hours_present';

/** Failed days the pipeline page lists, newest first. */
export const FAILED_DAYS_SHOWN = 10;

/** The failed days in [from, to], oldest first, each with the tests that failed, as of `nowMs`. */
export async function failedDays(db: Knex, from: string, to: string, nowMs: number): Promise<FailedDay[]> {
  const builds = tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified;
  const results = tableRef(db, 'analytics', ANALYTICS.dataTestResults).qualified;
  const rows: Row[] = await db(`${builds} as b`)
    .leftJoin(`${results} as r`, (j) =>
      j.on('r.local_date', '=', 'b.local_date').andOnVal('r.status', '=', 'fail'),
    )
    .where('b.status', 'failed')
    .whereBetween('b.local_date', [from, to])
    .select(
      'b.local_date',
      'b.built_at',
      'b.workflow_id',
      'b.run_id',
      'r.test_name',
      'r.model',
      'r.failing_rows',
    )
    .orderBy([{ column: 'b.local_date' }, { column: 'r.test_name' }]);
  const days = new Map<string, FailedDay & { builtAtMs: number }>();
  for (const r of rows) {
    const date = toIsoDate(r.local_date);
    const day = days.get(date) ?? {
      date,
      tests: [],
      workflowId: r.workflow_id === null || r.workflow_id === undefined ? null : String(r.workflow_id),
      runId: r.run_id === null || r.run_id === undefined ? null : String(r.run_id),
      underWay: false,
      builtAtMs: Date.parse(toIsoTimestamp(r.built_at)),
    };
    days.set(date, day);
    // A failed build whose results are gone still shows as failed, with no test named.
    if (r.test_name !== null && r.test_name !== undefined)
      day.tests.push({ name: String(r.test_name), model: String(r.model), failingRows: num(r.failing_rows) });
  }
  const zones = days.size === 0 ? [] : await storeZones(db);
  return [...days.values()].map(({ builtAtMs, ...day }) => ({
    ...day,
    underWay:
      day.tests.length > 0 &&
      day.tests.every((t) => t.name === HOURS_TEST) &&
      isBuildOfDayUnderWay(day.date, zones, builtAtMs, nowMs),
  }));
}

async function storeZones(db: Knex): Promise<string[]> {
  const rows: Row[] = await db(tableRef(db, 'analytics', ANALYTICS.dimStore).qualified).distinct('timezone');
  return rows.map((r) => String(r.timezone));
}

/**
 * The latest failed days, newest first, whatever their dates: the pipeline page's list of
 * builds to look at. The range from the oldest to the newest of them holds no other failed day.
 */
export async function latestFailedDays(
  db: Knex,
  nowMs: number,
  limit = FAILED_DAYS_SHOWN,
): Promise<FailedDay[]> {
  const builds = tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified;
  const rows: Row[] = await db(builds)
    .where('status', 'failed')
    .orderBy('local_date', 'desc')
    .limit(limit)
    .select('local_date');
  const newest = rows[0];
  const oldest = rows.at(-1);
  if (!newest || !oldest) return [];
  return (await failedDays(db, toIsoDate(oldest.local_date), toIsoDate(newest.local_date), nowMs)).reverse();
}
