import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities, ExtractResult, LoadResult } from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';

const { extractHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.extract);
const { loadHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.load);

export interface IngestHourResult {
  hourUtc: string;
  datasets: { extracted: ExtractResult; loaded: LoadResult }[];
}

/** Ingests one UTC hour: each dataset extracted from the source to the lake, then loaded to raw. */
export async function ingestHour(input: { hourUtc: string }): Promise<IngestHourResult> {
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
