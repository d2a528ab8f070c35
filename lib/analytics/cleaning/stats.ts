/** Robust statistics shared by the cleaning rules: medians and MAD, never means of raw values. */

/** Median of the values (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator and keeps its doubles unboxed (an
  // Array's sort copies them into a work array as heap numbers): half the time, and most of a
  // day build's garbage (docs/bench/build.md).
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Scales a median absolute deviation to a standard deviation under normal noise. */
const MAD_TO_SD = 1.4826;

/** Robust standard deviation: 1.4826 x the median absolute deviation; null when empty. */
export function robustSd(values: readonly number[]): number | null {
  const m = median(values);
  if (m === null) return null;
  return MAD_TO_SD * median(values.map((v) => Math.abs(v - m)))!;
}

/** Values sorted once, with each input's position among them (-1 for a null). */
export interface Ranked {
  sorted: number[];
  rank: number[];
}

export function rankValues(values: readonly (number | null)[]): Ranked {
  const order = values
    .map((v, i) => i)
    .filter((i) => values[i] !== null)
    .sort((a, b) => values[a]! - values[b]! || a - b);
  const rank = values.map(() => -1);
  order.forEach((i, k) => (rank[i] = k));
  return { sorted: order.map((i) => values[i]!), rank };
}

/**
 * Median of the ranked values leaving out input `index` (nothing left out when it is null):
 * O(1), so judging every sensor against all the others of its hour needs one sort per hour.
 */
export function medianWithout({ sorted, rank }: Ranked, index: number): number | null {
  const skip = rank[index] ?? -1;
  const n = skip >= 0 ? sorted.length - 1 : sorted.length;
  if (n === 0) return null;
  const at = (k: number) => sorted[skip >= 0 && k >= skip ? k + 1 : k]!;
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}
