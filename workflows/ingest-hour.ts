import {
  log,
  ParentClosePolicy,
  patched,
  proxyActivities,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities, ExtractResult, LoadResult, SensorHealthResult } from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { buildDay } from './build-day.ts';
import { runChild } from './children.ts';
import { buildDayStart, notifyAlertsId } from './ids.ts';
import { notifyAlerts } from './notify-alerts.ts';

const { extractHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.extract);
const { loadHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.load);
const { builtDaysOfHour } = proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);
const { checkSensorHealth } = proxyActivities<Activities>(ACTIVITY_OPTIONS.check);

/** patched() marker of the sensor-health check: histories recorded before it replay without it. */
export const SENSOR_ALERTS_PATCH = 'sensor-alerts';

export interface IngestHourInput {
  hourUtc: string;
  /** Dates the caller (a backfill) builds itself after this hour: not rebuilt here. */
  buildsPlanned?: { fromDate: string; toDate: string };
  /** Only these stores are fetched again, into the hour already in the lake (a store backfill). */
  stores?: number[];
}

export interface IngestHourResult {
  hourUtc: string;
  datasets: { extracted: ExtractResult; loaded: LoadResult }[];
  /** Store-local dates already built without this hour, rebuilt once it landed (late data). */
  rebuilt: string[];
  /** The sensor-health check of the hour (absent in runs from before it, or when it failed: see error). */
  alerts?: Omit<SensorHealthResult, 'notifications'> & { notifications: number; notifyWorkflowId?: string };
  alertsError?: string;
}

/**
 * The hour's sensor-health check, and its notifications handed to a notifyAlerts child that
 * is left running: ingestion neither waits for the webhook nor fails with it. A check that
 * fails after its retries is reported in the result, not thrown: the hour is ingested.
 */
async function checkAlerts(hourUtc: string): Promise<Pick<IngestHourResult, 'alerts' | 'alertsError'>> {
  try {
    const { notifications, ...checked } = await checkSensorHealth({ hourUtc });
    if (notifications.length === 0) return { alerts: { ...checked, notifications: 0 } };
    const workflowId = notifyAlertsId(hourUtc, workflowInfo().runId);
    await startChild(notifyAlerts, {
      workflowId,
      args: [{ notifications }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      staticSummary: `Notify ${notifications.length} sensor alert change(s) of ${hourUtc}`,
    });
    return { alerts: { ...checked, notifications: notifications.length, notifyWorkflowId: workflowId } };
  } catch (err) {
    log.warn('sensor-health check failed; the hour is ingested all the same', {
      hourUtc,
      error: String(err),
    });
    return { alertsError: String((err as Error).message ?? err) };
  }
}

/**
 * Ingests one UTC hour: each dataset extracted from the source to the lake, then loaded to
 * raw. If a day containing the hour (in any of the chain's zones) was built after that day
 * was over, the hour came late: that day is built again, after the load, as a child. After
 * the load, each sensor's reading of the hour is checked and alerts opened or resolved.
 */
export async function ingestHour(input: IngestHourInput): Promise<IngestHourResult> {
  const { workflowId, runId } = workflowInfo();
  const datasets = await Promise.all(
    DATASETS.map(async (dataset) => {
      const extracted = await extractHour({
        dataset,
        hourUtc: input.hourUtc,
        workflowId,
        runId,
        ...(input.stores ? { stores: input.stores } : {}),
      });
      const loaded = await loadHour({
        dataset,
        hourUtc: extracted.hourUtc,
        blobPath: extracted.blobPath,
        workflowId,
        runId,
      });
      return { extracted, loaded };
    }),
  );
  const alerts = patched(SENSOR_ALERTS_PATCH) ? await checkAlerts(input.hourUtc) : {};
  const planned = input.buildsPlanned;
  const rebuilt = (await builtDaysOfHour({ hourUtc: input.hourUtc })).filter(
    (d) => !planned || d < planned.fromDate || d > planned.toDate,
  );
  for (const date of rebuilt) await runChild(buildDay, buildDayStart(date), { date });
  return { hourUtc: input.hourUtc, datasets, rebuilt, ...alerts };
}
