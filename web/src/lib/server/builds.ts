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
}

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
    .select('b.local_date', 'r.test_name', 'r.model', 'r.failing_rows')
    .orderBy([{ column: 'b.local_date' }, { column: 'r.test_name' }]);
  const days = new Map<string, FailedDay>();
  for (const r of rows) {
    const date = toIsoDate(r.local_date);
    const day = days.get(date) ?? { date, tests: [] };
    days.set(date, day);
    // A failed build whose results are gone still shows as failed, with no test named.
    if (r.test_name !== null && r.test_name !== undefined)
      day.tests.push({ name: String(r.test_name), model: String(r.model), failingRows: num(r.failing_rows) });
  }
  return [...days.values()];
}
