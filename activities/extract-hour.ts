/**
 * extractHour: one request per dataset and hour to the chain's API, landed in the lake as one
 * Parquet blob. With `stores`, only those stores are asked for again and their rows replace
 * theirs in the hour's blob, which keeps every other store's rows: the lake always holds whole
 * hours (an hour not in the lake yet is fetched whole).
 */
import { ApplicationFailure } from '@temporalio/activity';
import {
  GRAIN,
  validateHourRows,
  type Dataset,
  type DatasetRows,
  type TransactionRow,
  type VisitorRow,
} from '../lib/datasets.ts';
import { BlobNotFoundError } from '../lib/lake/blob.ts';
import { partitionBlobPath } from '../lib/lake/paths.ts';
import { decodeParquet, encodeParquet } from '../lib/lake/parquet.ts';
import { parseUtcHour } from '../lib/time.ts';
import { cancellationSignal } from './cancellation.ts';
import type { ActivityDeps, RunRef } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface ExtractInput extends RunRef {
  dataset: Dataset;
  hourUtc: string;
  /** Store ids to fetch again into the hour's blob; absent: the whole hour. */
  stores?: number[];
}

export interface ExtractResult {
  dataset: Dataset;
  hourUtc: string;
  blobPath: string;
  rows: number;
  sha256: string;
  /** The stores fetched again, when the blob kept the other stores' rows; absent: fetched whole. */
  stores?: number[];
}

const REQUEST_TIMEOUT_MS = 30_000;

/** GETs JSON; `cancelled` (an activity's cancellation signal) aborts the request with its reason. */
export async function fetchJson(url: string, cancelled?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = cancelled ? AbortSignal.any([cancelled, timeout]) : timeout;
  const response = await fetch(url, { signal });
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

type Row = VisitorRow | TransactionRow;

/** Rows in the source's order: by the dataset's grain (hour, store, then sensor). */
function byGrain(dataset: Dataset): (a: Row, b: Row) => number {
  const keys = GRAIN[dataset].filter((k) => k !== 'hour_utc');
  const at = (r: Row, k: string) => Number((r as unknown as Record<string, unknown>)[k]);
  return (a, b) => {
    for (const k of keys) if (at(a, k) !== at(b, k)) return at(a, k) - at(b, k);
    return 0;
  };
}

export function makeExtractHour(deps: ActivityDeps) {
  /** The hour's rows now in the lake, or undefined when the hour is not there yet. */
  async function lakeRows(dataset: Dataset, blobPath: string) {
    try {
      const blob = await deps.lake.get(blobPath);
      return (await decodeParquet(dataset, blob.bytes, blobPath)).rows;
    } catch (err) {
      if (err instanceof BlobNotFoundError) return undefined;
      throw err;
    }
  }

  return async function extractHour(input: ExtractInput): Promise<ExtractResult> {
    return failPermanentlyOn(async () => {
      const hourUtc = parseUtcHour(input.hourUtc);
      const blobPath = partitionBlobPath(input.dataset, hourUtc);
      const stores = input.stores && [...new Set(input.stores)].sort((a, b) => a - b);
      const kept = stores ? await lakeRows(input.dataset, blobPath) : undefined;
      const only = kept ? `&store_id=${stores!.join(',')}` : '';
      const sourceUrl = `${deps.apiUrl}/v1/${input.dataset}?hour=${encodeURIComponent(hourUtc)}${only}`;
      // A cancelled backfill or a worker shutting down stops waiting for the source.
      const payload = (await fetchJson(sourceUrl, cancellationSignal())) as {
        rows?: unknown;
      };
      let rows: DatasetRows[Dataset][] = validateHourRows(input.dataset, hourUtc, payload.rows, sourceUrl);
      if (kept) {
        const fetched = new Set(stores);
        rows = [...kept.filter((r) => !fetched.has(r.store_id)), ...rows].sort(byGrain(input.dataset));
      }
      const bytes = encodeParquet(input.dataset, rows, { hourUtc, sourceUrl, writtenBy: input.workflowId });
      const stored = await deps.lake.put(blobPath, bytes, {
        dataset: input.dataset,
        hour_utc: hourUtc,
        rows: String(rows.length),
        workflow_id: input.workflowId,
        run_id: input.runId,
      });
      return {
        dataset: input.dataset,
        hourUtc,
        blobPath,
        rows: rows.length,
        sha256: stored.sha256,
        ...(kept ? { stores } : {}),
      };
    });
  };
}
