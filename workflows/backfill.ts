import { ApplicationFailure, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { addDays, hourToMs } from '../lib/time.ts';
import { collectAndIngestHour } from './collectAndIngestHour.ts';
import { runChild } from './children.ts';
import { collectHourStart, transformDayStart } from './ids.ts';
import { transformDay } from './transformDay.ts';

const { syncStores, hoursOfDay, missingHours } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes', maximumAttempts: 10 },
});

const HOUR_MS = 3_600_000;

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
  /** Only collect hours with no successful load yet (default: collect every hour again). */
  onlyMissing?: boolean;
  /** Hours collected in parallel (default 4). */
  concurrency?: number;
  /** Where a continued-as-new run resumes. */
  resumeDate?: string;
  totals?: { days: number; hours: number };
}

export interface BackfillResult {
  days: number;
  hours: number;
}

/**
 * A range of days, one day at a time: collect every finished UTC hour of the day (in all
 * the chain's time zones), then transform the day. Continues as new before the history
 * grows too large, so a year-long backfill is one logical workflow.
 */
export async function backfill(input: BackfillInput): Promise<BackfillResult> {
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
    const finished = (await hoursOfDay({ date })).filter((h) => hourToMs(h) + HOUR_MS <= Date.now());
    const hours = input.onlyMissing ? await missingHours({ hours: finished }) : finished;
    await mapLimited(hours, input.concurrency ?? 4, (hourUtc) =>
      runChild(collectAndIngestHour, collectHourStart(hourUtc), { hourUtc }),
    );
    if (finished.length > 0) await runChild(transformDay, transformDayStart(date), { date });
    totals.days += 1;
    totals.hours += hours.length;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > 10_000) {
      if (date < input.toDate)
        await continueAsNew<typeof backfill>({ ...input, resumeDate: addDays(date, 1), totals });
    }
  }
  return totals;
}
