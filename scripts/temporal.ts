/** Client-side Temporal helpers shared by the CLI and the local launcher. */
import { Client, Connection, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { Config } from '../lib/config.ts';
import { hourlyCollect, nightlyTransform } from '../workflows/index.ts';

export async function temporalClient(config: Config): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporal.address });
  return new Client({ connection, namespace: config.temporal.namespace });
}

/** The chain's wall-clock zone for the nightly run (all original stores are in Paris). */
export const NIGHTLY_TIME_ZONE = 'Europe/Paris';

/**
 * Creates the two schedules if they do not exist yet: every hour at :05 (the source needs a
 * few minutes to close the hour), and every night at 03:00 Paris time, as the original did.
 */
export async function ensureSchedules(client: Client, taskQueue: string): Promise<string[]> {
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' as const };
  const creations = {
    'hourly-collect': () =>
      client.schedule.create({
        scheduleId: 'hourly-collect',
        spec: { calendars: [{ hour: '*', minute: 5 }] },
        action: {
          type: 'startWorkflow',
          workflowType: hourlyCollect,
          workflowId: 'hourly-collect',
          taskQueue,
          args: [],
        },
        policies,
      }),
    'nightly-transform': () =>
      client.schedule.create({
        scheduleId: 'nightly-transform',
        spec: { calendars: [{ hour: 3, minute: 0 }], timezone: NIGHTLY_TIME_ZONE },
        action: {
          type: 'startWorkflow',
          workflowType: nightlyTransform,
          workflowId: 'nightly-transform',
          taskQueue,
          args: [{ timeZone: NIGHTLY_TIME_ZONE }],
          staticSummary: `Nightly: complete and transform yesterday (${NIGHTLY_TIME_ZONE})`,
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
  return created;
}
