/**
 * Deterministic randomness. Like the original (SHA-256 of a text key), every value is
 * derived from a key, never from state, so any hour can be recomputed in any order and
 * in any process. A fast 32-bit hash replaces SHA-256 because one hour of a large chain
 * needs tens of thousands of keys; the algorithms are plain integer arithmetic, so the
 * results are identical on every platform.
 */
import { HOUR_MS } from '../../lib/time.ts';

/** Bumped whenever the model changes its numbers, so keys of different models never collide. */
export const MODEL_VERSION = 1;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, v: number): number {
  return fmix(Math.imul(h ^ v, 0x9e3779b1) + 0x7f4a7c15);
}

function mixString(h: number, s: string): number {
  h = mix(h, s.length);
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** Keys start with a stream name ("reading", "sales"...): its hash is computed once. */
const streamStates = new Map<string, number>();

/** A 32-bit hash of a key made of strings and integers (integers must fit in 32 bits). */
export function hashKey(parts: readonly (string | number)[]): number {
  let h = MODEL_VERSION * 0x27d4eb2f;
  let i = 0;
  const first = parts[0];
  if (typeof first === 'string') {
    let state = streamStates.get(first);
    if (state === undefined) {
      state = mixString(h, first);
      streamStates.set(first, state);
    }
    h = state;
    i = 1;
  }
  for (; i < parts.length; i++) {
    const part = parts[i]!;
    h = typeof part === 'number' ? mix(h, part | 0) : mixString(h, part);
  }
  return h;
}

/** A UTC hour as a small integer key part (hours since the epoch). */
export function hourIndex(hour: string): number {
  return Date.parse(hour) / HOUR_MS;
}

/** A uniform number in [0, 1) for a key: the cheapest draw when one value is enough. */
export function uniformOf(parts: readonly (string | number)[]): number {
  return hashKey(parts) / 4294967296;
}

/** sfc32 seeded from a key hash: small, fast and statistically sound for simulation. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(parts: readonly (string | number)[]) {
    const h = hashKey(parts);
    this.a = fmix(h ^ 0x9e3779b9);
    this.b = fmix(h ^ 0x243f6a88);
    this.c = fmix(h ^ 0xb7e15162);
    this.d = 1;
    // The seed words are already avalanched hashes; a few rounds finish mixing them.
    for (let i = 0; i < 4; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Standard normal (Box-Muller; 1 - u keeps the logarithm finite). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median and shape: right-skewed like real baskets. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * Binomial(n, p): exact for small n, normal approximation above (the error is far below
   * the model's own noise there, and it keeps a 1,000-store hour fast).
   */
  binomial(n: number, p: number): number {
    if (n <= 50) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, k));
  }
}
