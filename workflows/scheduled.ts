/**
 * What the Temporal schedules start, each named after its schedule. Schedules pass fixed
 * arguments, so these compute "which hour" and "which day" from the workflow's own clock
 * (deterministic in Temporal), then run the business-key workflows as children: a child
 * keeps its own history, retries and continue-as-new.
 */
import { proxyActivities } from '@temporalio/workflow';
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

/** Schedule ingest-hourly: the hour that just ended, plus any hour of the last day still missing. */
export async function ingestHourly(): Promise<{ ingested: string[] }> {
  const window = recentHours(Date.now(), SELF_HEAL_HOURS);
  const last = window.at(-1)!;
  // The hour that just ended is what this run is for: ingested whatever the log says.
  const stale = await missingHours({ hours: window.slice(0, -1) });
  const ingested = [...stale, last];
  for (const hourUtc of ingested) await runChild(ingestHour, ingestHourStart(hourUtc), { hourUtc });
  return { ingested };
}

/** Schedule build-nightly: yesterday in the chain's time zone, its missing hours ingested, then built. */
export async function buildNightly(input: { timeZone: string }): Promise<BackfillResult> {
  const yesterday = addDays(toLocal(formatUtcHour(Date.now()), input.timeZone).localDate, -1);
  return runChild(backfillDays, backfillDaysStart(yesterday, yesterday), {
    fromDate: yesterday,
    toDate: yesterday,
    onlyMissing: true,
  });
}
