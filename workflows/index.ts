/** Every workflow the worker runs. This file is the worker's workflowsPath bundle entry. */
export { ingestHour } from './ingest-hour.ts';
export { notifyAlerts } from './notify-alerts.ts';
export { buildDay } from './build-day.ts';
export { backfillDays } from './backfill-days.ts';
export { forecastDays } from './forecast-days.ts';
export { ingestHourly, buildNightly } from './scheduled.ts';
// The types recorded before docs/decisions/0008, kept until no run of them is open.
export { collectAndIngestHour, transformDay, backfill, hourlyCollect, nightlyTransform } from './legacy.ts';
