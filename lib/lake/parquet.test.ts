import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { TransactionRow, VisitorRow } from '../datasets.ts';
import { decodeParquet, encodeParquet, LakeDataError } from './parquet.ts';

const HOUR = '2026-11-24T13:00:00Z';
const META = {
  hourUtc: HOUR,
  sourceUrl: 'http://api/v1/visitors?hour=x',
  writtenBy: 'ingest-hour-2026-11-24T13',
};
const visitors: VisitorRow[] = [
  { store_id: 1, sensor_id: 1, hour_utc: HOUR, local_date: '2026-11-24', local_hour: 14, visitors: 57 },
  { store_id: 1, sensor_id: 2, hour_utc: HOUR, local_date: '2026-11-24', local_hour: 14, visitors: null },
];

describe('Parquet codec', () => {
  it('round-trips rows, nulls included, with the lineage metadata', async () => {
    const bytes = encodeParquet('visitors', visitors, META);
    const { rows, meta } = await decodeParquet('visitors', bytes, 'blob');
    expect(rows).toEqual(visitors);
    expect(meta).toEqual({ dataset: 'visitors', schemaVersion: 1, rowCount: 2, ...META });
  });

  it('writes the same bytes for the same hour', () => {
    expect(encodeParquet('visitors', visitors, META)).toEqual(encodeParquet('visitors', visitors, META));
  });

  it('declares explicit logical types', () => {
    const bytes = encodeParquet('transactions', [] as TransactionRow[], META);
    const schema = parquetMetadata(bytes.buffer as ArrayBuffer).schema;
    const byName = Object.fromEntries(schema.map((e) => [e.name, e]));
    expect(byName.hour_utc).toMatchObject({
      type: 'INT64',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
    });
    expect(byName.local_date).toMatchObject({ type: 'INT32', converted_type: 'DATE' });
    expect(byName.revenue).toMatchObject({ type: 'DOUBLE', repetition_type: 'REQUIRED' });
  });

  it('refuses another dataset and rows of another hour, naming the blob', async () => {
    const bytes = encodeParquet('visitors', visitors, META);
    await expect(decodeParquet('transactions', bytes, 'x/part-0.parquet')).rejects.toThrow(
      'x/part-0.parquet: holds dataset "visitors", expected "transactions"',
    );
    const wrongHour = encodeParquet('visitors', visitors, { ...META, hourUtc: '2026-11-24T14:00:00Z' });
    await expect(decodeParquet('visitors', wrongHour, 'b')).rejects.toThrow(LakeDataError);
  });

  it('refuses bytes that are not Parquet', async () => {
    await expect(decodeParquet('visitors', new Uint8Array([1, 2, 3]), 'b')).rejects.toThrow(
      /^b: not a readable Parquet file/,
    );
  });

  it('says the footer is damaged, not which JavaScript error the reader hit, when only the magic survives', async () => {
    const good = encodeParquet('visitors', visitors, META);
    const bad = new Uint8Array(good.byteLength);
    bad.set(good.subarray(0, 4));
    bad.set(good.subarray(-4), good.byteLength - 4);
    await expect(decodeParquet('visitors', bad, 'v/part-0.parquet')).rejects.toThrow(
      'v/part-0.parquet: not a readable Parquet file (its footer metadata does not decode)',
    );
  });
});
