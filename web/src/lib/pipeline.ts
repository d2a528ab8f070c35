/** Pure computations behind the pipeline panel, shared by the server, the unit and the browser tests. */
import { DATASETS, type Dataset } from '#lib/datasets.ts';
import { addHours, hoursInRange, lastCompleteHour } from '#lib/time.ts';

export interface LastLoad {
  dataset: Dataset;
  /** The UTC hour it loaded, and when it finished (ISO); null when the dataset never loaded. */
  hourUtc: string | null;
  finishedAt: string | null;
}

export interface FailedLoad {
  hourUtc: string;
  dataset: string;
  /** The first line of the latest attempt's error. */
  error: string;
}

export interface PipelineHealth {
  /** False while the log is empty: nothing has ever been loaded or attempted. */
  recorded: boolean;
  lastLoads: LastLoad[];
  /** First and last UTC hour checked for missing loads. */
  window: { from: string; to: string };
  hoursWithoutLoads: number;
  /** Hour and dataset pairs whose latest attempt failed, most recent first, at most 3 of them. */
  failures: FailedLoad[];
  unresolvedFailures: number;
}

/** How far back the panel looks for hours that are not loaded. */
export const WINDOW_HOURS = 72;

/**
 * The `count` UTC hours ending with the latest finished hour at `nowMs`, oldest first.
 * The hour in progress is left out: its data cannot exist yet.
 */
export function recentHours(nowMs: number, count = WINDOW_HOURS): string[] {
  const last = lastCompleteHour(nowMs);
  return hoursInRange(addHours(last, 1 - count), addHours(last, 1));
}

export interface LoadedHour {
  hourUtc: string;
  dataset: string;
}

/** Of `hours`, those that lack a successful load of at least one dataset. */
export function hoursWithoutLoads(hours: readonly string[], loaded: readonly LoadedHour[]): string[] {
  const done = new Map<string, Set<string>>();
  for (const l of loaded) done.set(l.hourUtc, (done.get(l.hourUtc) ?? new Set()).add(l.dataset));
  return hours.filter((h) => DATASETS.some((d) => !done.get(h)?.has(d)));
}

/** An error's first line, cut to `max` characters: stack traces and SQL dumps stay in the log. */
export function firstLine(error: string | null, max = 160): string {
  const line = (error ?? '').split('\n', 1)[0]!.trim();
  if (line === '') return 'No error message recorded';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
