/** Where each dataset's hour lives in the lake: Hive layout so Spark, Synapse and DuckDB see partitions. */
import type { Dataset } from '../datasets.ts';

export function partitionPrefix(dataset: Dataset, hourUtc: string): string {
  return `${dataset}/date=${hourUtc.slice(0, 10)}/hour=${hourUtc.slice(11, 13)}/`;
}

/** One file per dataset and hour, always the same name, so a re-run overwrites instead of adding. */
export function partitionBlobPath(dataset: Dataset, hourUtc: string): string {
  return `${partitionPrefix(dataset, hourUtc)}part-0.parquet`;
}
