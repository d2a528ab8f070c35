/**
 * Sensor-health alerts for the dashboard (analytics.sensor_alerts, issue 11): the open ones,
 * newest first, and how many each store has open.
 */
import type { Knex } from 'knex';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { num, toIsoHour, type Row } from '#lib/db/values.ts';
import { ALERT_KINDS, type AlertKind } from '#lib/alerts/model.ts';

export interface OpenAlert {
  episodeKey: string;
  storeId: number;
  sensorId: number;
  kind: AlertKind;
  /** Data hours (UTC): the first faulty opening hour, and the hour whose check raised it. */
  startedAt: string;
  openedAt: string;
  /** Whether the webhook acknowledged the opening (false too when none is configured). */
  notified: boolean;
}

const alertsTable = (db: Knex) => tableRef(db, 'analytics', ANALYTICS.sensorAlerts).qualified;
const kindOf = (v: unknown): AlertKind =>
  (ALERT_KINDS as readonly string[]).includes(String(v)) ? (String(v) as AlertKind) : 'silent';

/** Open alerts, of one store or all, newest first: at most `limit`, with how many there are. */
export async function openAlerts(
  db: Knex,
  storeId?: number,
  limit = 100,
): Promise<{ alerts: OpenAlert[]; total: number }> {
  const open = () => {
    const q = db(alertsTable(db)).whereNull('resolved_at');
    return storeId === undefined ? q : q.where('store_id', storeId);
  };
  const [rows, counted] = await Promise.all([
    open()
      .select('episode_key', 'store_id', 'sensor_id', 'kind', 'started_at', 'opened_at', 'notified_opened_at')
      .orderBy([
        { column: 'opened_at', order: 'desc' },
        { column: 'episode_key', order: 'asc' },
      ])
      .limit(limit) as Promise<Row[]>,
    open().count({ n: '*' }) as Promise<Row[]>,
  ]);
  return {
    alerts: rows.map((r) => ({
      episodeKey: String(r.episode_key),
      storeId: num(r.store_id),
      sensorId: num(r.sensor_id),
      kind: kindOf(r.kind),
      startedAt: toIsoHour(r.started_at),
      openedAt: toIsoHour(r.opened_at),
      notified: r.notified_opened_at !== null,
    })),
    total: num(counted[0]?.n ?? 0),
  };
}

export interface StoreAlertCount {
  storeId: number;
  open: number;
}

/** Stores with open alerts and how many, most first. */
export async function openAlertsByStore(db: Knex): Promise<StoreAlertCount[]> {
  const rows: Row[] = await db(alertsTable(db))
    .whereNull('resolved_at')
    .groupBy('store_id')
    .select('store_id')
    .count({ n: '*' });
  return rows
    .map((r) => ({ storeId: num(r.store_id), open: num(r.n) }))
    .sort((a, b) => b.open - a.open || a.storeId - b.storeId);
}
