/**
 * The pure half of bench/run.ts: a benchmark's stored runs into docs/benchmarks.md's rows, and
 * each target's verdict (met, the measured gap, or not measured yet).
 */
import type { Figure } from './result.ts';

export const SIZES = [10, 100, 1000];

/** A goal one of the issues set for a figure: at most `max` (or at least `min`). */
export interface Target {
  figure: string;
  /** The chain size the goal is for; undefined: every measured size. */
  at?: number;
  max?: number;
  min?: number;
  /** Cost growing no faster than this from one size to the next (10 for linear). */
  maxGrowth?: number;
  text: string;
}

export interface Bench {
  name: string;
  /** bench/<script>.ts; defaults to the name (two entries may share a script). */
  script?: string;
  what: string;
  /** Arguments per chain size; `once` for a benchmark without a size. */
  cases: Record<string, string[]>;
  /** Tiny arguments for `--smoke`; undefined: another entry smoke-tests the same script. */
  smoke?: string[];
  nodeFlags?: string[];
  /** Runs only with DATABASE_URL_PG set (its results stay in the report without it). */
  needsPg?: boolean;
  targets: Target[];
  details: string;
}

export interface Run {
  at: string;
  command: string;
  seconds: number;
  loadBefore: string;
  loadAfter: string;
  node: string;
  machine: string;
  figures: Figure[];
}
export interface Stored {
  bench: string;
  runs: Record<string, Run>;
}

export const fmt = (v: number) =>
  v.toLocaleString('en-US', { maximumFractionDigits: v < 10 ? 2 : v < 100 ? 1 : 0 });
export const sizeLabel = (key: string) =>
  key === 'once' ? 'one run' : `${Number(key).toLocaleString('en-US')} stores`;

/** Met, the measured gap, or what is missing, for one target against stored runs. */
export function verdict(
  target: Target,
  runs: Record<string, Run>,
): { value: string; verdict: string; load: string } {
  const valueAt = (key: string) => runs[key]?.figures.find((f) => f.id === target.figure);
  // The 1-minute load average before each run the verdict rests on.
  const loadOf = (keys: string[]) =>
    keys
      .filter((k) => valueAt(k))
      .map((k) => runs[k]!.loadBefore.split(' ')[0]!)
      .join(', ') || '-';
  const unit = (f: Figure) => (f.unit ? ` ${f.unit}` : '');
  if (target.maxGrowth !== undefined) {
    const steps: string[] = [];
    let worst = 0;
    for (let i = 1; i < SIZES.length; i++) {
      const a = valueAt(String(SIZES[i - 1]));
      const b = valueAt(String(SIZES[i]));
      if (!a || !b || a.value <= 0) continue;
      const g = b.value / a.value;
      worst = Math.max(worst, g);
      steps.push(`x${g.toFixed(1)} (${SIZES[i - 1]} -> ${SIZES[i]})`);
    }
    const load = loadOf(SIZES.map(String));
    if (!steps.length) return { value: '-', verdict: 'not measured at two sizes yet', load };
    const ok = worst <= target.maxGrowth;
    return {
      value: steps.join(', '),
      verdict: ok ? 'met' : `**gap**: x${worst.toFixed(1)} per x10 stores`,
      load,
    };
  }
  const keys = target.at !== undefined ? [String(target.at)] : Object.keys(runs);
  const found = keys.map((k) => [k, valueAt(k)] as const).filter((x): x is [string, Figure] => !!x[1]);
  const load = loadOf(keys);
  if (!found.length)
    return {
      value: '-',
      verdict: `not measured${target.at ? ` at ${sizeLabel(String(target.at))}` : ''} yet`,
      load,
    };
  const limit = target.max ?? target.min!;
  const bad = found.filter(([, f]) => (target.max !== undefined ? f.value > limit : f.value < limit));
  const value = found
    .map(
      ([k, f]) =>
        `${fmt(f.value)}${unit(f)}${keys.length > 1 || target.at === undefined ? ` (${sizeLabel(k)})` : ''}`,
    )
    .join(', ');
  if (!bad.length) return { value, verdict: 'met', load };
  const [k, f] = bad[0]!;
  const gap =
    limit === 0
      ? `${fmt(f.value)} instead of 0`
      : `${fmt(f.value / limit)}x the limit (${fmt(f.value)} vs ${fmt(limit)}${unit(f)})`;
  return { value, verdict: `**gap**: ${gap}${keys.length > 1 ? ` at ${sizeLabel(k)}` : ''}`, load };
}

export function section(bench: Bench, data: Stored): string {
  const keys = Object.keys(bench.cases);
  const isSized = !keys.includes('once');
  const ids: Figure[] = [];
  for (const key of keys)
    for (const f of data.runs[key]?.figures ?? []) if (!ids.some((x) => x.id === f.id)) ids.push(f);
  const out = [`## ${bench.name}`, '', `${bench.what}. Details and history: ${bench.details}.`, ''];
  if (!ids.length) {
    out.push(`Not run yet: \`npm run bench -- --only ${bench.name}\`.`, '');
    return out.join('\n');
  }
  const cols = isSized ? SIZES.map((n) => sizeLabel(String(n))) : ['value'];
  out.push(
    `| figure | ${cols.join(' | ')}${isSized ? ' | growth x10' : ''} | target | met? |`,
    `| --- | ${cols.map(() => '---:').join(' | ')}${isSized ? ' | --- ' : ''}| --- | --- |`,
  );
  for (const fig of ids) {
    const cells = (isSized ? SIZES.map(String) : ['once']).map((k) => {
      const f = data.runs[k]?.figures.find((x) => x.id === fig.id);
      return f ? `${fmt(f.value)}${f.unit ? ` ${f.unit}` : ''}` : '-';
    });
    const growth = SIZES.slice(1)
      .map((n, i) => {
        const a = data.runs[String(SIZES[i])]?.figures.find((x) => x.id === fig.id);
        const b = data.runs[String(n)]?.figures.find((x) => x.id === fig.id);
        return a && b && a.value > 0 ? `x${(b.value / a.value).toFixed(1)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    const targets = bench.targets.filter((t) => t.figure === fig.id);
    const targetText = targets.map((t) => t.text).join('; ') || '-';
    const met = targets.map((t) => verdict(t, data.runs).verdict).join('; ') || '-';
    out.push(
      `| ${fig.label} | ${cells.join(' | ')}${isSized ? ` | ${growth || '-'}` : ''} | ${targetText} | ${met} |`,
    );
  }
  out.push('');
  for (const key of keys) {
    const r = data.runs[key];
    out.push(
      r
        ? `- ${sizeLabel(key)}: \`${r.command}\`, ${r.at.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(r.seconds)} s, load ${r.loadBefore} before, ${r.loadAfter} after; Node ${r.node}, ${r.machine}.`
        : `- ${sizeLabel(key)}: not run yet (\`npm run bench -- --only ${bench.name}${isSized ? ` --sizes ${key}` : ''}\`).`,
    );
  }
  out.push('');
  return out.join('\n');
}
