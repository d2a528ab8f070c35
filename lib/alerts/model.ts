/**
 * Sensor-health alerts: what one hourly check says about each sensor, the episodes those
 * verdicts form and the parameters that decide when an episode is worth an alert. Pure data;
 * the rules are in health.ts (one hour) and episodes.ts (a run of hours).
 */

/** Alert kinds, each the name of a door counter's failure as a store manager sees it. */
export const ALERT_KINDS = ['silent', 'dead', 'spiking', 'drifting'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * A sensor's verdict for one hour: healthy, one alert kind, or closed (no one to count, so the
 * hour neither counts towards an alert nor ends one).
 */
export const CONDITIONS = ['healthy', 'closed', ...ALERT_KINDS] as const;
export type Condition = (typeof CONDITIONS)[number];

export const isAlertKind = (c: Condition): c is AlertKind => (ALERT_KINDS as readonly string[]).includes(c);

/** One sensor-hour as the hourly check judged it. */
export interface HealthHour {
  hour_utc: string;
  condition: Condition;
  /** What the sensor read (null: no reading). */
  reading: number | null;
  /** What the cleaning expected it to read from the store's other sensors or profile; null when unknown. */
  expected: number | null;
}

/** One failure episode of one sensor, as the hourly series shows it. */
export interface Episode {
  store_id: number;
  sensor_id: number;
  kind: AlertKind;
  /** First faulty opening hour of the run. */
  started_at: string;
  /** The hour whose check raised the alert: the run's N-th opening hour. */
  opened_at: string;
  /** Latest faulty hour seen. */
  last_fault_at: string;
  /** First opening hour after the run whose verdict is not this kind; null while still on. */
  resolved_at: string | null;
  /** The run's faulty opening hours, up to EVIDENCE_HOURS of them from its start. */
  evidence: HealthHour[];
}

export interface AlertParams {
  /** Consecutive opening hours of one kind before an alert opens. */
  openAfter: Readonly<Record<AlertKind, number>>;
}

/**
 * Defaults, docs/alerts.md says why: a silent or dead sensor is called after two opening
 * hours (one missing reading or one dead hour is common and harmless: the cleaning imputes
 * it); two spikes in a row are a door problem, not a passing crowd; drift is judged on the
 * day's share so far, and three hours keep a partial morning from raising it.
 */
export const DEFAULT_ALERT_PARAMS: Readonly<AlertParams> = Object.freeze({
  openAfter: Object.freeze({ silent: 2, dead: 2, spiking: 2, drifting: 3 }),
});

/** Hours of evidence kept with an alert: its opening run and a little more. */
export const EVIDENCE_HOURS = 6;

/** One alert per episode, whatever re-runs happen: the key is the sensor, the kind and the start hour. */
export const episodeKey = (e: Pick<Episode, 'store_id' | 'sensor_id' | 'kind' | 'started_at'>): string =>
  `${e.store_id}:${e.sensor_id}:${e.kind}:${e.started_at.slice(0, 13)}`;
