import { proxyActivities } from '@temporalio/workflow';
import type { Activities, TransformResult } from '../activities/index.ts';

const { syncStores, transformDay: buildStoreDaily } = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    maximumAttempts: 8,
  },
});

/** One store-local date: refresh the store list (time zones), then rebuild analytics for it. */
export async function transformDay(input: { date: string }): Promise<TransformResult> {
  await syncStores();
  return buildStoreDaily({ date: input.date });
}
