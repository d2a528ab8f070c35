/**
 * The worker's activities, built over shared dependencies. Workflows import only the
 * *type* of this object, through proxyActivities.
 */
import type { ActivityDeps } from './deps.ts';
import { makeExtract } from './extract.ts';
import { makeLoad } from './load.ts';
import { makePlan } from './plan.ts';
import { makeSyncStores } from './stores.ts';
import { makeTransform } from './transform.ts';

export function createActivities(deps: ActivityDeps) {
  return {
    extractHour: makeExtract(deps),
    loadHour: makeLoad(deps),
    syncStores: makeSyncStores(deps),
    transformDay: makeTransform(deps),
    ...makePlan(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type { ExtractInput, ExtractResult } from './extract.ts';
export type { LoadInput, LoadResult } from './load.ts';
export type { TransformResult } from './transform.ts';
export type { RunRef } from './deps.ts';
