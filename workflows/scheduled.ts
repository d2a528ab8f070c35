/**
 * What the Temporal schedules start. Schedules pass fixed arguments, so these compute
 * "which hour" and "which day" from the workflow's own clock (deterministic in Temporal),
 * then hand over to the business-key workflows.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { addDays, formatUtcHour, hoursInRange, lastCompleteHour, toLocal } from '../lib/time.ts';
import { backfill, type BackfillResult } from './backfill.ts';
import { collectAndIngestHour } from './collectAndIngestHour.ts';
import { runChild } from './children.ts';
import { collectHourStart } from './ids.ts';

const { missingHours } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 5 },
});

/** How far back the hourly run looks for hours that failed or were never collected. */
const SELF_HEAL_HOURS = 24;

/** Collects the hour that just ended, plus any hour of the last day that is still missing. */
export async function hourlyCollect(): Promise<{ collected: string[] }> {
  const last = lastCompleteHour(Date.now());
  const window = hoursInRange(formatUtcHour(Date.parse(last) - (SELF_HEAL_HOURS - 1) * 3_600_000), last);
  const stale = await missingHours({ hours: window });
  const collected = [...stale, last];
  for (const hourUtc of collected) {
    await runChild(collectAndIngestHour, collectHourStart(hourUtc), { hourUtc });
  }
  return { collected };
}

/** Nightly: yesterday in the chain's time zone, completing any missing hour, then transformed. */
export async function nightlyTransform(input: { timeZone: string }): Promise<BackfillResult> {
  const today = toLocal(formatUtcHour(Date.now()), input.timeZone).localDate;
  const yesterday = addDays(today, -1);
  return backfill({ fromDate: yesterday, toDate: yesterday, onlyMissing: true });
}
