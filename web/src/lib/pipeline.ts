/** Pure computations behind the pipeline panel, shared by the server, the unit and the browser tests. */
import type { Dataset } from '#lib/datasets.ts';

export interface LastLoad {
  dataset: Dataset;
  /**
   * The newest UTC hour loaded: how far the data goes. Not always the last run's hour: a
   * backfill loads several hours at once, and a replayed hour is an old one.
   */
  latestHourUtc: string | null;
  /** The hour the last finished load covered, and when it finished (ISO); null when the dataset never loaded. */
  hourUtc: string | null;
  finishedAt: string | null;
  /** The run that did it, for a link to the Temporal UI. */
  workflowId: string | null;
  runId: string | null;
}

export interface FailedLoad {
  hourUtc: string;
  dataset: string;
  /** The first line of the latest attempt's error. */
  error: string;
  workflowId: string;
  runId: string;
}

export interface PipelineHealth {
  /** False while the log is empty: nothing has ever been loaded or attempted. */
  recorded: boolean;
  lastLoads: LastLoad[];
  /** First and last UTC hour checked for missing loads. */
  window: { from: string; to: string };
  hoursWithoutLoads: number;
  /** The newest hours without a full load, newest first, at most 12. */
  missingRecent: string[];
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

/** The Temporal UI page of a run (or of the workflow's latest run when the run id is unknown). */
export function temporalRunUrl(
  base: string,
  namespace: string,
  workflowId: string,
  runId: string | null,
): string {
  const ns = encodeURIComponent(namespace);
  const wf = encodeURIComponent(workflowId);
  return runId
    ? `${base}/namespaces/${ns}/workflows/${wf}/${encodeURIComponent(runId)}/history`
    : `${base}/namespaces/${ns}/workflows/${wf}`;
}
