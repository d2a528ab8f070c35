import { ApplicationFailure, log, proxyActivities } from '@temporalio/workflow';
import type { Activities, AlertNotification } from '../activities/index.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';

const { notifyAlert } = proxyActivities<Activities>(ACTIVITY_OPTIONS.notify);

export interface NotifyAlertsResult {
  delivered: number;
  failed: string[];
}

/**
 * Delivers an hour's alert notifications to the webhook, each retried with backoff on its
 * own. Started by ingestHour and left to run (abandoned), so a receiver that is down delays
 * nothing and fails no ingestion; a notification whose retries run out fails this workflow,
 * where operators see it, after the others were tried.
 */
export async function notifyAlerts(input: {
  notifications: AlertNotification[];
}): Promise<NotifyAlertsResult> {
  let delivered = 0;
  const failed: string[] = [];
  for (const n of input.notifications) {
    try {
      if ((await notifyAlert(n)).delivered) delivered++;
    } catch (err) {
      log.warn('alert notification not delivered', {
        episodeKey: n.episode_key,
        event: n.event,
        error: String(err),
      });
      failed.push(`${n.episode_key}:${n.event}`);
    }
  }
  if (failed.length > 0)
    throw ApplicationFailure.nonRetryable(
      `alert notifications not delivered: ${failed.join(', ')}`,
      'AlertsNotDelivered',
    );
  return { delivered, failed };
}
