/** Every workflow the worker runs. This file is the worker's workflowsPath bundle entry. */
export { collectAndIngestHour } from './collectAndIngestHour.ts';
export { transformDay } from './transformDay.ts';
export { backfill } from './backfill.ts';
export { hourlyCollect, nightlyTransform } from './scheduled.ts';
