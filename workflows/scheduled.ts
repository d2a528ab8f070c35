/**
 * What the Temporal schedules start, each named after its schedule. Schedules pass fixed
 * arguments, so these compute "which hour" and "which day" from the schedule's action time
 * (the TemporalScheduledStartTime search attribute), so that catch-up after downtime, the UI's
 * Backfill and `temporal schedule backfill` process the hours of their own range; started by
 * hand, they fall back to the workflow's clock (deterministic in Temporal). They run the
 * business-key workflows as children: a child keeps its own history, retries and continue-as-new.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { ParentClosePolicy, patched, proxyActivities, startChild, workflowInfo } from '@temporalio/workflow';
import type { Activities, ForecastResult } from '../activities/index.ts';
import type { BackfillResult } from '../lib/backfill-progress.ts';
import { isAlreadyStarted, ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { localDateRange, nightlyDays } from '../lib/nightly.ts';
import { HOUR_MS, recentHours } from '../lib/time.ts';
import { backfillDays } from './backfill-days.ts';
import { runChild } from './children.ts';
import { forecastDays } from './forecast-days.ts';
import { backfillDaysStart, forecastDaysStart, ingestHourStart } from './ids.ts';
import { ingestHour } from './ingest-hour.ts';

const { missingHours, missingHoursBefore, chainTimeZones, syncStores } = proxyActivities<Activities>(
  ACTIVITY_OPTIONS.plan,
);

/** How far back the hourly run itself looks for hours that failed or were never ingested. */
const SELF_HEAL_HOURS = 24;
/** How far back, at most, older holes are found and backfilled (a downtime longer than that is a manual backfill). */
export const DEFAULT_MAX_LOOKBACK_DAYS = 90;

const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/** When the schedule meant this run to happen, in ms; the workflow's own clock when no schedule started it. */
function actionTime(): number {
  return workflowInfo().typedSearchAttributes.get(SCHEDULED_START)?.getTime() ?? Date.now();
}

export interface IngestHourlyResult {
  ingested: string[];
  /** The backfill started for holes older than the self-heal window, if any. */
  backfill?: { workflowId: string; hours: number };
}

/**
 * Schedule ingest-hourly: the hour that ended before its action time, plus any hour of the
 * day before still missing. Holes older than that (a downtime of days) are handed to a
 * backfill of their dates, started and left running, so this run stays quick and the next
 * hour's run is not skipped behind it.
 */
export async function ingestHourly(input: { maxLookbackDays?: number } = {}): Promise<IngestHourlyResult> {
  const window = recentHours(actionTime(), SELF_HEAL_HOURS);
  const last = window.at(-1)!;
  // The hour that just ended is what this run is for: ingested whatever the log says.
  const stale = await missingHours({ hours: window.slice(0, -1) });
  const ingested = [...stale, last];
  for (const hourUtc of ingested) await runChild(ingestHour, ingestHourStart(hourUtc), { hourUtc });

  const older = await missingHoursBefore({
    beforeHour: window[0]!,
    maxLookbackHours: (input.maxLookbackDays ?? DEFAULT_MAX_LOOKBACK_DAYS) * 24,
  });
  if (older.length === 0) return { ingested };
  const { fromDate, toDate } = localDateRange(older, await chainTimeZones());
  const start = backfillDaysStart(fromDate, toDate);
  try {
    await startChild(backfillDays, {
      ...start,
      args: [{ fromDate, toDate, onlyMissing: true }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (err) {
    // The same holes are being collected by an earlier run's backfill.
    if (!isAlreadyStarted(err)) throw err;
  }
  return { ingested, backfill: { workflowId: start.workflowId, hours: older.length } };
}

export interface BuildNightlyResult {
  /** forecast: absent when the day was not built (or in runs started before forecasts). */
  days: { date: string; timeZones: string[]; result: BackfillResult; forecast?: ForecastResult }[];
}

/** The patch that added the forecast after each nightly build, so runs recorded before it replay. */
export const FORECAST_PATCH = 'forecast-after-nightly-build';

/**
 * Schedule build-nightly, hourly: for each time zone of the chain where the action time is
 * 03:00, that zone's yesterday as a child backfill of one day, which ingests the day's
 * missing hours, then builds it, then (a child forecastDays) forecasts the zones' stores for
 * the 7 days after it. With `timeZone` (schedules made before per-zone nightly runs, or a run
 * by hand), that zone's yesterday whatever its local hour.
 */
export async function buildNightly(input: { timeZone?: string } = {}): Promise<BuildNightlyResult> {
  // The action time rounded down to its hour: a run at 03:00:00.2 is still 03:00's.
  const at = Math.floor(actionTime() / HOUR_MS) * HOUR_MS;
  // The store list first: a new store may bring a new zone, and a fresh warehouse has none yet.
  let zones: string[] = [];
  if (!input.timeZone) {
    await syncStores();
    zones = await chainTimeZones();
  }
  const days: BuildNightlyResult['days'] = [];
  for (const { date, timeZones } of nightlyDays(at, zones, input.timeZone)) {
    const result = await runChild(backfillDays, backfillDaysStart(date, date), {
      fromDate: date,
      toDate: date,
      onlyMissing: true,
    });
    // A day that failed to build is not forecast from: its history would miss the day.
    const built = !result.failures.some((f) => f.kind === 'day' && f.key === date);
    if (built && patched(FORECAST_PATCH)) {
      const forecast = await runChild(forecastDays, forecastDaysStart(date), { originDate: date, timeZones });
      days.push({ date, timeZones, result, forecast });
    } else days.push({ date, timeZones, result });
  }
  return { days };
}
