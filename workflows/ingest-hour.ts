import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities, ExtractResult, LoadResult } from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { buildDay } from './build-day.ts';
import { runChild } from './children.ts';
import { buildDayStart } from './ids.ts';

const { extractHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.extract);
const { loadHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.load);
const { builtDaysOfHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);

export interface IngestHourInput {
  hourUtc: string;
  /** Dates the caller (a backfill) builds itself after this hour: not rebuilt here. */
  buildsPlanned?: { fromDate: string; toDate: string };
  /** Only these stores are fetched again, into the hour already in the lake (a store backfill). */
  stores?: number[];
}

export interface IngestHourResult {
  hourUtc: string;
  datasets: { extracted: ExtractResult; loaded: LoadResult }[];
  /** Store-local dates already built without this hour, rebuilt once it landed (late data). */
  rebuilt: string[];
}

/**
 * Ingests one UTC hour: each dataset extracted from the source to the lake, then loaded to
 * raw. If a day containing the hour (in any of the chain's zones) was built after that day
 * was over, the hour came late: that day is built again, after the load, as a child.
 */
export async function ingestHour(input: IngestHourInput): Promise<IngestHourResult> {
  const { workflowId, runId } = workflowInfo();
  const datasets = await Promise.all(
    DATASETS.map(async (dataset) => {
      const extracted = await extractHour({
        dataset,
        hourUtc: input.hourUtc,
        workflowId,
        runId,
        ...(input.stores ? { stores: input.stores } : {}),
      });
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
  const planned = input.buildsPlanned;
  const rebuilt = (await builtDaysOfHour({ hourUtc: input.hourUtc })).filter(
    (d) => !planned || d < planned.fromDate || d > planned.toDate,
  );
  for (const date of rebuilt) await runChild(buildDay, buildDayStart(date), { date });
  return { hourUtc: input.hourUtc, datasets, rebuilt };
}
