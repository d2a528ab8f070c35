/**
 * What an alert webhook receives: a JSON body per notification (an alert opened or resolved)
 * with an idempotency key, sent as the Idempotency-Key header as well. The key is the
 * episode's key and the event, so a receiver can drop repeats (Temporal retries a delivery
 * until it is acknowledged) and still get both the opening and the resolution of an episode.
 */
import type { StoredAlert } from './episodes.ts';
import type { HealthHour } from './model.ts';

export const ALERT_EVENTS = ['opened', 'resolved'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

/** One notification to deliver: small, so it travels in workflow histories. */
export interface AlertNotification {
  event: AlertEvent;
  episode_key: string;
}

/** A stored alert with the evidence of its opening hours. */
export interface AlertRecord extends StoredAlert {
  evidence: HealthHour[];
}

export interface WebhookBody extends AlertRecord {
  idempotency_key: string;
  event: AlertEvent;
}

export const idempotencyKey = (n: AlertNotification): string => `${n.episode_key}:${n.event}`;

export function webhookBody(event: AlertEvent, alert: AlertRecord): WebhookBody {
  return {
    idempotency_key: idempotencyKey({ event, episode_key: alert.episode_key }),
    event,
    episode_key: alert.episode_key,
    store_id: alert.store_id,
    sensor_id: alert.sensor_id,
    kind: alert.kind,
    started_at: alert.started_at,
    opened_at: alert.opened_at,
    resolved_at: event === 'resolved' ? alert.resolved_at : null,
    evidence: alert.evidence,
  };
}
