/**
 * Errors that retrying cannot fix (lib/retry.ts decides which) become non-retryable Temporal
 * failures with a type operators can search for; everything else is left to the retry policy.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { BlobNotFoundError } from '../lib/lake/blob.ts';
import { isPermanent } from '../lib/retry.ts';

export async function failPermanentlyOn<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isPermanent(err)) throw ApplicationFailure.nonRetryable(err.message, err.name);
    if (err instanceof BlobNotFoundError) {
      // The extract may not have run yet; retrying is right, but say what is missing.
      throw ApplicationFailure.retryable(err.message, err.name);
    }
    throw err;
  }
}

/**
 * failPermanentlyOn, and a RangeError is not retried either: a stack overflow, an invalid date
 * or a reading that is not a count fails the same way on every attempt. For work whose failure
 * is reported rather than thrown (the hour's sensor-health check): retries would only hold the
 * hour's workflow for minutes of backoff before it reports the same error.
 */
export function failFastOn<T>(work: () => Promise<T>): Promise<T> {
  return failPermanentlyOn(async () => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof RangeError) throw ApplicationFailure.nonRetryable(err.message, err.name);
      throw err;
    }
  });
}
