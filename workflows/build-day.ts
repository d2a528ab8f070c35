import { proxyActivities } from '@temporalio/workflow';
import type { Activities, DayModelsResult } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';

const { syncStores, buildDayModels } = proxyActivities<Activities>(ACTIVITY_OPTIONS.build);

/**
 * Builds one store-local date: refresh the reference data (stores, opening hours, sensors), then
 * the day's analytics models and their data tests. The result's status says whether the day
 * was published or failed its tests (with their names).
 */
export async function buildDay(input: { date: string }): Promise<DayModelsResult> {
  await syncStores();
  return buildDayModels({ date: input.date });
}
