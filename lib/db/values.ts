/** Dialects return dates and timestamps in different shapes; these bring them back to ISO strings. */

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
