import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities, ExtractResult, LoadResult } from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';

const { extractHour } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '5 minutes',
    maximumAttempts: 10,
  },
});
const { loadHour } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '5 minutes',
    maximumAttempts: 10,
  },
});

export interface HourResult {
  hourUtc: string;
  datasets: { extracted: ExtractResult; loaded: LoadResult }[];
}

/** One UTC hour: both datasets from the source into the lake, then from the lake into raw. */
export async function collectAndIngestHour(input: { hourUtc: string }): Promise<HourResult> {
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
  return { hourUtc: input.hourUtc, datasets };
}
