/**
 * Parquet encoding of the datasets (pure: bytes in, bytes out). Column types come from
 * lib/datasets.ts; file key-value metadata records what produced the file so any blob can
 * be traced and refused if its schema version is unknown.
 */
import { parquetMetadata, parquetReadObjects, type SchemaElement } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import {
  COLUMNS,
  DatasetValidationError,
  SCHEMA_VERSION,
  validateHourRows,
  type ColumnKind,
  type Dataset,
  type DatasetRows,
} from '../datasets.ts';
import { PermanentError } from '../errors.ts';

export const PRODUCER = 'datamag360 0.1.0';
const META_PREFIX = 'datamag360.';

/** Bad lake content: retrying cannot fix it. */
export class LakeDataError extends PermanentError {
  override name = 'LakeDataError';
  readonly blobPath: string;

  constructor(blobPath: string, problem: string) {
    super(`${blobPath}: ${problem}`);
    this.blobPath = blobPath;
  }
}

export interface FileMetadata {
  dataset: Dataset;
  schemaVersion: number;
  hourUtc: string;
  sourceUrl: string;
  /** The business-key workflow id (deterministic, unlike the run id, so bytes stay identical). */
  writtenBy: string;
  rowCount: number;
}

function element(name: string, kind: ColumnKind, nullable: boolean): SchemaElement {
  const repetition_type = nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (kind) {
    case 'int32':
      // Plain INT32 is already signed 32-bit; hyparquet-writer's INTEGER logical-type
      // annotation makes DuckDB reject the footer ("TProtocolException: Invalid data").
      return { name, repetition_type, type: 'INT32' };
    case 'double':
      return { name, repetition_type, type: 'DOUBLE' };
    case 'utf8':
      return {
        name,
        repetition_type,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        logical_type: { type: 'STRING' },
      };
    case 'date':
      return { name, repetition_type, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } };
    case 'timestamp':
      return {
        name,
        repetition_type,
        type: 'INT64',
        converted_type: 'TIMESTAMP_MILLIS',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      };
  }
}

function toParquetValue(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'timestamp') return new Date(value as string);
  if (kind === 'date') return new Date(`${value as string}T00:00:00Z`);
  return value;
}

export function encodeParquet<D extends Dataset>(
  dataset: D,
  rows: readonly DatasetRows[D][],
  meta: Omit<FileMetadata, 'dataset' | 'schemaVersion' | 'rowCount'>,
): Uint8Array {
  const columns = COLUMNS[dataset];
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.map((c) => element(c.name, c.kind, c.nullable)),
  ];
  const columnData = columns.map((c) => ({
    name: c.name,
    data: rows.map((r) => toParquetValue(c.kind, (r as unknown as Record<string, unknown>)[c.name])),
    nullable: c.nullable,
  }));
  const kv: Record<string, string> = {
    dataset,
    schema_version: String(SCHEMA_VERSION),
    hour_utc: meta.hourUtc,
    source_url: meta.sourceUrl,
    written_by: meta.writtenBy,
    row_count: String(rows.length),
    producer: PRODUCER,
  };
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    createdBy: PRODUCER,
    kvMetadata: Object.entries(kv).map(([key, value]) => ({ key: META_PREFIX + key, value })),
  });
  return new Uint8Array(buffer);
}

function readKv(kvs: { key: string; value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, value } of kvs ?? []) {
    if (key.startsWith(META_PREFIX) && value !== undefined) out[key.slice(META_PREFIX.length)] = value;
  }
  return out;
}

function fromParquetValue(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'timestamp' && value instanceof Date) return value.toISOString().replace('.000Z', 'Z');
  if (kind === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/**
 * hyparquet's own errors say what is wrong ("footer != PAR1"); a damaged footer between intact
 * magic bytes instead surfaces as a JavaScript TypeError or RangeError from deep inside the
 * reader, which would tell an operator nothing.
 */
function readerProblem(err: unknown): string {
  if (err instanceof TypeError || err instanceof RangeError) return 'its footer metadata does not decode';
  return (err as Error).message;
}

/**
 * Decodes and validates one lake file. Every problem (not Parquet, unknown schema version,
 * wrong dataset, missing or mistyped column, null in a required column) is a LakeDataError
 * naming the blob.
 */
export async function decodeParquet<D extends Dataset>(
  dataset: D,
  bytes: Uint8Array,
  blobPath: string,
): Promise<{ rows: DatasetRows[D][]; meta: FileMetadata }> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata;
  try {
    metadata = parquetMetadata(file);
  } catch (err) {
    throw new LakeDataError(blobPath, `not a readable Parquet file (${readerProblem(err)})`);
  }
  const kv = readKv(metadata.key_value_metadata);
  const version = Number(kv.schema_version);
  if (kv.schema_version === undefined)
    throw new LakeDataError(blobPath, 'no datamag360.schema_version in the file metadata');
  if (version !== SCHEMA_VERSION) {
    throw new LakeDataError(
      blobPath,
      `unknown schema version ${kv.schema_version} (this reader knows ${SCHEMA_VERSION})`,
    );
  }
  if (kv.dataset !== dataset)
    throw new LakeDataError(blobPath, `holds dataset "${kv.dataset}", expected "${dataset}"`);
  if (kv.hour_utc === undefined || Number.isNaN(Date.parse(kv.hour_utc))) {
    throw new LakeDataError(blobPath, 'no valid datamag360.hour_utc in the file metadata');
  }

  const columns = COLUMNS[dataset];
  const fileColumns = new Map(metadata.schema.slice(1).map((e) => [e.name, e]));
  for (const c of columns) {
    const e = fileColumns.get(c.name);
    const want = element(c.name, c.kind, c.nullable);
    if (!e) throw new LakeDataError(blobPath, `column "${c.name}" is missing`);
    if (e.type !== want.type)
      throw new LakeDataError(blobPath, `column "${c.name}" is ${e.type}, expected ${want.type}`);
  }
  let objects: Record<string, unknown>[];
  try {
    objects = await parquetReadObjects({ file, columns: columns.map((c) => c.name) });
  } catch (err) {
    throw new LakeDataError(blobPath, `cannot decode rows (${(err as Error).message})`);
  }
  let rows: DatasetRows[D][];
  try {
    const plain = objects.map((o) => {
      const row: Record<string, unknown> = {};
      for (const c of columns) row[c.name] = fromParquetValue(c.kind, o[c.name]);
      return row;
    });
    rows = validateHourRows(dataset, kv.hour_utc ?? '', plain, blobPath);
  } catch (err) {
    if (err instanceof DatasetValidationError)
      throw new LakeDataError(blobPath, err.message.replace(`${blobPath}: `, ''));
    throw err;
  }
  if (kv.row_count !== undefined && Number(kv.row_count) !== rows.length) {
    throw new LakeDataError(blobPath, `metadata says ${kv.row_count} rows but the file holds ${rows.length}`);
  }
  return {
    rows,
    meta: {
      dataset,
      schemaVersion: version,
      hourUtc: kv.hour_utc,
      sourceUrl: kv.source_url ?? '',
      writtenBy: kv.written_by ?? '',
      rowCount: rows.length,
    },
  };
}
