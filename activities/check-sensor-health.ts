/**
 * checkSensorHealth: after an hour is loaded, judge each sensor's reading of that hour
 * (lib/alerts/health.ts: the cleaning on the store-local day so far), store the verdicts in
 * analytics.sensor_health_hourly, and bring analytics.sensor_alerts in line with the episodes
 * of a window of hours around it (lib/alerts/episodes.ts), in one transaction. Re-running an
 * hour replaces its verdicts and finds the same episodes: no second alert. Returns the
 * notifications the changes call for (none without ALERT_WEBHOOK_URL), for notifyAlerts.
 */
import type { Knex } from 'knex';
import { chainHistory, historyWindow } from '../lib/analytics/cleaning/history.ts';
import { DEFAULT_CLEANING_PARAMS, EMPTY_HISTORY } from '../lib/analytics/cleaning/model.ts';
import { dateAttributes, dayHours, storeDate } from '../lib/analytics/opening.ts';
import { reconcile, sensorEpisodes, type StoredAlert } from '../lib/alerts/episodes.ts';
import { checkLatestHour, driftingSensors, type SensorHealth } from '../lib/alerts/health.ts';
import {
  ALERT_KINDS,
  isAlertKind,
  type AlertKind,
  type Condition,
  type HealthHour,
} from '../lib/alerts/model.ts';
import type { AlertNotification } from '../lib/alerts/webhook.ts';
import { chunk, insertChunked, queryInChunks, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { num, numOrNull, toIsoDate, toIsoHour } from '../lib/db/values.ts';
import { addDays, addHours, hoursInRange, parseUtcHour, toLocal } from '../lib/time.ts';
import { holidaysOf, readStores } from './build-day-models.ts';
import { readCleaningHistory } from './cleaning-history.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

/** Hours either side of the checked hour whose verdicts the episodes are rebuilt from (3 days: a long weekend closed). */
export const EPISODE_WINDOW_HOURS = 72;
/** A store-local day holds at most 25 UTC hours: its start is within this many hours before any of them. */
const DAY_LOOKBACK_HOURS = 25;

export interface SensorHealthResult {
  hourUtc: string;
  /** Sensors judged, by condition. */
  conditions: Partial<Record<Condition, number>>;
  opened: number;
  resolved: number;
  notifications: AlertNotification[];
}

export function makeCheckSensorHealth(deps: ActivityDeps) {
  return async function checkSensorHealth(input: { hourUtc: string }): Promise<SensorHealthResult> {
    return failPermanentlyOn(async () => {
      const hourUtc = parseUtcHour(input.hourUtc);
      const { db } = deps;
      const t = (name: string) => tableRef(db, 'analytics', name).qualified;
      const params = DEFAULT_CLEANING_PARAMS;
      const stores = await readStores(db);
      const empty: SensorHealthResult = {
        hourUtc,
        conditions: {},
        opened: 0,
        resolved: 0,
        notifications: [],
      };
      if (stores.length === 0) return empty;

      // Each store's local date of the hour, and its opening that day (holidays from the chain's API).
      const dateOf = new Map(stores.map((s) => [s.store_id, toLocal(hourUtc, s.timezone).localDate]));
      const dates = [...new Set(dateOf.values())].sort();
      const holidays = new Map<string, Map<string, Map<string, string>>>();
      for (const date of dates) {
        const calendars = [
          ...new Set(stores.flatMap((s) => (s.holiday_calendar ? [s.holiday_calendar] : []))),
        ].sort();
        holidays.set(date, await holidaysOf(deps.apiUrl, calendars, date));
      }

      // The day so far of every store: raw readings of the hours up to this one.
      const rawHours = hoursInRange(addHours(hourUtc, -DAY_LOOKBACK_HOURS), addHours(hourUtc, 1));
      const readings = await queryInChunks(
        rawHours,
        valuesPerInList(dialectOf(db)),
        async (part) =>
          (await db(tableRef(db, 'raw', RAW.visitors).qualified)
            .whereIn('hour_utc', part)
            .select('store_id', 'sensor_id', 'hour_utc', 'local_date', 'visitors')) as Record<
            string,
            unknown
          >[],
      );
      const byStore = new Map<number, Map<number, Map<string, number | null>>>();
      for (const r of readings) {
        const storeId = num(r.store_id);
        if (toIsoDate(r.local_date) !== dateOf.get(storeId)) continue;
        const bySensor = byStore.get(storeId) ?? new Map<number, Map<string, number | null>>();
        byStore.set(storeId, bySensor);
        const sensorId = num(r.sensor_id);
        const byHour = bySensor.get(sensorId) ?? new Map<string, number | null>();
        bySensor.set(sensorId, byHour);
        byHour.set(toIsoHour(r.hour_utc), numOrNull(r.visitors));
      }
      const sensorsOf = new Map<number, number[]>();
      for (const r of (await db(t(ANALYTICS.dimSensor)).select('store_id', 'sensor_id')) as Record<
        string,
        unknown
      >[])
        sensorsOf.set(num(r.store_id), [...(sensorsOf.get(num(r.store_id)) ?? []), num(r.sensor_id)]);

      // History from the day builds before each date, as the build of that date will read it.
      const from = historyWindow(dates[0]!, params).from;
      const to = addDays(dates[dates.length - 1]!, -1);
      const { sensorDays, profileHours } = await readCleaningHistory(db, from, to);
      const histories = new Map(dates.map((d) => [d, chainHistory(d, sensorDays, profileHours, params)]));

      const checked: (SensorHealth & { store_id: number; local_date: string })[] = [];
      for (const store of stores) {
        const bySensor = byStore.get(store.store_id);
        const date = dateOf.get(store.store_id)!;
        // No reading of this hour at all: the hour was not ingested for the store, nothing to judge.
        if (!bySensor || ![...bySensor.values()].some((h) => h.has(hourUtc))) continue;
        const holiday =
          (store.holiday_calendar && holidays.get(date)?.get(store.holiday_calendar)?.get(date)) || null;
        const opening = storeDate(store.store_id, date, store.weekly, holiday).opening;
        const ingested = new Set([...bySensor.values()].flatMap((h) => [...h.keys()]));
        const hours = dayHours(date, store.timezone, opening).filter(
          (h) => h.hour_utc <= hourUtc && ingested.has(h.hour_utc),
        );
        const sensorIds = [...new Set([...(sensorsOf.get(store.store_id) ?? []), ...bySensor.keys()])].sort(
          (a, b) => a - b,
        );
        const day = {
          store_id: store.store_id,
          local_date: date,
          weekday: dateAttributes(date).weekday,
          hours,
          sensors: sensorIds.map((sensor_id) => ({
            sensor_id,
            readings: hours.map((h) => bySensor.get(sensor_id)?.get(h.hour_utc) ?? null),
          })),
        };
        const history = histories.get(date)!.get(store.store_id) ?? EMPTY_HISTORY;
        const drifting = driftingSensors(sensorDays, store.store_id, date);
        for (const s of checkLatestHour(day, history, drifting, params))
          checked.push({ ...s, store_id: store.store_id, local_date: date });
      }
      if (checked.length === 0) return empty;

      const conditions: SensorHealthResult['conditions'] = {};
      for (const c of checked) conditions[c.condition] = (conditions[c.condition] ?? 0) + 1;
      const now = new Date().toISOString();
      const window = hoursInRange(
        addHours(hourUtc, -EPISODE_WINDOW_HOURS),
        addHours(hourUtc, EPISODE_WINDOW_HOURS + 1),
      );
      const healthT = t(ANALYTICS.sensorHealthHourly);
      const alertsT = t(ANALYTICS.sensorAlerts);

      const changes = await db.transaction(async (trx) => {
        await trx(healthT).where('hour_utc', hourUtc).delete();
        await insertChunked(
          trx,
          dialectOf(db),
          healthT,
          checked.map((c) => ({
            store_id: c.store_id,
            sensor_id: c.sensor_id,
            hour_utc: c.hour_utc,
            local_date: c.local_date,
            condition: c.condition,
            reading: c.reading,
            expected: c.expected === null ? null : Math.round(c.expected * 100) / 100,
          })),
          { checked_at: now },
        );
        const keyOf = (storeId: number, sensorId: number) => `${storeId}/${sensorId}`;
        const judged = new Set(checked.map((c) => keyOf(c.store_id, c.sensor_id)));
        // Stored alerts of the judged sensors that may overlap the window: open, or resolved inside it.
        const stored: StoredAlert[] = (
          (await trx(alertsT)
            .whereNull('resolved_at')
            .orWhere('resolved_at', '>=', window[0]!)
            .select(
              'episode_key',
              'store_id',
              'sensor_id',
              'kind',
              'started_at',
              'opened_at',
              'resolved_at',
            )) as Record<string, unknown>[]
        )
          .map((r) => ({
            episode_key: String(r.episode_key),
            store_id: num(r.store_id),
            sensor_id: num(r.sensor_id),
            kind: String(r.kind) as AlertKind,
            started_at: toIsoHour(r.started_at),
            opened_at: toIsoHour(r.opened_at),
            resolved_at: r.resolved_at === null ? null : toIsoHour(r.resolved_at),
          }))
          .filter((a) => ALERT_KINDS.includes(a.kind) && judged.has(keyOf(a.store_id, a.sensor_id)));
        // Only a sensor faulty this hour, or with an alert about it, can open or resolve anything
        // now; the others' hours are left unread (most sensors are healthy most hours).
        const involved = new Set([
          ...checked.filter((c) => isAlertKind(c.condition)).map((c) => keyOf(c.store_id, c.sensor_id)),
          ...stored.map((a) => keyOf(a.store_id, a.sensor_id)),
        ]);
        const series = new Map<string, HealthHour[]>([...involved].map((k) => [k, []]));
        const involvedStores = [...new Set([...involved].map((k) => Number(k.split('/')[0])))].sort(
          (x, y) => x - y,
        );
        for (const stores of chunk(
          involvedStores,
          Math.max(1, valuesPerInList(dialectOf(db)) - window.length),
        ))
          for (const r of (await trx(healthT)
            .whereIn('hour_utc', window)
            .whereIn('store_id', stores)
            .select('store_id', 'sensor_id', 'hour_utc', 'condition', 'reading', 'expected')) as Record<
            string,
            unknown
          >[])
            series.get(keyOf(num(r.store_id), num(r.sensor_id)))?.push({
              hour_utc: toIsoHour(r.hour_utc),
              condition: String(r.condition) as Condition,
              reading: numOrNull(r.reading),
              expected: numOrNull(r.expected),
            });
        const episodes = [...involved].flatMap((key) => {
          const [storeId, sensorId] = key.split('/').map(Number) as [number, number];
          return sensorEpisodes(storeId, sensorId, series.get(key)!);
        });
        const found = reconcile(
          stored,
          episodes,
          (storeId, sensorId) => series.get(keyOf(storeId, sensorId)) ?? [],
        );
        if (found.opened.length > 0)
          await insertChunked(
            trx,
            dialectOf(db),
            alertsT,
            found.opened.map((e) => ({
              episode_key: e.episode_key,
              store_id: e.store_id,
              sensor_id: e.sensor_id,
              kind: e.kind,
              started_at: e.started_at,
              opened_at: e.opened_at,
              resolved_at: e.resolved_at,
              evidence: JSON.stringify(e.evidence),
            })),
            { created_at: now, updated_at: now },
          );
        for (const r of found.resolved)
          await trx(alertsT)
            .where('episode_key', r.episode_key)
            .whereNull('resolved_at')
            .update({ resolved_at: r.resolved_at, updated_at: now });
        return found;
      });

      const notifications: AlertNotification[] = deps.alertWebhookUrl
        ? [
            ...changes.opened.flatMap((e): AlertNotification[] => [
              { event: 'opened', episode_key: e.episode_key },
              ...(e.resolved_at ? [{ event: 'resolved' as const, episode_key: e.episode_key }] : []),
            ]),
            ...changes.resolved.map((r): AlertNotification => ({
              event: 'resolved',
              episode_key: r.episode_key,
            })),
          ]
        : [];
      return {
        hourUtc,
        conditions,
        opened: changes.opened.length,
        resolved: changes.resolved.length,
        notifications,
      };
    });
  };
}
