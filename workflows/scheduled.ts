/**
 * What the Temporal schedules start, each named after its schedule. Schedules pass fixed
 * arguments, so these compute "which hour" and "which day" from the schedule's action time
 * (the TemporalScheduledStartTime search attribute), so that catch-up after downtime, the UI's
 * Backfill and `temporal schedule backfill` process the hours of their own range; started by
 * hand, they fall back to the workflow's clock (deterministic in Temporal). They run the
 * business-key workflows as children: a child keeps its own history, retries and continue-as-new.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { addDays, formatUtcHour, recentHours, toLocal } from '../lib/time.ts';
import { backfillDays, type BackfillResult } from './backfill-days.ts';
import { runChild } from './children.ts';
import { backfillDaysStart, ingestHourStart } from './ids.ts';
import { ingestHour } from './ingest-hour.ts';

const { missingHours } = proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);

/** How far back the hourly run looks for hours that failed or were never ingested. */
const SELF_HEAL_HOURS = 24;

const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/** When the schedule meant this run to happen, in ms; the workflow's own clock when no schedule started it. */
function actionTime(): number {
  return workflowInfo().typedSearchAttributes.get(SCHEDULED_START)?.getTime() ?? Date.now();
}

/** Schedule ingest-hourly: the hour that ended before its action time, plus any hour of the day before still missing. */
export async function ingestHourly(): Promise<{ ingested: string[] }> {
  const window = recentHours(actionTime(), SELF_HEAL_HOURS);
  const last = window.at(-1)!;
  // The hour that just ended is what this run is for: ingested whatever the log says.
  const stale = await missingHours({ hours: window.slice(0, -1) });
  const ingested = [...stale, last];
  for (const hourUtc of ingested) await runChild(ingestHour, ingestHourStart(hourUtc), { hourUtc });
  return { ingested };
}

/** Schedule build-nightly: the day before its action time in the chain's time zone, missing hours ingested, then built. */
export async function buildNightly(input: { timeZone: string }): Promise<BackfillResult> {
  const yesterday = addDays(toLocal(formatUtcHour(actionTime()), input.timeZone).localDate, -1);
  return runChild(backfillDays, backfillDaysStart(yesterday, yesterday), {
    fromDate: yesterday,
    toDate: yesterday,
    onlyMissing: true,
  });
}
