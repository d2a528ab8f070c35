/** Driver values (numbers as text, timestamps as Date, epoch or zone-less text) as plain JS values. */

export type Row = Record<string, unknown>;

export function num(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(value)}`);
  return n;
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** Drivers return timestamps as Date, epoch milliseconds or zone-less text (SQLite); all are UTC. */
export function toIsoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${text}`);
  return new Date(ms).toISOString();
}
