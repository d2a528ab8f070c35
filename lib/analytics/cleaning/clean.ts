/**
 * Cleaning and imputation of one store-day, pure and deterministic. Every sensor is judged
 * against the other sensors of the same hour, weighted by its own typical share of the
 * store, so the rules follow each door instead of fixed thresholds:
 *
 * 1. shares: each sensor's baseline share from history (same-day robust shares without it);
 * 2. drift: today's share relative to the baseline; a sustained rise flags the sensor and its
 *    readings are divided by the day's ratio;
 * 3. point faults: nulls (missing, or outage when consecutive), runs of near-zero readings
 *    while the others count (dead), readings far above the others or the store profile
 *    (spike); when few others report, the store profile is a witness too;
 * 4. imputation: a replaced reading becomes its share of what the store's clean sensors
 *    counted that hour, or of the store's robust profile when the whole store is dark.
 */
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  profileKey,
  type CleaningParams,
  type Method,
  type Reason,
  type SensorDaySummary,
  type SensorHistory,
  type SensorHourResult,
  type SensorReadings,
  type Status,
  type StoreDayInput,
  type StoreDayResult,
  type StoreHistory,
  type StoreHourResult,
  type StoreHourSummary,
} from './model.ts';
import { median, medianWithout, rankValues, robustSd, type Ranked } from './stats.ts';

type Verdict = 'measured' | 'corrected' | 'missing' | 'outage' | 'spike' | 'dead';

const reading = (s: SensorReadings, h: number): number | null => s.readings[h] ?? null;

function validate(input: StoreDayInput): void {
  const ids = new Set<number>();
  for (const h of input.hours) {
    if (!(h.open_fraction >= 0 && h.open_fraction <= 1)) {
      throw new RangeError(`open_fraction of ${h.hour_utc} must be between 0 and 1`);
    }
  }
  for (const s of input.sensors) {
    if (ids.has(s.sensor_id)) throw new RangeError(`sensor ${s.sensor_id} appears twice`);
    ids.add(s.sensor_id);
    if (s.readings.length !== input.hours.length) {
      throw new RangeError(
        `sensor ${s.sensor_id}: ${s.readings.length} readings for ${input.hours.length} hours`,
      );
    }
    for (const r of s.readings) {
      if (r !== null && !(Number.isFinite(r) && r >= 0)) {
        throw new RangeError(`sensor ${s.sensor_id}: reading ${r} is not a count`);
      }
    }
  }
}

/**
 * Same-day robust shares: each sensor's reading relative to the median sensor of the hour,
 * then the median over the day's hours, so a few faulty hours cannot move it.
 */
function sameDayShares(input: StoreDayInput): (number | null)[] {
  const ratios: number[][] = input.sensors.map(() => []);
  input.hours.forEach((hour, h) => {
    if (hour.open_fraction === 0) return;
    const present = input.sensors.flatMap((s) => (s.readings[h] === null ? [] : [s.readings[h]!]));
    if (present.length < 2) return;
    const mid = median(present)!;
    if (mid <= 0) return;
    input.sensors.forEach((s, i) => {
      if (s.readings[h] !== null) ratios[i]!.push(s.readings[h]! / mid);
    });
  });
  return ratios.map((r) => median(r));
}

/** Baseline shares summing to 1: history's where known, same-day ones rescaled to match for the rest. */
function baselineShares(input: StoreDayInput, history: StoreHistory): number[] {
  const same = sameDayShares(input);
  const known = input.sensors.map((s) => history.sensors.get(s.sensor_id)?.share ?? null);
  let knownSum = 0;
  let sameSum = 0;
  known.forEach((k, i) => {
    if (k !== null && same[i] !== null) {
      knownSum += k;
      sameSum += same[i]!;
    }
  });
  const scale = sameSum > 0 ? knownSum / sameSum : 1;
  const shares = known.map((k, i) => k ?? (same[i] === null ? null : same[i]! * scale));
  const found = shares.filter((s): s is number => s !== null);
  // A sensor never seen counting is assumed to be an average door.
  const fallback = found.length > 0 ? found.reduce((a, b) => a + b, 0) / found.length : 1;
  const filled = shares.map((s) => s ?? fallback);
  const total = filled.reduce((a, b) => a + b, 0);
  return filled.map((s) => (total > 0 ? s / total : 1 / filled.length));
}

function profileLevel(history: StoreHistory, weekday: number, localHour: number): number | null {
  return history.profile.get(profileKey(weekday, localHour)) ?? history.profileByHour.get(localHour) ?? null;
}

/** Median of what the other sensors imply for the store this hour, with the profile as a witness when they are few. */
function levelFromOthers(
  hour: Ranked,
  except: number,
  anchor: number | null,
  minWitnesses: number,
): number | null {
  const others = hour.sorted.length - (hour.rank[except]! >= 0 ? 1 : 0);
  if (others >= minWitnesses || anchor === null) return medianWithout(hour, except);
  return median([...hour.sorted.filter((_, k) => k !== hour.rank[except]), anchor]);
}

/**
 * Ratio of a day's readings to their expected counts: the geometric mean of the hourly ratios
 * near the day's median, so odd hours (spikes, dead readings, a door blocked for an hour)
 * cannot move it, and each hour counts once: an hour inflated by faults elsewhere in the
 * store cannot weigh ten times the others. Null with fewer than minHours hours.
 */
export function dayRatio(
  counted: readonly number[],
  expected: readonly number[],
  band: number,
  minHours: number,
): number | null {
  const ratios = counted.map((r, k) => r / expected[k]!);
  const mid = median(ratios);
  if (mid === null || !(mid > 0)) return null;
  const kept = ratios.filter((q) => q >= mid / band && q <= mid * band);
  if (kept.length < minHours) return null;
  return Math.exp(kept.reduce((sum, q) => sum + Math.log(q), 0) / kept.length);
}

interface Drift {
  ratio: number | null;
  score: number;
  drifting: boolean;
  gain: number;
}

/**
 * Drift verdict from today's ratio and yesterday's state: a CUSUM of the daily log ratios,
 * so a slow rise of a few percent a day adds up to a flag within a couple of days while
 * healthy day-to-day noise (a few percent either way) is absorbed by the allowance.
 */
export function driftVerdict(
  ratio: number | null,
  past: Pick<SensorHistory, 'daySpread' | 'drifting' | 'driftRatio' | 'driftScore'>,
  params: CleaningParams,
): Drift {
  if (past.daySpread === null) return { ratio, score: 0, drifting: false, gain: 1 };
  if (ratio === null) {
    return {
      ratio,
      score: past.driftScore,
      drifting: past.drifting,
      gain: past.drifting ? (past.driftRatio ?? 1) : 1,
    };
  }
  const step = Math.max(params.driftMinStep, params.driftStepSpreads * past.daySpread);
  const threshold = Math.max(params.driftMinScore, params.driftScoreSpreads * past.daySpread);
  const x = Math.log(ratio);
  if (past.drifting && x >= step) return { ratio, score: past.driftScore, drifting: true, gain: ratio };
  // Back to its usual share after a drift: start afresh.
  const score = past.drifting ? 0 : Math.max(0, past.driftScore + x - step);
  const drifting = score >= threshold;
  return { ratio, score, drifting, gain: drifting ? ratio : 1 };
}

export function cleanStoreDay(
  input: StoreDayInput,
  history: StoreHistory = EMPTY_HISTORY,
  params: CleaningParams = DEFAULT_CLEANING_PARAMS,
): StoreDayResult {
  validate(input);
  const { hours, sensors } = input;
  const shares = baselineShares(input, history);
  const isOpen = hours.map((h) => h.open_fraction > 0);
  const profile = hours.map((h) => {
    const p = h.open_fraction > 0 ? profileLevel(history, input.weekday, h.local_hour) : null;
    return p === null ? null : p * h.open_fraction;
  });
  // Per hour, the store level each sensor's reading implies (reading / its share), ranked.
  const implied = (gains: readonly number[]) =>
    hours.map((_, h) =>
      rankValues(
        sensors.map((s, j) => {
          const r = reading(s, h);
          return isOpen[h] && r !== null && shares[j]! > 0 ? r / (shares[j]! * gains[j]!) : null;
        }),
      ),
    );

  // 2. Drift: the day's ratio of each sensor to what the others imply.
  const raw = implied(sensors.map(() => 1));
  const drift: Drift[] = sensors.map((s, i) => {
    const past = history.sensors.get(s.sensor_id);
    if (!past) return { ratio: null, score: 0, drifting: false, gain: 1 };
    const counted: number[] = [];
    const expected: number[] = [];
    hours.forEach((_, h) => {
      const r = reading(s, h);
      // Against a single other door, day-to-day noise doubles and false drifts follow: drift
      // is judged in stores of three sensors or more.
      const others = raw[h]!.sorted.length - (raw[h]!.rank[i]! >= 0 ? 1 : 0);
      if (!isOpen[h] || r === null || others < 2) return;
      const e = shares[i]! * medianWithout(raw[h]!, i)!;
      if (!(e > 0)) return;
      counted.push(r);
      expected.push(e);
    });
    return driftVerdict(dayRatio(counted, expected, params.dayRatioBand, params.minDayHours), past, params);
  });
  const gains = drift.map((d) => d.gain);

  // 3. Point faults, against the store level the other sensors imply (drift taken out).
  const level = implied(gains);
  // How busy the store is today relative to its profile, for the profile as a witness.
  const anchorScale = median(
    hours.flatMap((_, h) => {
      const m = median(level[h]!.sorted);
      return m !== null && profile[h] ? [m / profile[h]!] : [];
    }),
  );
  // Per sensor-hour, the count the other sensors imply and the count the profile implies on
  // its own: doors failing together in a small store must not outvote the profile.
  const judges = sensors.map((_, i) =>
    hours.map((_, h): { others: number; profile: number | null; few: boolean } | null => {
      if (!isOpen[h]) return null;
      const anchor = anchorScale !== null && profile[h] ? anchorScale * profile[h]! : null;
      const l = levelFromOthers(level[h]!, i, anchor, params.minWitnesses);
      if (l === null) return null;
      const few = level[h]!.sorted.length - (level[h]!.rank[i]! >= 0 ? 1 : 0) < params.minWitnesses;
      const scale = shares[i]! * gains[i]!;
      return { others: scale * l, profile: anchor === null ? null : scale * anchor, few };
    }),
  );
  const expected = judges.map((row) => row.map((j) => j?.others ?? null));

  const verdicts: (Verdict | null)[][] = sensors.map((s, i) => {
    const out: (Verdict | null)[] = hours.map(() => null);
    const spread = history.sensors.get(s.sensor_id)?.spread ?? params.defaultSpread;
    const spikeRatio = Math.max(params.spikeMinRatio, Math.exp(params.spikeSpreads * spread));
    let run: number[] = [];
    let runExpected = 0;
    const closeRun = () => {
      if (run.length > 0 && runExpected >= params.deadMinExpected) for (const h of run) out[h] = 'dead';
      run = [];
      runExpected = 0;
    };
    let nulls: number[] = [];
    // Consecutive nulls, open or closed hours alike, are an outage; a lone one is a missing reading.
    const closeNulls = () => {
      for (const h of nulls) out[h] = nulls.length >= 2 ? 'outage' : 'missing';
      nulls = [];
    };
    hours.forEach((_, h) => {
      const r = reading(s, h);
      if (r === null) {
        closeRun();
        nulls.push(h);
        return;
      }
      closeNulls();
      const judge = judges[i]![h] ?? null;
      if (judge === null) {
        closeRun();
        return;
      }
      const { others: e, profile: p, few } = judge;
      const nearZero = (x: number) =>
        r <= Math.max(params.deadMaxReading, params.deadMaxShare * x) && r * params.deadMinRatio <= x;
      // Only a few witnesses may be outvoted on a dead reading: many doors at zero together
      // are an empty store, whatever the profile says.
      if (nearZero(e) || (few && p !== null && nearZero(p))) {
        run.push(h);
        runExpected += Math.max(e, p ?? 0);
        return;
      }
      closeRun();
      const above = (x: number, ratio: number) => r - x >= params.spikeMinExcess && r > ratio * x;
      if (above(e, spikeRatio) || (p !== null && above(p, params.profileSpikeRatio))) out[h] = 'spike';
    });
    closeRun();
    closeNulls();
    return out.map((v, h) => v ?? (isOpen[h] ? (drift[i]!.drifting ? 'corrected' : 'measured') : null));
  });

  // 4. Imputation from the clean sensors of the hour, or from the store profile when none is left.
  const usable = (i: number, h: number) => verdicts[i]![h] === 'measured' || verdicts[i]![h] === 'corrected';
  const value = (i: number, h: number) => sensors[i]!.readings[h]! / gains[i]!;
  const cleanSum = hours.map((_, h) => {
    let v = 0;
    let s = 0;
    sensors.forEach((_, i) => {
      if (usable(i, h)) {
        v += value(i, h);
        s += shares[i]!;
      }
    });
    return { v, s };
  });
  const storeLevel = cleanSum.map(({ v, s }, h) => (isOpen[h] && s > 0 ? v / s : null));
  let profiled = 0;
  let measuredLevel = 0;
  hours.forEach((_, h) => {
    if (storeLevel[h] !== null && profile[h]) {
      profiled += profile[h]!;
      measuredLevel += storeLevel[h]!;
    }
  });
  const profileScale = profiled > 0 ? measuredLevel / profiled : 1;
  const perOpenHour = storeLevel.map((l, h) => (l === null ? null : l / hours[h]!.open_fraction));
  const interpolated = (h: number): number | null => {
    let before = h - 1;
    while (before >= 0 && perOpenHour[before] === null) before--;
    let after = h + 1;
    while (after < hours.length && perOpenHour[after] === null) after++;
    const b = before >= 0 ? perOpenHour[before]! : null;
    const a = after < hours.length ? perOpenHour[after]! : null;
    if (b === null && a === null) return null;
    const rate = b === null ? a! : a === null ? b : b + ((a - b) * (h - before)) / (after - before);
    return rate * hours[h]!.open_fraction;
  };
  const imputedLevel = hours.map((_, h): { level: number; method: Method } | null => {
    if (!isOpen[h]) return null;
    if (storeLevel[h] !== null) return { level: storeLevel[h]!, method: 'share_of_store' };
    if (profile[h]) return { level: profile[h]! * profileScale, method: 'store_profile' };
    const l = interpolated(h);
    return l === null ? null : { level: l, method: 'day_interpolation' };
  });

  const sensorHours: SensorHourResult[] = [];
  sensors.forEach((s, i) => {
    hours.forEach((hour, h) => {
      const r = reading(s, h);
      const verdict = verdicts[i]![h];
      const push = (estimate: number | null, status: Status, reason: Reason, method: Method) =>
        sensorHours.push({
          sensor_id: s.sensor_id,
          hour_utc: hour.hour_utc,
          local_hour: hour.local_hour,
          reading: r,
          estimate,
          status,
          reason,
          method,
        });
      if (!isOpen[h]) {
        // Nobody to count in a closed store: 0, whatever the sensor says.
        push(0, r === 0 ? 'measured' : 'imputed', r === null ? (verdict as Reason) : 'closed', 'closed');
      } else if (verdict === 'measured') {
        push(r, 'measured', 'none', 'measured');
      } else if (verdict === 'corrected') {
        push(Math.round(value(i, h)), 'corrected', 'drift', 'drift_corrected');
      } else {
        const imputed = imputedLevel[h];
        if (imputed) push(Math.round(shares[i]! * imputed.level), 'imputed', verdict!, imputed.method);
        else push(null, 'excluded', verdict!, 'none');
      }
    });
  });

  const storeHours: StoreHourResult[] = hours.map((hour, h) => {
    let visitors = 0;
    let measured = 0;
    sensors.forEach((_, i) => {
      const row = sensorHours[i * hours.length + h]!;
      visitors += row.estimate ?? 0;
      if (row.status === 'measured') measured += row.estimate!;
    });
    return {
      hour_utc: hour.hour_utc,
      local_hour: hour.local_hour,
      open_fraction: hour.open_fraction,
      visitors,
      visitors_measured: measured,
    };
  });

  // The day's share is measured against the median of the other sensors, not their sum, so a
  // neighbour drifting unnoticed does not pull this sensor's share down with it.
  const sensorDays: SensorDaySummary[] = sensors.map((s, i) => {
    const counted: number[] = [];
    const expectedCounts: number[] = [];
    const logRatios: number[] = [];
    hours.forEach((_, h) => {
      const e = expected[i]![h] ?? null;
      const r = reading(s, h);
      if (!usable(i, h) || e === null || !(e > 0) || r === null) return;
      counted.push(r);
      expectedCounts.push(e);
      if (r > 0) logRatios.push(Math.log(r / e));
    });
    const ratio = dayRatio(counted, expectedCounts, params.dayRatioBand, params.minDayHours);
    return {
      store_id: input.store_id,
      sensor_id: s.sensor_id,
      local_date: input.local_date,
      share: ratio === null ? null : shares[i]! * gains[i]! * ratio,
      hours: counted.length,
      spread: logRatios.length >= params.minDayHours ? robustSd(logRatios) : null,
      drift_ratio: drift[i]!.ratio,
      drift_score: drift[i]!.score,
      drift_flagged: drift[i]!.drifting,
    };
  });

  const profileHours: StoreHourSummary[] = hours.flatMap((hour, h) =>
    storeLevel[h] === null
      ? []
      : [
          {
            store_id: input.store_id,
            local_date: input.local_date,
            weekday: input.weekday,
            local_hour: hour.local_hour,
            visitors_per_open_hour: storeHours[h]!.visitors / hour.open_fraction,
          },
        ],
  );

  return { sensorHours, storeHours, sensorDays, profileHours };
}
