import { proxyActivities } from '@temporalio/workflow';
import type { Activities, ForecastInput, ForecastResult } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';

const { forecastStoreHours } = proxyActivities<Activities>(ACTIVITY_OPTIONS.build);

/**
 * Forecasts the 7 store-local days after an origin (the last built day) from the cleaned
 * history, with the staffing plan drawn from it; re-running an origin replaces its rows.
 */
export async function forecastDays(input: ForecastInput): Promise<ForecastResult> {
  return forecastStoreHours(input);
}
