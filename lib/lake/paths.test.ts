import { describe, expect, it } from 'vitest';
import { partitionBlobPath } from './paths.ts';

describe('partition paths', () => {
  it('puts each dataset and UTC hour at one fixed Hive-style path', () => {
    expect(partitionBlobPath('visitors', '2026-11-24T03:00:00Z')).toBe(
      'visitors/date=2026-11-24/hour=03/part-0.parquet',
    );
    expect(partitionBlobPath('transactions', '2026-01-01T23:00:00Z')).toBe(
      'transactions/date=2026-01-01/hour=23/part-0.parquet',
    );
  });
});
