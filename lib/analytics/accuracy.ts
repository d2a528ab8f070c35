/**
 * Accuracy of footfall estimates against a ground truth, as pure functions: error at any grain,
 * conversion-rate error, fault detection and false alarms, drift detection latency. Errors are
 * relative (0.015 = 1.5 %).
 */

export interface ErrorStats {
  n: number;
  /** Mean absolute relative error. */
  mape: number | null;
  /** Mean signed relative error: positive when estimates are too high. */
  bias: number | null;
  /** 95th percentile (nearest rank) of the absolute relative error. */
  p95: number | null;
  /** The signed relative error of largest magnitude. */
  worst: number | null;
}

export interface EstimatePair {
  estimate: number;
  truth: number;
}

/** Error statistics over the pairs whose truth is positive (a relative error needs one). */
export function errorStats(pairs: readonly EstimatePair[]): ErrorStats {
  const errors = pairs.filter((p) => p.truth > 0).map((p) => (p.estimate - p.truth) / p.truth);
  const n = errors.length;
  if (n === 0) return { n, mape: null, bias: null, p95: null, worst: null };
  const abs = errors.map(Math.abs).sort((a, b) => a - b);
  let worst = errors[0]!;
  for (const e of errors) if (Math.abs(e) > Math.abs(worst)) worst = e;
  return {
    n,
    mape: abs.reduce((a, b) => a + b, 0) / n,
    bias: errors.reduce((a, b) => a + b, 0) / n,
    p95: abs[Math.ceil(0.95 * n) - 1]!,
    worst,
  };
}

export interface ConversionDay {
  transactions: number;
  estimate: number;
  truth: number;
}

export interface ConversionError {
  n: number;
  /** Mean absolute error of the conversion rate, in rate units (0.01 = one percentage point). */
  meanAbs: number | null;
  /** Mean absolute relative error of the conversion rate. */
  mape: number | null;
}

/** Conversion = transactions / visitors, estimated against true; days with no visitors either way are skipped. */
export function conversionError(days: readonly ConversionDay[]): ConversionError {
  const used = days.filter((d) => d.truth > 0 && d.estimate > 0);
  const n = used.length;
  if (n === 0) return { n, meanAbs: null, mape: null };
  let abs = 0;
  let rel = 0;
  for (const d of used) {
    const estimated = d.transactions / d.estimate;
    const actual = d.transactions / d.truth;
    abs += Math.abs(estimated - actual);
    rel += Math.abs(d.truth / d.estimate - 1);
  }
  return { n, meanAbs: abs / n, mape: rel / n };
}

export interface Tally {
  n: number;
  flagged: number;
}

export interface JudgedReading {
  /** The ground truth's fault of the reading; 'none' when healthy. */
  fault: string;
  /** The method rejected or adjusted the reading. */
  flagged: boolean;
  /** The store was open: healthy readings of closed hours are too easy to count as such. */
  open: boolean;
}

export interface Detection {
  /** Per fault type, how many readings had it and how many of them were flagged. */
  byFault: Record<string, Tally>;
  /** Healthy readings in open hours, and how many were flagged anyway. */
  falseAlarms: Tally;
}

export function detection(readings: Iterable<JudgedReading>): Detection {
  const byFault: Record<string, Tally> = {};
  const falseAlarms: Tally = { n: 0, flagged: 0 };
  for (const r of readings) {
    if (r.fault === 'none') {
      if (!r.open) continue;
      falseAlarms.n++;
      if (r.flagged) falseAlarms.flagged++;
      continue;
    }
    const t = (byFault[r.fault] ??= { n: 0, flagged: 0 });
    t.n++;
    if (r.flagged) t.flagged++;
  }
  return { byFault, falseAlarms };
}

/** One drift of one sensor, by store-local dates. */
export interface DriftEpisode {
  /** The days with drifting readings, in order: the days the drift could be seen (not closed days). */
  days: readonly string[];
  /** First of those days, or a day between them, on which the method flagged the sensor; null if never. */
  flagged: string | null;
}

export interface DriftLatency {
  episodes: number;
  /** Per flagged episode, the days the drift could be seen up to the flag: 1 = flagged on its first day. */
  latencies: number[];
  /** Episodes seen on two days or more and never flagged. */
  missed: number;
  /** Episodes seen on one day only and not flagged then: too short to judge. */
  tooShort: number;
  max: number | null;
}

/** Days the drift could be seen up to and including the flag (a closed day in between does not count). */
export function latencyDays(e: DriftEpisode): number | null {
  const flagged = e.flagged;
  return flagged === null ? null : e.days.filter((d) => d <= flagged).length;
}

export function driftLatency(episodes: readonly DriftEpisode[]): DriftLatency {
  const latencies: number[] = [];
  let missed = 0;
  let tooShort = 0;
  for (const e of episodes) {
    const latency = latencyDays(e);
    if (latency !== null) latencies.push(latency);
    else if (e.days.length >= 2) missed++;
    else tooShort++;
  }
  return {
    episodes: episodes.length,
    latencies,
    missed,
    tooShort,
    max: latencies.length > 0 ? Math.max(...latencies) : null,
  };
}
