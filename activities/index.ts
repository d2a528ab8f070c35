/**
 * The worker's activities, built over shared dependencies. Workflows import only the
 * *type* of this object, through proxyActivities.
 */
import { makeBuildDayModels } from './build-day-models.ts';
import { makeCheckSensorHealth } from './check-sensor-health.ts';
import type { ActivityDeps } from './deps.ts';
import { makeExtractHour } from './extract-hour.ts';
import { makeForecastStoreHours } from './forecast-store-hours.ts';
import { makeIngestHours } from './ingest-hours.ts';
import { makeLoadHour } from './load-hour.ts';
import { makeNotifyAlert } from './notify-alert.ts';
import { makePlan } from './plan.ts';
import { makeSyncStores } from './sync-stores.ts';

export function createActivities(deps: ActivityDeps) {
  return {
    extractHour: makeExtractHour(deps),
    loadHour: makeLoadHour(deps),
    ingestHours: makeIngestHours(deps),
    syncStores: makeSyncStores(deps),
    buildDayModels: makeBuildDayModels(deps),
    checkSensorHealth: makeCheckSensorHealth(deps),
    notifyAlert: makeNotifyAlert(deps),
    forecastStoreHours: makeForecastStoreHours(deps),
    ...makePlan(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;

/** Activity names that only the frozen workflows of workflows/legacy.ts schedule. */
export function createLegacyActivities(activities: Activities) {
  return { transformDay: activities.buildDayModels };
}
export type LegacyActivities = ReturnType<typeof createLegacyActivities>;

export type { ExtractInput, ExtractResult } from './extract-hour.ts';
export type { LoadInput, LoadResult } from './load-hour.ts';
export type { IngestHoursInput, IngestHoursResult } from './ingest-hours.ts';
export type { DayModelsResult } from './build-day-models.ts';
export type { SensorHealthResult } from './check-sensor-health.ts';
export type { AlertNotification } from '../lib/alerts/webhook.ts';
export type { ForecastInput, ForecastResult } from './forecast-store-hours.ts';
export type { RunRef } from './deps.ts';
