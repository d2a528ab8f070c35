/**
 * Errors that retrying cannot fix become non-retryable Temporal failures with a type
 * operators can search for; everything else is left to the retry policy.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { DatasetValidationError } from '../lib/datasets.ts';
import { TimeInputError } from '../lib/time.ts';
import { LakeDataError } from '../lib/lake/parquet.ts';
import { BlobNotFoundError } from '../lib/lake/blob.ts';

const PERMANENT = [LakeDataError, DatasetValidationError, TimeInputError] as const;

export async function failPermanentlyOn<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (PERMANENT.some((cls) => err instanceof cls)) {
      throw ApplicationFailure.nonRetryable((err as Error).message, (err as Error).name);
    }
    if (err instanceof BlobNotFoundError) {
      // The extract may not have run yet; retrying is right, but say what is missing.
      throw ApplicationFailure.retryable(err.message, err.name);
    }
    throw err;
  }
}
