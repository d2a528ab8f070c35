import { proxyActivities } from '@temporalio/workflow';
import type { Activities, DayModelsResult } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';

const { syncStores, buildDayModels } = proxyActivities<Activities>(ACTIVITY_OPTIONS.build);

/** Builds one store-local date: refresh the store list (time zones), then the day's analytics models. */
export async function buildDay(input: { date: string }): Promise<DayModelsResult> {
  await syncStores();
  return buildDayModels({ date: input.date });
}
