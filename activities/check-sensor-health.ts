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
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  type DayHour,
  type SensorDaySummary,
  type StoreHistory,
} from '../lib/analytics/cleaning/model.ts';
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
import { idRanges, insertChunked, queryInChunks, type IdRange } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../lib/db/naming.ts';
import { isoHourParser, num, numOrNull, toIsoDate, toIsoHour, toIsoTimestamp } from '../lib/db/values.ts';
import { addHours, formatUtcHour, hoursInRange, parseUtcHour, toLocal } from '../lib/time.ts';
import { holidaysOf, readSensorsByStore, readStores } from './build-day-models.ts';
import { readCleaningHistory } from './cleaning-history.ts';
import type { ActivityDeps } from './deps.ts';
import { failFastOn } from './errors.ts';

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

/** Stores per batch of raw readings and history read at once: a bounded share of the chain in memory. */
export const STORES_PER_CHECK_BATCH = 250;

/** What a store's check needs from the day builds before its date. */
interface CheckHistory {
  history: StoreHistory;
  drifting: ReadonlySet<number>;
}
const NO_CHECK_HISTORY: CheckHistory = { history: EMPTY_HISTORY, drifting: new Set() };

/** Sensors whose episode window one statement reads: an OR of key ranges, kept well under SQLite's expression depth. */
const SENSORS_PER_SERIES_QUERY = 200;

/** Dates whose histories are kept: the hour's dates in every zone of the chain, and the previous ones. */
const CACHED_DATES = 4;

const inRange = (range: IdRange) => (q: Knex.QueryBuilder) => {
  if (range.from !== null) q.where('store_id', '>=', range.from);
  if (range.to !== null) q.where('store_id', '<', range.to);
};

export function makeCheckSensorHealth(deps: ActivityDeps) {
  const params = DEFAULT_CLEANING_PARAMS;
  /**
   * The history of a date is the same for each of its 24 checks until a day of its window is
   * built again: kept per date with the (date, built_at) of the window's day_builds rows, which
   * the day build replaces in the same transaction as the rows the history is made of. Any
   * build since changes that list, and the history is read again.
   */
  const cache = new Map<string, { key: string; stores: Map<number, CheckHistory> }>();

  async function buildsOf(date: string): Promise<string> {
    const { from, to } = historyWindow(date, params);
    const rows = (await deps
      .db(tableRef(deps.db, 'analytics', ANALYTICS.dayBuilds).qualified)
      .whereBetween('local_date', [from, to])
      .select('local_date', 'built_at')
      .orderBy('local_date')) as Record<string, unknown>[];
    return rows.map((r) => `${toIsoDate(r.local_date)}@${toIsoTimestamp(r.built_at)}`).join(',');
  }

  /** The histories of `storeIds` for `date`, read a batch of stores at a time, or kept from an earlier hour. */
  async function historiesOf(date: string, storeIds: number[]): Promise<Map<number, CheckHistory>> {
    const key = `${await buildsOf(date)}|${storeIds.join(',')}`;
    const kept = cache.get(date);
    if (kept?.key === key) return kept.stores;
    const { from, to } = historyWindow(date, params);
    const stores = new Map<number, CheckHistory>();
    const wanted = new Set(storeIds);
    for (const range of idRanges(storeIds, STORES_PER_CHECK_BATCH)) {
      const { sensorDays, profileHours } = await readCleaningHistory(deps.db, from, to, inRange(range));
      const daysOf = new Map<number, SensorDaySummary[]>();
      for (const r of sensorDays) {
        const list = daysOf.get(r.store_id) ?? [];
        list.push(r);
        daysOf.set(r.store_id, list);
      }
      for (const [id, history] of chainHistory(date, sensorDays, profileHours, params))
        if (wanted.has(id))
          stores.set(id, { history, drifting: driftingSensors(daysOf.get(id) ?? [], id, date) });
    }
    // A build committed while the batches were read may have mixed two versions: not kept.
    if ((await buildsOf(date)) === key.slice(0, key.indexOf('|'))) {
      cache.delete(date);
      cache.set(date, { key, stores });
      for (const old of [...cache.keys()].slice(0, Math.max(0, cache.size - CACHED_DATES))) cache.delete(old);
    }
    return stores;
  }

  return async function checkSensorHealth(input: { hourUtc: string }): Promise<SensorHealthResult> {
    return failFastOn(async () => {
      const hourUtc = parseUtcHour(input.hourUtc);
      const { db } = deps;
      const t = (name: string) => tableRef(db, 'analytics', name).qualified;
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
      const calendars = [
        ...new Set(stores.flatMap((s) => (s.holiday_calendar ? [s.holiday_calendar] : []))),
      ].sort();
      const holidays = new Map<string, Map<string, Map<string, string>>>();
      for (const date of dates) holidays.set(date, await holidaysOf(deps.apiUrl, calendars, date));
      const sensorsOf = await readSensorsByStore(db);
      const histories = new Map<string, Map<number, CheckHistory>>();
      for (const date of dates)
        histories.set(
          date,
          await historiesOf(
            date,
            stores.filter((s) => dateOf.get(s.store_id) === date).map((s) => s.store_id),
          ),
        );
      // Stores share zones and opening hours: each pair's hours are worked out once (Intl is slow).
      const dayHoursMemo = new Map<string, DayHour[]>();
      const hoursOf = (date: string, zone: string, opening: string | null): DayHour[] => {
        const key = `${date}|${zone}|${opening ?? ''}`;
        let found = dayHoursMemo.get(key);
        if (!found) {
          found = dayHours(date, zone, opening);
          dayHoursMemo.set(key, found);
        }
        return found;
      };

      // The day so far of every store, a batch of stores at a time (bounded memory, as the day
      // build): raw readings of its local date up to this hour.
      const rawHours = hoursInRange(addHours(hourUtc, -DAY_LOOKBACK_HOURS), addHours(hourUtc, 1));
      const isoHour = isoHourParser();
      // node-pg parses each timestamptz into a Date, most of the read's time at 1,000 stores:
      // PostgreSQL sends epoch seconds instead, an integer named back once per distinct hour.
      const pg = dialectOf(db) === 'pg';
      const hourColumn = pg
        ? db.raw('cast(extract(epoch from ??) as integer) as ??', ['hour_utc', 'hour_utc'])
        : 'hour_utc';
      const epochHours = new Map<number, string>();
      const rawHour = (value: unknown): string => {
        if (!pg) return isoHour(value);
        const seconds = num(value);
        let iso = epochHours.get(seconds);
        if (iso === undefined) {
          iso = formatUtcHour(seconds * 1000);
          epochHours.set(seconds, iso);
        }
        return iso;
      };
      const storeOf = new Map(stores.map((s) => [s.store_id, s]));
      const checked: (SensorHealth & { store_id: number; local_date: string })[] = [];
      for (const range of idRanges([...storeOf.keys()], STORES_PER_CHECK_BATCH)) {
        const readings = (await db(tableRef(db, 'raw', RAW.visitors).qualified)
          .whereIn('local_date', dates)
          .modify(inRange(range))
          .whereIn('hour_utc', rawHours)
          // local_date tells stores apart only when the hour falls on two dates (two zones).
          .select(
            'store_id',
            'sensor_id',
            hourColumn,
            'visitors',
            ...(dates.length > 1 ? ['local_date'] : []),
          )) as Record<string, unknown>[];
        const byStore = new Map<number, Map<number, Map<string, number | null>>>();
        for (const r of readings) {
          const storeId = num(r.store_id);
          // Another zone's date in the list: not this store's day.
          if (dates.length > 1 && toIsoDate(r.local_date) !== dateOf.get(storeId)) continue;
          const bySensor = byStore.get(storeId) ?? new Map<number, Map<string, number | null>>();
          byStore.set(storeId, bySensor);
          const sensorId = num(r.sensor_id);
          const byHour = bySensor.get(sensorId) ?? new Map<string, number | null>();
          bySensor.set(sensorId, byHour);
          byHour.set(rawHour(r.hour_utc), numOrNull(r.visitors));
        }
        for (const [storeId, bySensor] of [...byStore].sort((a, b) => a[0] - b[0])) {
          const store = storeOf.get(storeId);
          // No reading of this hour at all: the hour was not ingested for the store, nothing to judge.
          if (!store || ![...bySensor.values()].some((h) => h.has(hourUtc))) continue;
          const date = dateOf.get(storeId)!;
          const holiday =
            (store.holiday_calendar && holidays.get(date)?.get(store.holiday_calendar)?.get(date)) || null;
          const opening = storeDate(storeId, date, store.weekly, holiday).opening;
          const ingested = new Set([...bySensor.values()].flatMap((h) => [...h.keys()]));
          const hours = hoursOf(date, store.timezone, opening).filter(
            (h) => h.hour_utc <= hourUtc && ingested.has(h.hour_utc),
          );
          const sensorIds = [...new Set([...(sensorsOf.get(storeId) ?? []), ...bySensor.keys()])].sort(
            (a, b) => a - b,
          );
          const day = {
            store_id: storeId,
            local_date: date,
            weekday: dateAttributes(date).weekday,
            hours,
            sensors: sensorIds.map((sensor_id) => ({
              sensor_id,
              readings: hours.map((h) => bySensor.get(sensor_id)?.get(h.hour_utc) ?? null),
            })),
          };
          const past = histories.get(date)!.get(storeId) ?? NO_CHECK_HISTORY;
          for (const s of checkLatestHour(day, past.history, past.drifting, params))
            checked.push({ ...s, store_id: storeId, local_date: date });
        }
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
        // Each involved sensor's hours of the window: a range of the table's key, whatever the
        // rest of its store does (reading them all was most of the check's time at 1,000 stores).
        const rows = await queryInChunks(
          [...involved].map((k) => k.split('/').map(Number) as [number, number]),
          SENSORS_PER_SERIES_QUERY,
          async (sensors) =>
            (await trx(healthT)
              .whereBetween('hour_utc', [window[0]!, window[window.length - 1]!])
              .where((q) => {
                for (const [store_id, sensor_id] of sensors) q.orWhere({ store_id, sensor_id });
              })
              .select('store_id', 'sensor_id', 'hour_utc', 'condition', 'reading', 'expected')) as Record<
              string,
              unknown
            >[],
        );
        for (const r of rows)
          series.get(keyOf(num(r.store_id), num(r.sensor_id)))?.push({
            hour_utc: isoHour(r.hour_utc),
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
