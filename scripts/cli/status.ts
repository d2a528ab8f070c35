/**
 * `datamag status`: which hours of a window are ingested, missing or failed (per
 * raw.ingestion_log), which days are built, missing or failed (per analytics.store_daily and
 * the failed build-day runs Temporal keeps), each failed one with its Temporal UI link.
 */
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { chunk, valuesPerInList } from '../../lib/db/batch.ts';
import { dialectOf } from '../../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import * as ingestion from '../../lib/ingestion.ts';
import { DATA_DATE, DATA_HOUR } from '../../lib/search-attributes.ts';
import { addDays, addHours, datesInRange, hoursInRange, lastCompleteHour } from '../../lib/time.ts';

export interface FailedRun {
  key: string;
  workflowId: string;
  runId?: string;
  message?: string;
}

export interface Status {
  since: string;
  hours: { total: number; ingested: number; missing: string[]; failed: FailedRun[] };
  days: { total: number; built: number; missing: string[]; failed: FailedRun[] };
}

/** The window is [since, until), until defaulting to the end of the last hour that is over at `nowMs`. */
export async function readStatus(
  db: Knex,
  client: Client,
  window: { since: string; until?: string },
  nowMs: number,
): Promise<Status> {
  const { since } = window;
  const end = window.until ?? addHours(lastCompleteHour(nowMs), 1);
  const hours = hoursInRange(since, end);
  const log = tableRef(db, 'raw', RAW.ingestionLog).qualified;
  const succeeded: ingestion.SucceededLoad[] = [];
  const failedRows = new Map<string, FailedRun>();
  for (const part of chunk(hours, valuesPerInList(dialectOf(db)))) {
    const rows = (await db(log)
      .whereIn('hour_utc', part)
      .select('hour_utc', 'dataset', 'status', 'workflow_id', 'run_id')
      .orderBy('id')) as {
      hour_utc: unknown;
      dataset: string;
      status: string;
      workflow_id: string;
      run_id: string;
    }[];
    for (const r of rows) {
      const hour = toIsoHour(r.hour_utc);
      if (r.status === 'succeeded') succeeded.push({ hourUtc: hour, dataset: r.dataset });
      else failedRows.set(hour, { key: hour, workflowId: r.workflow_id, runId: r.run_id });
    }
  }
  const missing = ingestion.missingHours(hours, succeeded);
  // A missing hour whose last attempt failed is failed; one never tried is missing.
  const failedHours = missing.flatMap((h) => failedRows.get(h) ?? []);
  for (const run of await failedRuns(
    client,
    `Step = 'ingest-hour' AND DataHour >= '${since}' AND DataHour < '${end}'`,
  )) {
    if (missing.includes(run.key) && !failedHours.some((f) => f.key === run.key)) failedHours.push(run);
  }

  // Days: every date of the window up to yesterday (UTC), built when store_daily has it.
  const firstDate = since.slice(0, 10);
  const lastDate = addDays(addHours(end, -1).slice(0, 10), window.until ? 0 : -1);
  const dates = firstDate <= lastDate ? datesInRange(firstDate, lastDate) : [];
  const daily = tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified;
  const built = new Set(
    (
      (await db(daily).whereBetween('local_date', [firstDate, lastDate]).distinct('local_date')) as {
        local_date: unknown;
      }[]
    ).map((r) => toIsoDate(r.local_date)),
  );
  const missingDays = dates.filter((d) => !built.has(d));
  const failedDays = (
    await failedRuns(
      client,
      `Step = 'build-day' AND DataDate >= '${firstDate}' AND DataDate <= '${lastDate}'`,
    )
  ).filter((r) => missingDays.includes(r.key));
  return {
    since,
    hours: {
      total: hours.length,
      ingested: hours.length - missing.length,
      missing: missing.filter((h) => !failedHours.some((f) => f.key === h)),
      failed: failedHours.sort((a, b) => a.key.localeCompare(b.key)),
    },
    days: {
      total: dates.length,
      built: dates.length - missingDays.length,
      missing: missingDays.filter((d) => !failedDays.some((f) => f.key === d)),
      failed: failedDays,
    },
  };
}

/** Failed runs matching `query`, latest per business key, with the key from their search attributes. */
async function failedRuns(client: Client, query: string): Promise<FailedRun[]> {
  const byKey = new Map<string, FailedRun>();
  for await (const run of client.workflow.list({ query: `${query} AND ExecutionStatus = 'Failed'` })) {
    const hour = run.typedSearchAttributes.get(DATA_HOUR);
    const key = hour ? toIsoHour(hour) : run.typedSearchAttributes.get(DATA_DATE);
    if (!key || byKey.has(key)) continue;
    byKey.set(key, { key, workflowId: run.workflowId, runId: run.runId });
  }
  return [...byKey.values()];
}
