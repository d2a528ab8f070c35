import { ApplicationFailure, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { addDays, isHourOver } from '../lib/time.ts';
import { buildDay } from './build-day.ts';
import { runChild } from './children.ts';
import { buildDayStart, ingestHourStart } from './ids.ts';
import { ingestHour } from './ingest-hour.ts';

const { syncStores, hoursOfDay, missingHours } = proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);

/** History length after which a run continues as new, well under Temporal's 51,200-event limit. */
const HISTORY_EVENTS_PER_RUN = 10_000;

async function mapLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

export interface BackfillInput {
  /** First and last store-local date, inclusive (YYYY-MM-DD). */
  fromDate: string;
  toDate: string;
  /** Only ingest hours with no successful load yet (default: ingest every hour again). */
  onlyMissing?: boolean;
  /** Hours ingested in parallel (default 4). */
  concurrency?: number;
  /** History events after which a run continues as new at the next day (default 10,000). */
  historyEventsPerRun?: number;
  /** Where a continued-as-new run resumes. */
  resumeDate?: string;
  totals?: BackfillResult;
}

export interface BackfillResult {
  days: number;
  hours: number;
}

/**
 * Backfills a range of store-local days, one day at a time: ingest every UTC hour of the day
 * that is over (in all the chain's time zones), then build the day. Continues as new before
 * the history grows too large, so a year-long backfill is one logical workflow.
 */
export async function backfillDays(input: BackfillInput): Promise<BackfillResult> {
  if (input.fromDate > input.toDate) {
    throw ApplicationFailure.nonRetryable(
      `fromDate ${input.fromDate} is after toDate ${input.toDate}`,
      'InvalidInput',
    );
  }
  const totals = { ...(input.totals ?? { days: 0, hours: 0 }) };
  if (!input.resumeDate) await syncStores();
  for (let date = input.resumeDate ?? input.fromDate; date <= input.toDate; date = addDays(date, 1)) {
    // Date.now() is deterministic in workflows: it is the time of the current workflow task.
    const over = (await hoursOfDay({ date })).filter((h) => isHourOver(h, Date.now()));
    const hours = input.onlyMissing ? await missingHours({ hours: over }) : over;
    await mapLimited(hours, input.concurrency ?? 4, (hourUtc) =>
      runChild(ingestHour, ingestHourStart(hourUtc), { hourUtc }),
    );
    if (over.length > 0) await runChild(buildDay, buildDayStart(date), { date });
    totals.days += 1;
    totals.hours += hours.length;
    const { continueAsNewSuggested, historyLength } = workflowInfo();
    const limit = input.historyEventsPerRun ?? HISTORY_EVENTS_PER_RUN;
    if (date < input.toDate && (continueAsNewSuggested || historyLength > limit)) {
      await continueAsNew<typeof backfillDays>({ ...input, resumeDate: addDays(date, 1), totals });
    }
  }
  return totals;
}
