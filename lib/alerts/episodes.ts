/**
 * The alert state machine of one sensor, over its hourly conditions, each kind on its own: a
 * run of N consecutive opening hours of the kind opens an episode (N per kind, model.ts), the
 * first opening hour of another condition resolves it, and a later run is a new episode
 * (reopened); a drift is not ended by a point fault in between. Closed hours
 * neither count nor break a run; an hour never checked breaks a run that has not opened yet
 * (nothing is known of it) but does not resolve an open episode (nothing says it is healthy).
 * Pure and deterministic: the same series always gives the same episodes.
 */
import { HOUR_MS, hourToMs } from '../time.ts';
import {
  ALERT_KINDS,
  DEFAULT_ALERT_PARAMS,
  EVIDENCE_HOURS,
  episodeKey,
  isAlertKind,
  type AlertKind,
  type AlertParams,
  type Condition,
  type Episode,
  type HealthHour,
} from './model.ts';

/** What an hour's condition means for one kind: its fault, no news (closed), or the end of it. */
function viewOf(kind: AlertKind, c: Condition): 'fault' | 'skip' | 'clear' {
  if (c === kind) return 'fault';
  if (c === 'closed') return 'skip';
  // A spike or a missing reading says nothing about a drift, which lasts days.
  if (kind === 'drifting' && isAlertKind(c)) return 'skip';
  return 'clear';
}

function kindEpisodes(
  storeId: number,
  sensorId: number,
  kind: AlertKind,
  hours: readonly HealthHour[],
  openAfter: number,
): Episode[] {
  const episodes: Episode[] = [];
  let open: Episode | null = null;
  let run: HealthHour[] = [];
  let previous: number | null = null;
  for (const h of hours) {
    const at = hourToMs(h.hour_utc);
    if (previous !== null && at - previous > HOUR_MS) run = [];
    previous = at;
    const view = viewOf(kind, h.condition);
    if (view === 'skip') continue;
    if (view === 'clear') {
      if (open) open.resolved_at = h.hour_utc;
      open = null;
      run = [];
      continue;
    }
    if (open) {
      open.last_fault_at = h.hour_utc;
      if (open.evidence.length < EVIDENCE_HOURS) open.evidence.push(h);
      continue;
    }
    run.push(h);
    if (run.length >= openAfter) {
      open = {
        store_id: storeId,
        sensor_id: sensorId,
        kind,
        started_at: run[0]!.hour_utc,
        opened_at: h.hour_utc,
        last_fault_at: h.hour_utc,
        resolved_at: null,
        evidence: run.slice(0, EVIDENCE_HOURS),
      };
      episodes.push(open);
      run = [];
    }
  }
  return episodes;
}

/** Every episode of one sensor, each kind followed on its own, sorted by start. */
export function sensorEpisodes(
  storeId: number,
  sensorId: number,
  series: readonly HealthHour[],
  params: AlertParams = DEFAULT_ALERT_PARAMS,
): Episode[] {
  const hours = [...series].sort((a, b) => hourToMs(a.hour_utc) - hourToMs(b.hour_utc));
  hours.forEach((h, i) => {
    if (i > 0 && h.hour_utc === hours[i - 1]!.hour_utc)
      throw new RangeError(`hour ${h.hour_utc} appears twice`);
  });
  return ALERT_KINDS.flatMap((kind) =>
    kindEpisodes(storeId, sensorId, kind, hours, params.openAfter[kind]),
  ).sort((a, b) => hourToMs(a.started_at) - hourToMs(b.started_at));
}

/** An alert as stored (analytics.sensor_alerts). */
export interface StoredAlert {
  episode_key: string;
  store_id: number;
  sensor_id: number;
  kind: AlertKind;
  /** Data hours (UTC): first faulty opening hour, the hour the alert was raised, the first healthy hour. */
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
