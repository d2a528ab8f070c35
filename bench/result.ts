/**
 * The machine-readable end of every benchmark: one line, `bench-result {...}`, printed last, with
 * the headline figures of the run. bench/run.ts keeps the line of each run in
 * docs/bench/results/<bench>.json and writes docs/benchmarks.md from those files; the human
 * tables each benchmark prints before it stay for docs/bench/*.md.
 */

/** One headline figure: `id` is stable across runs (bench/run.ts keys its targets by it). */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  value: number;
}

export const RESULT_PREFIX = 'bench-result ';

export function printResult(figures: Figure[]): void {
  console.log(`${RESULT_PREFIX}${JSON.stringify({ figures })}`);
}

/** The figures of the last result line of a benchmark's output; undefined if it printed none. */
export function parseResult(output: string): Figure[] | undefined {
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) return undefined;
  return (JSON.parse(line.slice(RESULT_PREFIX.length)) as { figures: Figure[] }).figures;
}
