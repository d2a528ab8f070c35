/** Client-side Temporal helpers shared by the CLI and the local launcher. */
import {
  Client,
  Connection,
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import type { Config } from '../lib/config.ts';
import { temporalConnectOptions } from '../lib/temporal-connection.ts';
import { SCHEDULES } from '../workflows/ids.ts';
import { buildNightly, ingestHourly } from '../workflows/index.ts';

export async function temporalClient(config: Config): Promise<Client> {
  const connection = await Connection.connect(temporalConnectOptions(config.temporal));
  return new Client({ connection, namespace: config.temporal.namespace });
}

/** The chain's wall-clock zone for the nightly run (all original stores are in Paris). */
export const NIGHTLY_TIME_ZONE = 'Europe/Paris';

/** Schedules created before docs/decisions/0008; they start the frozen workflows of workflows/legacy.ts. */
const LEGACY_SCHEDULES = ['hourly-collect', 'nightly-transform'];

/**
 * Creates the two schedules if they do not exist yet: every hour at :05 (the source needs a
 * few minutes to close the hour), and every night at 03:00 Paris time, as the original did.
 * Deletes the schedules they replace, so an upgraded namespace does not run both.
 */
export async function ensureSchedules(
  client: Client,
  taskQueue: string,
): Promise<{ created: string[]; replaced: string[] }> {
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' as const };
  const creations = {
    [SCHEDULES.ingestHourly]: () =>
      client.schedule.create({
        scheduleId: SCHEDULES.ingestHourly,
        spec: { calendars: [{ hour: '*', minute: 5 }] },
        action: {
          type: 'startWorkflow',
          workflowType: ingestHourly,
          workflowId: SCHEDULES.ingestHourly,
          taskQueue,
          args: [],
          staticSummary:
            'Hourly: ingest the hour that just ended, and any hour of the last day still missing',
        },
        policies,
      }),
    [SCHEDULES.buildNightly]: () =>
      client.schedule.create({
        scheduleId: SCHEDULES.buildNightly,
        spec: { calendars: [{ hour: 3, minute: 0 }], timezone: NIGHTLY_TIME_ZONE },
        action: {
          type: 'startWorkflow',
          workflowType: buildNightly,
          workflowId: SCHEDULES.buildNightly,
          taskQueue,
          args: [{ timeZone: NIGHTLY_TIME_ZONE }],
          staticSummary: `Nightly: ingest yesterday's missing hours and build it (${NIGHTLY_TIME_ZONE})`,
        },
        policies,
      }),
  };
  const created: string[] = [];
  for (const [id, create] of Object.entries(creations)) {
    try {
      await create();
      created.push(id);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
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
  return { created, replaced };
}
