/**
 * The worker's activities, built over shared dependencies. Workflows import only the
 * *type* of this object, through proxyActivities.
 */
import { makeBuildDayModels } from './build-day-models.ts';
import type { ActivityDeps } from './deps.ts';
import { makeExtractHour } from './extract-hour.ts';
import { makeIngestHours } from './ingest-hours.ts';
import { makeLoadHour } from './load-hour.ts';
import { makePlan } from './plan.ts';
import { makeSyncStores } from './sync-stores.ts';

export function createActivities(deps: ActivityDeps) {
  return {
    extractHour: makeExtractHour(deps),
    loadHour: makeLoadHour(deps),
    ingestHours: makeIngestHours(deps),
    syncStores: makeSyncStores(deps),
    buildDayModels: makeBuildDayModels(deps),
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
export type { RunRef } from './deps.ts';
