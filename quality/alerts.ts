/**
 * Sensor-health alerts against the simulator's fault record, in-process: simulate a chain
 * hour by hour, check every hour as the hourly workflow does (the cleaning on the store-local
 * day so far, with the history of the days before), run the alert state machine over each
 * sensor's hours, and compare the alerts with the faults the simulator applied.
 *
 * - recall: outage and dead episodes (maximal runs of one fault on one sensor) with at least
 *   3 opening hours, alerted with the matching kind by their 2nd opening hour;
 * - precision: alerts whose opening run (started_at to opened_at) is made of real faults of
 *   their kind (silent: outage or missing; dead: dead; spiking: spike; drifting: drift).
 */
import {
  DEFAULT_FAULT_RATES,
  REFERENCE_CHAIN,
  Simulator,
  type Chain,
  type Fault,
  type FaultRates,
} from '../api/model/index.ts';
import { cleanStoreDay } from '../lib/analytics/cleaning/clean.ts';
import { DEFAULT_CLEANING_PARAMS } from '../lib/analytics/cleaning/model.ts';
import { sensorEpisodes } from '../lib/alerts/episodes.ts';
import { checkLatestHour, dayUpTo, driftingSensors } from '../lib/alerts/health.ts';
import {
  ALERT_KINDS,
  DEFAULT_ALERT_PARAMS,
  type AlertKind,
  type AlertParams,
  type Episode,
  type HealthHour,
} from '../lib/alerts/model.ts';
import { addDays, datesInRange } from '../lib/time.ts';
import { CarriedHistory } from './history.ts';
import { simulateStoreDay } from './scoring.ts';

/** Which true faults an alert of each kind stands for. */
export const KIND_FAULTS: Readonly<Record<AlertKind, readonly Fault[]>> = {
  silent: ['outage', 'missing'],
  dead: ['dead'],
  spiking: ['spike'],
  drifting: ['drift'],
};
/** The episodes the recall goal is about, and the alert kind that must catch them. */
const RECALLED: readonly { fault: Fault; kind: AlertKind }[] = [
  { fault: 'outage', kind: 'silent' },
  { fault: 'dead', kind: 'dead' },
];
export const MIN_EPISODE_OPEN_HOURS = 3;
export const ALERT_WITHIN_OPEN_HOURS = 2;
export const RECALL_GOAL = 0.95;
export const PRECISION_GOAL = 0.9;

export interface AlertEvaluationOptions {
  from: string;
  to: string;
  chain?: Chain;
  chainName?: string;
  faults?: FaultRates;
  params?: AlertParams;
}

export interface AlertEvaluation {
  chain: string;
  from: string;
  to: string;
  days: number;
  stores: number;
  sensors: number;
  faults: FaultRates;
  params: AlertParams;
  /** Per recalled fault: eligible episodes, alerted in time, alerted later, never; delays in opening hours from the start. */
  recall: Record<
    string,
    { episodes: number; inTime: number; late: number; missed: number; delays: number[] }
  >;
  /** Per alert kind: alerts, how many match a real fault episode. */
  alerts: Record<AlertKind, { alerts: number; matching: number }>;
  recallShare: number | null;
  precision: number | null;
  goals: { name: string; value: number | null; limit: number; met: boolean | null }[];
  elapsedMs: number;
}

interface SensorTrack {
  store_id: number;
  sensor_id: number;
  health: HealthHour[];
  faults: Fault[];
  open: boolean[];
}

/** Maximal runs of one fault in a sensor's hours (closed hours inside a run belong to it). */
function faultEpisodes(track: SensorTrack, fault: Fault): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  track.faults.forEach((f, h) => {
    if (f === fault) run.push(h);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  });
  if (run.length > 0) out.push(run);
  return out;
}

export function evaluateAlerts(options: AlertEvaluationOptions): AlertEvaluation {
  const started = performance.now();
  const chain = options.chain ?? REFERENCE_CHAIN;
  const faults = options.faults ?? DEFAULT_FAULT_RATES;
  const params = options.params ?? DEFAULT_ALERT_PARAMS;
  const cleaning = DEFAULT_CLEANING_PARAMS;
  const sim = new Simulator({ chain, faults });
  const firstDay = addDays(options.from, -cleaning.historyDays);
  const carried = new CarriedHistory(cleaning);
  const tracks = new Map<string, SensorTrack>();

  for (const date of datesInRange(firstDay, options.to)) {
    for (const store of chain.stores) {
      const day = simulateStoreDay(sim, store, date);
      const history = carried.of(store.store_id, date);
      if (date >= options.from) {
        // Each hour checked with what was known at the time: the day so far.
        const drifting = driftingSensors(carried.sensorDays(store.store_id), store.store_id, date);
        const checks = day.input.hours.map((_, h) =>
          checkLatestHour(dayUpTo(day.input, h), history, drifting, cleaning),
        );
        day.input.sensors.forEach((s, i) => {
          const key = `${store.store_id}/${s.sensor_id}`;
          let track = tracks.get(key);
          if (!track) {
            track = { store_id: store.store_id, sensor_id: s.sensor_id, health: [], faults: [], open: [] };
            tracks.set(key, track);
          }
          day.input.hours.forEach((hour, h) => {
            track.health.push(checks[h]![i]!);
            track.faults.push(day.faults[i]![h]!);
            track.open.push(hour.open_fraction > 0);
          });
        });
      }
      // The day's full build, whose summary rows the next days' history reads.
      carried.keep(store.store_id, date, cleanStoreDay(day.input, history, cleaning));
    }
  }

  const recall: AlertEvaluation['recall'] = Object.fromEntries(
    RECALLED.map(({ fault }) => [fault, { episodes: 0, inTime: 0, late: 0, missed: 0, delays: [] }]),
  );
  const alerts = Object.fromEntries(
    ALERT_KINDS.map((k) => [k, { alerts: 0, matching: 0 }]),
  ) as AlertEvaluation['alerts'];
  for (const track of tracks.values()) {
    const index = new Map(track.health.map((h, i) => [h.hour_utc, i]));
    const episodes: Episode[] = sensorEpisodes(track.store_id, track.sensor_id, track.health, params);
    for (const e of episodes) {
      alerts[e.kind].alerts++;
      // The hours that opened it: its first openAfter faulty hours (closed ones and, for a drift, point faults skipped).
      const real = KIND_FAULTS[e.kind];
      const ok = e.evidence
        .slice(0, params.openAfter[e.kind])
        .every((h) => real.includes(track.faults[index.get(h.hour_utc)!]!));
      if (ok) alerts[e.kind].matching++;
    }
    for (const { fault, kind } of RECALLED) {
      for (const run of faultEpisodes(track, fault)) {
        const openHours = run.filter((h) => track.open[h]);
        if (openHours.length < MIN_EPISODE_OPEN_HOURS) continue;
        const r = recall[fault]!;
        r.episodes++;
        // The opening hour (counted from the episode's first one) by which an alert of the kind is open.
        const delay = openHours.findIndex((h) =>
          episodes.some(
            (e) =>
              e.kind === kind &&
              index.get(e.opened_at)! <= h &&
              (e.resolved_at === null || index.get(e.resolved_at)! > h),
          ),
        );
        if (delay < 0) r.missed++;
        else {
          r.delays.push(delay + 1);
          if (delay + 1 <= ALERT_WITHIN_OPEN_HOURS) r.inTime++;
          else r.late++;
        }
      }
    }
  }
  const eligible = Object.values(recall).reduce((n, r) => n + r.episodes, 0);
  const inTime = Object.values(recall).reduce((n, r) => n + r.inTime, 0);
  const total = Object.values(alerts).reduce((n, a) => n + a.alerts, 0);
  const matching = Object.values(alerts).reduce((n, a) => n + a.matching, 0);
  const recallShare = eligible > 0 ? inTime / eligible : null;
  const precision = total > 0 ? matching / total : null;
  const judged = (name: string, value: number | null, limit: number) => ({
    name,
    value,
    limit,
    met: value === null ? null : value >= limit,
  });
  return {
    chain: options.chainName ?? 'reference',
    from: options.from,
    to: options.to,
    days: datesInRange(options.from, options.to).length,
    stores: chain.stores.length,
    sensors: tracks.size,
    faults: { ...faults },
    params,
    recall,
    alerts,
    recallShare,
    precision,
    goals: [
      judged(
        `outage and dead episodes of >= ${MIN_EPISODE_OPEN_HOURS} opening hours alerted within ${ALERT_WITHIN_OPEN_HOURS} opening hours`,
        recallShare,
        RECALL_GOAL,
      ),
      judged('alerts matching a real fault episode', precision, PRECISION_GOAL),
    ],
    elapsedMs: Math.round(performance.now() - started),
  };
}
