/**
 * The workflow types recorded before the vocabulary of docs/decisions/0008, frozen so that
 * runs started under those names (and the old schedules, until `npm start` replaces them)
 * replay and finish. New code never starts them. Delete this file, the `transformDay`
 * activity name and tests/fixtures/histories/ once no run of these types is open.
 *
 * Each keeps its body as recorded (collectAndIngestHour: ingestHour before late-data rebuilds).
 */
import { ApplicationFailure, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities, DayModelsResult, LegacyActivities } from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { addDays, formatUtcHour, isHourOver, recentHours, toLocal } from '../lib/time.ts';
import { runChild } from './children.ts';
import type { IngestHourResult } from './ingest-hour.ts';

/** The range workflow's input and result before it recorded failures and progress. */
interface BackfillInput {
  fromDate: string;
  toDate: string;
  onlyMissing?: boolean;
  concurrency?: number;
  resumeDate?: string;
  totals?: BackfillResult;
}
interface BackfillResult {
  days: number;
  hours: number;
}

/** Was: one UTC hour. Its own function, because a child's type is its function's name. */
export async function collectAndIngestHour(input: { hourUtc: string }): Promise<IngestHourResult> {
  const { workflowId, runId } = workflowInfo();
  const datasets = await Promise.all(
    DATASETS.map(async (dataset) => {
      const extracted = await extractHour({ dataset, hourUtc: input.hourUtc, workflowId, runId });
      const loaded = await loadHour({
        dataset,
        hourUtc: extracted.hourUtc,
        blobPath: extracted.blobPath,
        workflowId,
        runId,
      });
      return { extracted, loaded };
    }),
  );
  return { hourUtc: input.hourUtc, datasets, rebuilt: [] };
}

const { syncStores, hoursOfDay, missingHours } = proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);
const { extractHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.extract);
const { loadHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.load);
const { transformDay: buildDayModels } = proxyActivities<LegacyActivities>(ACTIVITY_OPTIONS.build);

const collectHourStart = (hourUtc: string) => ({
  workflowId: `collect-hour-${hourUtc.slice(0, 13)}`,
  staticSummary: `Collect ${hourUtc}: visitors and transactions, API -> lake -> raw`,
});
const transformDayStart = (date: string) => ({
  workflowId: `transform-day-${date}`,
  staticSummary: `Transform ${date} (store-local): raw -> analytics.store_hourly, store_daily`,
});

/** Was: one store-local date, built under the activity name transformDay. */
export async function transformDay(input: { date: string }): Promise<DayModelsResult> {
  await syncStores();
  return buildDayModels({ date: input.date });
}

/** Was: the range workflow, with children under the old types and ids. */
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
    const finished = (await hoursOfDay({ date })).filter((h) => isHourOver(h, Date.now()));
    const hours = input.onlyMissing ? await missingHours({ hours: finished }) : finished;
    let next = 0;
    const lanes = Array.from({ length: Math.min(input.concurrency ?? 4, hours.length) }, async () => {
      while (next < hours.length) {
        const hourUtc = hours[next++]!;
        await runChild(collectAndIngestHour, collectHourStart(hourUtc), { hourUtc });
      }
    });
    await Promise.all(lanes);
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

/** Was: schedule hourly-collect. */
export async function hourlyCollect(): Promise<{ collected: string[] }> {
  const window = recentHours(Date.now(), 24);
  const stale = await missingHours({ hours: window.slice(0, -1) });
  const collected = [...stale, window.at(-1)!];
  for (const hourUtc of collected)
    await runChild(collectAndIngestHour, collectHourStart(hourUtc), { hourUtc });
  return { collected };
}

/** Was: schedule nightly-transform, which ran the range workflow inline (a one-day range never continues as new). */
export async function nightlyTransform(input: { timeZone: string }): Promise<BackfillResult> {
  const yesterday = addDays(toLocal(formatUtcHour(Date.now()), input.timeZone).localDate, -1);
  return backfill({ fromDate: yesterday, toDate: yesterday, onlyMissing: true });
}
