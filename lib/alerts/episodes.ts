/**
 * The alert state machine of one sensor, over its hourly conditions: a run of N consecutive
 * opening hours of one kind opens an episode (N per kind, model.ts), the first opening hour
 * of another condition resolves it, and a later run is a new episode (reopened). Closed hours
 * neither count nor break a run; an hour never checked breaks a run that has not opened yet
 * (nothing is known of it) but does not resolve an open episode (nothing says it is healthy).
 * Pure and deterministic: the same series always gives the same episodes.
 */
import { HOUR_MS, hourToMs } from '../time.ts';
import {
  DEFAULT_ALERT_PARAMS,
  EVIDENCE_HOURS,
  episodeKey,
  isAlertKind,
  type AlertKind,
  type AlertParams,
  type Episode,
  type HealthHour,
} from './model.ts';

export function sensorEpisodes(
  storeId: number,
  sensorId: number,
  series: readonly HealthHour[],
  params: AlertParams = DEFAULT_ALERT_PARAMS,
): Episode[] {
  const hours = [...series].sort((a, b) => hourToMs(a.hour_utc) - hourToMs(b.hour_utc));
  const episodes: Episode[] = [];
  let open: Episode | null = null;
  let run: { kind: AlertKind; start: string; evidence: HealthHour[] } | null = null;
  let previous: number | null = null;
  for (const h of hours) {
    const at = hourToMs(h.hour_utc);
    if (previous !== null && at === previous) throw new RangeError(`hour ${h.hour_utc} appears twice`);
    if (previous !== null && at - previous > HOUR_MS) run = null;
    previous = at;
    const c = h.condition;
    if (c === 'closed') continue;
    if (!isAlertKind(c)) {
      if (open) open.resolved_at = h.hour_utc;
      open = null;
      run = null;
      continue;
    }
    if (open?.kind === c) {
      open.last_fault_at = h.hour_utc;
      if (open.evidence.length < EVIDENCE_HOURS) open.evidence.push(h);
      continue;
    }
    if (open) {
      open.resolved_at = h.hour_utc;
      open = null;
    }
    if (run?.kind === c) run.evidence.push(h);
    else run = { kind: c, start: h.hour_utc, evidence: [h] };
    if (run.evidence.length >= params.openAfter[c]) {
      open = {
        store_id: storeId,
        sensor_id: sensorId,
        kind: c,
        started_at: run.start,
        opened_at: h.hour_utc,
        last_fault_at: h.hour_utc,
        resolved_at: null,
        evidence: run.evidence.slice(0, EVIDENCE_HOURS),
      };
      episodes.push(open);
      run = null;
    }
  }
  return episodes;
}

/** An alert as stored (analytics.sensor_alerts). */
export interface StoredAlert {
  episode_key: string;
  store_id: number;
  sensor_id: number;
  kind: AlertKind;
  started_at: string;
  opened_at: string;
  resolved_at: string | null;
}

export interface AlertChanges {
  /** Episodes not stored yet: new alerts (some already resolved, when seen whole). */
  opened: (Episode & { episode_key: string })[];
  /** Stored open alerts the series shows resolved. */
  resolved: { episode_key: string; resolved_at: string }[];
}

const sameSensor = (a: { store_id: number; sensor_id: number }, b: { store_id: number; sensor_id: number }) =>
  a.store_id === b.store_id && a.sensor_id === b.sensor_id;

/**
 * What to write so the stored alerts agree with the episodes of a window of hours. A stored
 * alert of the same sensor and kind overlapping an episode is that episode, whatever start the
 * window shows (a window may cut an old episode, hours may be checked out of order), so a
 * re-run or replay never opens a second alert. A stored open alert no episode continues is
 * resolved at the first opening hour after its start with another condition.
 */
export function reconcile(
  stored: readonly StoredAlert[],
  episodes: readonly Episode[],
  seriesOf: (storeId: number, sensorId: number) => readonly HealthHour[],
): AlertChanges {
  const changes: AlertChanges = { opened: [], resolved: [] };
  const matched = new Set<string>();
  for (const e of episodes) {
    const a = stored.find(
      (s) =>
        sameSensor(s, e) &&
        s.kind === e.kind &&
        s.started_at <= e.last_fault_at &&
        (s.resolved_at === null || s.resolved_at > e.started_at),
    );
    if (!a) {
      changes.opened.push({ ...e, episode_key: episodeKey(e) });
      continue;
    }
    matched.add(a.episode_key);
    if (a.resolved_at === null && e.resolved_at !== null)
      changes.resolved.push({ episode_key: a.episode_key, resolved_at: e.resolved_at });
  }
  for (const a of stored) {
    if (a.resolved_at !== null || matched.has(a.episode_key)) continue;
    const after = [...seriesOf(a.store_id, a.sensor_id)]
      .filter((h) => h.hour_utc > a.started_at && h.condition !== 'closed' && h.condition !== a.kind)
      .sort((x, y) => hourToMs(x.hour_utc) - hourToMs(y.hour_utc));
    if (after.length > 0)
      changes.resolved.push({ episode_key: a.episode_key, resolved_at: after[0]!.hour_utc });
  }
  return changes;
}
