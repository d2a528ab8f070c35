/**
 * ingestHours: several hours of a backfill in one activity, each extracted to the lake and
 * loaded to raw exactly as ingestHour's activities do (the same functions), to spare the
 * orchestration cost of one child workflow and five activities per hour.
 *
 * An hour that fails here is not retried here: it comes back in `leftover`, and the backfill
 * runs it as its own ingestHour workflow, with the full retry policy, its own history and, if
 * it still fails, its failed run to find and replay. A retried attempt of this activity (its
 * worker died) skips the hours the same run already loaded, per raw.ingestion_log.
 */
import { Context } from '@temporalio/activity';
import { DATASETS } from '../lib/datasets.ts';
import { chunk, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { RAW, tableRef } from '../lib/db/naming.ts';
import { toIsoHour } from '../lib/db/values.ts';
import { cancellationSignal } from './cancellation.ts';
import type { ActivityDeps, RunRef } from './deps.ts';
import { makeExtractHour } from './extract-hour.ts';
import { makeLoadHour } from './load-hour.ts';
import { makePlan } from './plan.ts';

export interface IngestHoursInput extends RunRef {
  hours: string[];
  /** As ingestHour's: only these stores fetched again into hours already in the lake. */
  stores?: number[];
}

export interface IngestHoursResult {
  ingested: string[];
  /** Hours that failed here, with why: for the caller to run one by one. */
  leftover: { hourUtc: string; message: string }[];
  /** Store-local dates built after they were over that contain an ingested hour (late data). */
  builtDays: string[];
}

export function makeIngestHours(deps: ActivityDeps) {
  const extractHour = makeExtractHour(deps);
  const loadHour = makeLoadHour(deps);
  const { builtDaysOfHour } = makePlan(deps);

  /** Hours this run loaded already, both datasets (an earlier attempt of this activity). */
  async function loadedByRun(run: RunRef, hours: string[]): Promise<Set<string>> {
    const { db } = deps;
    const seen = new Map<string, number>();
    for (const part of chunk(hours, valuesPerInList(dialectOf(db)))) {
      const rows = (await db(tableRef(db, 'raw', RAW.ingestionLog).qualified)
        .whereIn('hour_utc', part)
        .andWhere({ status: 'succeeded', run_id: run.runId, workflow_id: run.workflowId })
        .distinct('hour_utc', 'dataset')) as { hour_utc: unknown }[];
      for (const r of rows) seen.set(toIsoHour(r.hour_utc), (seen.get(toIsoHour(r.hour_utc)) ?? 0) + 1);
    }
    return new Set([...seen].filter(([, n]) => n === DATASETS.length).map(([h]) => h));
  }

  return async function ingestHours(input: IngestHoursInput): Promise<IngestHoursResult> {
    const run = { workflowId: input.workflowId, runId: input.runId };
    let attempt = 1;
    try {
      attempt = Context.current().info.attempt;
    } catch {
      // called directly, outside a worker: a first attempt
    }
    const done = attempt > 1 ? await loadedByRun(run, input.hours) : new Set<string>();
    const result: IngestHoursResult = { ingested: [], leftover: [], builtDays: [] };
    const built = new Set<string>();
    for (const hourUtc of input.hours) {
      cancellationSignal()?.throwIfAborted();
      if (!done.has(hourUtc)) {
        try {
          await Promise.all(
            DATASETS.map(async (dataset) => {
              const extracted = await extractHour({
                dataset,
                hourUtc,
                ...run,
                ...(input.stores ? { stores: input.stores } : {}),
              });
              await loadHour({ dataset, hourUtc: extracted.hourUtc, blobPath: extracted.blobPath, ...run });
            }),
          );
        } catch (err) {
          if (cancellationSignal()?.aborted) throw err;
          result.leftover.push({ hourUtc, message: (err as Error).message });
          continue;
        }
      }
      result.ingested.push(hourUtc);
      for (const date of await builtDaysOfHour({ hourUtc })) built.add(date);
    }
    result.builtDays = [...built].sort();
    return result;
  };
}
