/**
 * Dialects return numbers, dates and timestamps in different shapes (numbers as text,
 * Date objects, zone-less text on SQLite); these bring them back to plain JS values.
 */

export type Row = Record<string, unknown>;

export function num(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(value)}`);
  return n;
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

export function toIsoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  throw new Error(`not a date: ${String(value)}`);
}

export function toIsoHour(value: unknown): string {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${String(value)}`);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * toIsoHour remembering its answers: a day's readings carry hundreds of thousands of hour
 * values but only 23 to 25 distinct ones, and parsing and formatting each was a visible share
 * of the day build. One per build (it keeps every distinct value it has seen).
 */
export function isoHourParser(): (value: unknown) => string {
  const seen = new Map<unknown, string>();
  return (value) => {
    // A Date is a new object per row: keyed by its time instead (apart from plain numbers).
    const key = value instanceof Date ? `date:${value.getTime()}` : value;
    let iso = seen.get(key);
    if (iso === undefined) {
      iso = toIsoHour(value);
      seen.set(key, iso);
    }
    return iso;
  };
}

/** Any timestamp (Date, epoch milliseconds, ISO or zone-less UTC text) as a full ISO string. */
export function toIsoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${text}`);
  return new Date(ms).toISOString();
}
