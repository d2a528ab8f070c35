/**
 * notifyAlert: post one alert notification (opened or resolved) to ALERT_WEBHOOK_URL as JSON,
 * with its idempotency key in the Idempotency-Key header and the body, and record when the
 * receiver acknowledged it. Network errors, timeouts and 5xx/408/429 are retried by Temporal
 * with backoff (lib/retry.ts, ACTIVITY_OPTIONS.notify); other 4xx mean the receiver refuses
 * the request as it is, so retrying cannot help.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import { ALERT_KINDS } from '../lib/alerts/model.ts';
import { idempotencyKey, webhookBody, type AlertNotification } from '../lib/alerts/webhook.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { num, toIsoHour } from '../lib/db/values.ts';
import type { ActivityDeps } from './deps.ts';

const WEBHOOK_TIMEOUT_MS = 10_000;

const evidence = z.array(
  z.object({
    hour_utc: z.string(),
    condition: z.string(),
    reading: z.number().nullable(),
    expected: z.number().nullable(),
  }),
);

export function makeNotifyAlert(deps: ActivityDeps) {
  return async function notifyAlert(
    input: AlertNotification,
  ): Promise<{ delivered: boolean; status?: number }> {
    const url = deps.alertWebhookUrl;
    if (!url) return { delivered: false };
    const alertsT = tableRef(deps.db, 'analytics', ANALYTICS.sensorAlerts).qualified;
    const row = (await deps.db(alertsT).where('episode_key', input.episode_key).first()) as
      Record<string, unknown> | undefined;
    if (!row)
      throw ApplicationFailure.nonRetryable(`no alert ${input.episode_key} in ${alertsT}`, 'AlertNotFound');
    const kind = String(row.kind);
    if (!(ALERT_KINDS as readonly string[]).includes(kind))
      throw ApplicationFailure.nonRetryable(
        `alert ${input.episode_key} has unknown kind ${kind}`,
        'AlertInvalid',
      );
    const body = webhookBody(input.event, {
      episode_key: input.episode_key,
      store_id: num(row.store_id),
      sensor_id: num(row.sensor_id),
      kind: kind as (typeof ALERT_KINDS)[number],
      started_at: toIsoHour(row.started_at),
      opened_at: toIsoHour(row.opened_at),
      resolved_at: row.resolved_at === null ? null : toIsoHour(row.resolved_at),
      evidence: evidence.parse(JSON.parse(String(row.evidence))) as ReturnType<
        typeof webhookBody
      >['evidence'],
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey(input) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    // The answer's body is not needed, but reading it frees the connection.
    const text = await response.text();
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
      throw ApplicationFailure.nonRetryable(
        `alert webhook refused ${idempotencyKey(input)}: HTTP ${response.status} ${text.slice(0, 200)}`,
        'AlertWebhookRejected',
      );
    if (!response.ok) throw new Error(`alert webhook: HTTP ${response.status} ${text.slice(0, 200)}`);
    const column = input.event === 'opened' ? 'notified_opened_at' : 'notified_resolved_at';
    await deps
      .db(alertsT)
      .where('episode_key', input.episode_key)
      .update({ [column]: new Date().toISOString() });
    return { delivered: true, status: response.status };
  };
}
