/** Chain-wide health of the hourly loads, read from the load log's view in analytics. */
import type { Knex } from 'knex';
import { DATASETS } from '#lib/datasets.ts';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { missingHours } from '#lib/ingestion.ts';
import { recentHours } from '#lib/time.ts';
import { firstLine, WINDOW_HOURS, type LastLoad, type PipelineHealth } from '../pipeline.ts';
import { num, toIsoHour, toIsoTimestamp, type Row } from '#lib/db/values.ts';

/** Failures listed on the page; the rest are counted. */
const FAILURES_SHOWN = 3;
/** Hours without loads listed on the page, newest first; the rest are counted. */
const MISSING_SHOWN = 12;

export async function pipelineHealth(db: Knex, nowMs: number): Promise<PipelineHealth> {
  const log = tableRef(db, 'analytics', ANALYTICS.ingestionLog).qualified;

  const lastLoads: LastLoad[] = [];
  for (const dataset of DATASETS) {
    const row: Row | undefined = await db(log)
      .where({ dataset, status: 'succeeded' })
      .orderBy([
        { column: 'finished_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first('hour_utc', 'finished_at', 'workflow_id', 'run_id');
    // Newest first along the hour index: a grouped max() would read the whole log.
    const newest: Row | undefined = await db(log)
      .where({ dataset, status: 'succeeded' })
      .orderBy('hour_utc', 'desc')
      .first('hour_utc');
    lastLoads.push({
      dataset,
      latestHourUtc: newest ? toIsoHour(newest.hour_utc) : null,
      hourUtc: row ? toIsoHour(row.hour_utc) : null,
      finishedAt: row ? toIsoTimestamp(row.finished_at) : null,
      workflowId: row ? String(row.workflow_id) : null,
      runId: row ? String(row.run_id) : null,
    });
  }

  const hours = recentHours(nowMs, WINDOW_HOURS);
  const from = hours[0]!;
  const to = hours.at(-1)!;
  const loaded: Row[] = await db(log)
    .where('status', 'succeeded')
    .whereBetween('hour_utc', [from, to])
    .distinct('hour_utc', 'dataset');
  const missing = missingHours(
    hours,
    loaded.map((r) => ({ hourUtc: toIsoHour(r.hour_utc), dataset: String(r.dataset) })),
  );

  // A failed load with no later success for its hour and dataset is one that is the latest
  // attempt there: retries that failed again are listed once, replayed hours not at all.
  // "Later" is the order of the last loads above: two attempts can finish in one millisecond
  // (finished_at's precision), and then the one logged after is the later.
  const unresolved = () =>
    db(`${log} as f`)
      .where('f.status', 'failed')
      .whereNotExists(
        db(`${log} as later`)
          .select(db.raw('1'))
          .where('later.hour_utc', db.ref('f.hour_utc'))
          .andWhere('later.dataset', db.ref('f.dataset'))
          .andWhere((w) =>
            w
              .where('later.finished_at', '>', db.ref('f.finished_at'))
              .orWhere((tie) =>
                tie
                  .where('later.finished_at', db.ref('f.finished_at'))
                  .andWhere('later.id', '>', db.ref('f.id')),
              ),
          ),
      );
  const failed: Row[] = await unresolved()
    .select('f.hour_utc', 'f.dataset', 'f.error', 'f.workflow_id', 'f.run_id')
    .orderBy([
      { column: 'f.finished_at', order: 'desc' },
      { column: 'f.id', order: 'desc' },
    ])
    .limit(FAILURES_SHOWN);
  const counted: Row | undefined = await unresolved().count({ n: '*' }).first();

  return {
    recorded: lastLoads.some((l) => l.finishedAt !== null) || failed.length > 0,
    lastLoads,
    window: { from, to },
    hoursWithoutLoads: missing.length,
    missingRecent: missing.slice(-MISSING_SHOWN).reverse(),
    failures: failed.map((r) => ({
      hourUtc: toIsoHour(r.hour_utc),
      dataset: String(r.dataset),
      error: firstLine(r.error === null || r.error === undefined ? null : String(r.error)),
      workflowId: String(r.workflow_id),
      runId: String(r.run_id),
    })),
    unresolvedFailures: counted ? num(counted.n) : 0,
  };
}
