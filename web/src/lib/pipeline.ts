/** Pure computations behind the pipeline panel, shared by the server, the unit and the browser tests. */
import type { Dataset } from '#lib/datasets.ts';

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

/** An error's first line, cut to `max` characters: stack traces and SQL dumps stay in the log. */
export function firstLine(error: string | null, max = 160): string {
  const line = (error ?? '').split('\n', 1)[0]!.trim();
  if (line === '') return 'No error message recorded';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
