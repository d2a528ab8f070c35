/**
 * When an hour counts as ingested: every dataset has a successful load of it in
 * raw.ingestion_log. The orchestration (which hours to ingest again) and the dashboard
 * (how many hours are missing) both ask this question.
 */
import { DATASETS } from './datasets.ts';

/** One successful load, as raw.ingestion_log records it. */
export interface SucceededLoad {
  hourUtc: string;
  dataset: string;
}

/** Of `hours`, those that lack a successful load of at least one dataset, in their order. */
export function missingHours(hours: readonly string[], succeeded: readonly SucceededLoad[]): string[] {
  const done = new Map<string, Set<string>>();
  for (const l of succeeded) done.set(l.hourUtc, (done.get(l.hourUtc) ?? new Set()).add(l.dataset));
  return hours.filter((h) => DATASETS.some((d) => !done.get(h)?.has(d)));
}
