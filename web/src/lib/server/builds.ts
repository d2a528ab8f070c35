/**
 * Days whose build failed its data tests (analytics.day_builds, data_test_results): their
 * figures are not published as good, and every view that shows one says so.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoDate, type Row } from '#lib/db/values.ts';

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
}

/** Failed days the pipeline page lists, newest first. */
export const FAILED_DAYS_SHOWN = 10;

/** The failed days in [from, to], oldest first, each with the tests that failed. */
export async function failedDays(db: Knex, from: string, to: string): Promise<FailedDay[]> {
  const builds = tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified;
  const results = tableRef(db, 'analytics', ANALYTICS.dataTestResults).qualified;
  const rows: Row[] = await db(`${builds} as b`)
    .leftJoin(`${results} as r`, (j) =>
      j.on('r.local_date', '=', 'b.local_date').andOnVal('r.status', '=', 'fail'),
    )
    .where('b.status', 'failed')
    .whereBetween('b.local_date', [from, to])
    .select('b.local_date', 'b.workflow_id', 'b.run_id', 'r.test_name', 'r.model', 'r.failing_rows')
    .orderBy([{ column: 'b.local_date' }, { column: 'r.test_name' }]);
  const days = new Map<string, FailedDay>();
  for (const r of rows) {
    const date = toIsoDate(r.local_date);
    const day = days.get(date) ?? {
      date,
      tests: [],
      workflowId: r.workflow_id === null || r.workflow_id === undefined ? null : String(r.workflow_id),
      runId: r.run_id === null || r.run_id === undefined ? null : String(r.run_id),
    };
    days.set(date, day);
    // A failed build whose results are gone still shows as failed, with no test named.
    if (r.test_name !== null && r.test_name !== undefined)
      day.tests.push({ name: String(r.test_name), model: String(r.model), failingRows: num(r.failing_rows) });
  }
  return [...days.values()];
}

/**
 * The latest failed days, newest first, whatever their dates: the pipeline page's list of
 * builds to look at. The range from the oldest to the newest of them holds no other failed day.
 */
export async function latestFailedDays(db: Knex, limit = FAILED_DAYS_SHOWN): Promise<FailedDay[]> {
  const builds = tableRef(db, 'analytics', ANALYTICS.dayBuilds).qualified;
  const rows: Row[] = await db(builds)
    .where('status', 'failed')
    .orderBy('local_date', 'desc')
    .limit(limit)
    .select('local_date');
  const newest = rows[0];
  const oldest = rows.at(-1);
  if (!newest || !oldest) return [];
  return (await failedDays(db, toIsoDate(oldest.local_date), toIsoDate(newest.local_date))).reverse();
}
