import { ApplicationFailure } from '@temporalio/activity';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError } from '../lib/datasets.ts';
import { BlobNotFoundError } from '../lib/lake/blob.ts';
import { LakeDataError } from '../lib/lake/parquet.ts';
import { parseUtcHour } from '../lib/time.ts';
import { failFastOn, failPermanentlyOn } from './errors.ts';

const failure = (work: () => Promise<unknown>) => failPermanentlyOn(work).catch((e: unknown) => e);

describe('failPermanentlyOn', () => {
  it.each([
    [
      'bad lake content',
      new LakeDataError('visitors/x.parquet', 'unknown schema version 9'),
      'LakeDataError',
    ],
    [
      'bad source rows',
      new DatasetValidationError('row 3 column "visitors" is "x"'),
      'DatasetValidationError',
    ],
  ])('turns %s into a non-retryable failure that keeps the message', async (_what, err, type) => {
    const e = await failure(async () => {
      throw err;
    });
    expect(e).toBeInstanceOf(ApplicationFailure);
    expect(e).toMatchObject({ nonRetryable: true, type, message: err.message });
  });

  it('treats a malformed hour as permanent', async () => {
    expect(await failure(async () => parseUtcHour('noon'))).toMatchObject({
      nonRetryable: true,
      type: 'TimeInputError',
    });
  });

  it('keeps a missing blob retryable: the extract may not have landed it yet', async () => {
    const e = await failure(async () => {
      throw new BlobNotFoundError('visitors/date=2026-11-24/hour=13/part-0.parquet');
    });
    expect(e).toMatchObject({ nonRetryable: false, type: 'BlobNotFoundError' });
  });

  it('passes other errors through for the retry policy', async () => {
    const err = new Error('ECONNRESET');
    expect(await failure(async () => Promise.reject(err))).toBe(err);
    expect(await failPermanentlyOn(async () => 42)).toBe(42);
  });
});

describe('failFastOn', () => {
  it('does not retry a RangeError, such as a stack overflow, which fails the same way every time', async () => {
    // The check's bug at 1,000 stores: a query's rows spread into push().
    const overflow = () => [0].push(...Array.from({ length: 500_000 }, () => 0));
    const e = await failFastOn(async () => overflow()).catch((x: unknown) => x);
    expect(e).toMatchObject({ nonRetryable: true, type: 'RangeError' });
  });

  it('keeps the rest as failPermanentlyOn does', async () => {
    const err = new Error('SQLITE_BUSY');
    expect(await failFastOn(async () => Promise.reject(err)).catch((x: unknown) => x)).toBe(err);
    expect(await failFastOn(async () => parseUtcHour('noon')).catch((x: unknown) => x)).toMatchObject({
      nonRetryable: true,
      type: 'TimeInputError',
    });
  });
});
