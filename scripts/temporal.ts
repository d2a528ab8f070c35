/** Client-side Temporal helpers shared by the CLI and the local launcher. */
import {
  Client,
  Connection,
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type ScheduleOptions,
} from '@temporalio/client';
import type { Config } from '../lib/config.ts';
import { temporalConnectOptions } from '../lib/temporal-connection.ts';
import { SCHEDULES } from '../workflows/ids.ts';
import { buildNightly, ingestHourly } from '../workflows/index.ts';

export async function temporalClient(config: Config): Promise<Client> {
  const connection = await Connection.connect(temporalConnectOptions(config.temporal));
  return new Client({ connection, namespace: config.temporal.namespace });
}

/** The zone of the original chain's stores, whose calendar day the launcher's first backfill uses. */
export const NIGHTLY_TIME_ZONE = 'Europe/Paris';

/** Schedules created before docs/decisions/0008; they start the frozen workflows of workflows/legacy.ts. */
const LEGACY_SCHEDULES = ['hourly-collect', 'nightly-transform'];

/**
 * The two schedules as they should be: ingest-hourly at :05 every hour (the source needs a
 * few minutes to close the hour); build-nightly at :15 every hour in UTC, building each zone
 * whose local time just passed 03:00 (lib/nightly.ts), so one schedule serves any mix of
 * zones, and a store sync that adds a zone needs no new schedule. Overlapping runs are
 * skipped; a day of missed runs is caught up (older holes are found by ingestHourly itself).
 */
export function scheduleOptions(taskQueue: string, maxLookbackDays?: number): ScheduleOptions[] {
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' as const };
  return [
    {
      scheduleId: SCHEDULES.ingestHourly,
      spec: { calendars: [{ hour: '*', minute: 5 }] },
      action: {
        type: 'startWorkflow',
        workflowType: ingestHourly,
        workflowId: SCHEDULES.ingestHourly,
        taskQueue,
        args: [maxLookbackDays === undefined ? {} : { maxLookbackDays }],
        staticSummary:
          'Hourly: ingest the hour that just ended and any hour of the last day still missing; backfill older holes',
      },
      policies,
    },
    {
      scheduleId: SCHEDULES.buildNightly,
      spec: { calendars: [{ hour: '*', minute: 15 }] },
      action: {
        type: 'startWorkflow',
        workflowType: buildNightly,
        workflowId: SCHEDULES.buildNightly,
        taskQueue,
        args: [{}],
        staticSummary:
          "Nightly, per time zone at 03:00 local: ingest that zone's yesterday's missing hours, then build it",
      },
      policies,
    },
  ];
}

/**
 * Creates the schedules, or updates them to the current spec and action if they exist, and
 * deletes the schedules they replace, so an upgraded namespace does not run both.
 */
export async function ensureSchedules(
  client: Client,
  taskQueue: string,
  maxLookbackDays?: number,
): Promise<{ created: string[]; updated: string[]; replaced: string[] }> {
  const created: string[] = [];
  const updated: string[] = [];
  for (const options of scheduleOptions(taskQueue, maxLookbackDays)) {
    try {
      await client.schedule.create(options);
      created.push(options.scheduleId);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await client.schedule.getHandle(options.scheduleId).update((previous) => ({
        ...previous,
        spec: options.spec,
        action: options.action,
        policies: { ...previous.policies, ...options.policies },
      }));
      updated.push(options.scheduleId);
    }
  }
  const replaced: string[] = [];
  for (const id of LEGACY_SCHEDULES) {
    try {
      await client.schedule.getHandle(id).delete();
      replaced.push(id);
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
    }
  }
  return { created, updated, replaced };
}
