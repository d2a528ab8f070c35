/**
 * loadHour: replace exactly one hour of one dataset in raw with the content of its lake blob,
 * in one transaction, and record the load in raw.ingestion_log. Re-running gives the
 * same rows; a crash mid-way rolls back to the previous state.
 */
import type { Knex } from 'knex';
import type { Dataset } from '../lib/datasets.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { databaseMessage } from '../lib/db/errors.ts';
import { RAW, tableRef } from '../lib/db/naming.ts';
import { decodeParquet, LakeDataError } from '../lib/lake/parquet.ts';
import { parseUtcHour } from '../lib/time.ts';
import { cancellationSignal } from './cancellation.ts';
import type { ActivityDeps, RunRef } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface LoadInput extends RunRef {
  dataset: Dataset;
  hourUtc: string;
  blobPath: string;
}

export interface LoadResult {
  dataset: Dataset;
  hourUtc: string;
  blobPath: string;
  rows: number;
  sha256: string;
}

async function logLoad(db: Knex | Knex.Transaction, entry: Record<string, unknown>): Promise<void> {
  await db(tableRef(db as Knex, 'raw', RAW.ingestionLog).qualified).insert(entry);
}

export function makeLoadHour(deps: ActivityDeps) {
  return async function loadHour(input: LoadInput): Promise<LoadResult> {
    const startedAt = new Date();
    const { db, lake } = deps;
    const base = {
      dataset: input.dataset,
      source_blob: input.blobPath,
      workflow_id: input.workflowId,
      run_id: input.runId,
      started_at: startedAt.toISOString(),
    };
    // A malformed hour is a caller's bug: fail at once, without retries or a log entry.
    const hourUtc = await failPermanentlyOn(async () => parseUtcHour(input.hourUtc));
    try {
      return await failPermanentlyOn(async () => {
        const blob = await lake.get(input.blobPath);
        const { rows, meta } = await decodeParquet(input.dataset, blob.bytes, input.blobPath);
        if (meta.hourUtc !== hourUtc) {
          throw new LakeDataError(input.blobPath, `holds hour ${meta.hourUtc}, expected ${hourUtc}`);
        }
        const loadedAt = new Date().toISOString();
        const lineage = {
          source_blob: input.blobPath,
          source_checksum: blob.sha256,
          workflow_id: input.workflowId,
          run_id: input.runId,
          loaded_at: loadedAt,
        };
        const table = tableRef(db, 'raw', RAW[input.dataset]).qualified;
        // Cancelled while reading the blob: do not start a transaction nobody waits for.
        cancellationSignal()?.throwIfAborted();
        await db
          .transaction(async (trx) => {
            await trx(table).where('hour_utc', hourUtc).delete();
            await insertChunked(trx, dialectOf(db), table, rows, lineage);
            const finishedAt = new Date();
            await logLoad(trx, {
              ...base,
              hour_utc: hourUtc,
              status: 'succeeded',
              rows: rows.length,
              source_checksum: blob.sha256,
              finished_at: finishedAt.toISOString(),
              duration_ms: finishedAt.getTime() - startedAt.getTime(),
            });
          })
          .catch((err: unknown) => {
            throw new Error(
              `loading ${input.blobPath} into ${table} failed, rolled back: ${databaseMessage(err)}`,
            );
          });
        return {
          dataset: input.dataset,
          hourUtc,
          blobPath: input.blobPath,
          rows: rows.length,
          sha256: blob.sha256,
        };
      });
    } catch (err) {
      const finishedAt = new Date();
      // Best effort: the failure itself is what matters and is rethrown either way.
      await logLoad(db, {
        ...base,
        hour_utc: hourUtc,
        status: 'failed',
        finished_at: finishedAt.toISOString(),
        duration_ms: finishedAt.getTime() - startedAt.getTime(),
        error: String((err as Error).message).slice(0, 4000),
      }).catch(() => undefined);
      throw err;
    }
  };
}
