/** extractHour: one request per dataset and hour to the chain's API, landed in the lake as one Parquet blob. */
import { ApplicationFailure } from '@temporalio/activity';
import { validateHourRows, type Dataset } from '../lib/datasets.ts';
import { partitionBlobPath } from '../lib/lake/paths.ts';
import { encodeParquet } from '../lib/lake/parquet.ts';
import { parseUtcHour } from '../lib/time.ts';
import type { ActivityDeps, RunRef } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface ExtractInput extends RunRef {
  dataset: Dataset;
  hourUtc: string;
}

export interface ExtractResult {
  dataset: Dataset;
  hourUtc: string;
  blobPath: string;
  rows: number;
  sha256: string;
}

const REQUEST_TIMEOUT_MS = 30_000;

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.text();
  if (response.status === 409) {
    // The hour is not over at the source yet: a later retry will succeed.
    throw ApplicationFailure.retryable(`${url}: not available yet (${body.slice(0, 200)})`, 'SourceNotReady');
  }
  if (response.status >= 400 && response.status < 500 && response.status !== 429) {
    throw ApplicationFailure.nonRetryable(
      `${url}: HTTP ${response.status} ${body.slice(0, 500)}`,
      'SourceRejected',
    );
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${body.slice(0, 200)}`);
  try {
    return JSON.parse(body);
  } catch {
    // A 2xx body that does not parse is nearly always cut off on the way (a dropped connection,
    // a proxy's page): retried within the policy's bounded attempts, then failed with this message.
    throw ApplicationFailure.retryable(
      `${url}: answer is not JSON (${body.length} bytes)`,
      'SourceDataError',
    );
  }
}

export function makeExtractHour(deps: ActivityDeps) {
  return async function extractHour(input: ExtractInput): Promise<ExtractResult> {
    return failPermanentlyOn(async () => {
      const hourUtc = parseUtcHour(input.hourUtc);
      const sourceUrl = `${deps.apiUrl}/v1/${input.dataset}?hour=${encodeURIComponent(hourUtc)}`;
      const payload = (await fetchJson(sourceUrl)) as { rows?: unknown };
      const rows = validateHourRows(input.dataset, hourUtc, payload.rows, sourceUrl);
      const bytes = encodeParquet(input.dataset, rows, { hourUtc, sourceUrl, writtenBy: input.workflowId });
      const blobPath = partitionBlobPath(input.dataset, hourUtc);
      const stored = await deps.lake.put(blobPath, bytes, {
        dataset: input.dataset,
        hour_utc: hourUtc,
        rows: String(rows.length),
        workflow_id: input.workflowId,
        run_id: input.runId,
      });
      return { dataset: input.dataset, hourUtc, blobPath, rows: rows.length, sha256: stored.sha256 };
    });
  };
}
