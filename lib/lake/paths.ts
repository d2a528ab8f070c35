/** Where each dataset's hour lives in the lake: Hive layout so Spark, Synapse and DuckDB see partitions. */
import type { Dataset } from '../datasets.ts';

export function partitionPrefix(dataset: Dataset, hourUtc: string): string {
  return `${dataset}/date=${hourUtc.slice(0, 10)}/hour=${hourUtc.slice(11, 13)}/`;
}

/** One file per dataset and hour, always the same name, so a re-run overwrites instead of adding. */
export function partitionBlobPath(dataset: Dataset, hourUtc: string): string {
  return `${partitionPrefix(dataset, hourUtc)}part-0.parquet`;
}

const PATH_RE = /^(visitors|transactions)\/date=(\d{4}-\d{2}-\d{2})\/hour=(\d{2})\/part-0\.parquet$/;

export function parsePartitionBlobPath(blobPath: string): { dataset: Dataset; hourUtc: string } | undefined {
  const m = PATH_RE.exec(blobPath);
  if (!m) return undefined;
  return { dataset: m[1] as Dataset, hourUtc: `${m[2]}T${m[3]}:00:00Z` };
}
