/** The datamag CLI's pure parts: argument parsing, durations, progress lines, hour ranges. */
import { InvalidArgumentError } from 'commander';
import type { BackfillProgress } from '../../lib/backfill-progress.ts';
import { addHours, HOUR_MS, parseIsoDate, parseUtcHour } from '../../lib/time.ts';

/** commander argParsers: a bad value becomes a usage error (exit 2) naming what is accepted. */
export function dateArg(value: string): string {
  try {
    return parseIsoDate(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function hourArg(value: string): string {
  try {
    return parseUtcHour(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function concurrencyArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new InvalidArgumentError('expected an integer from 1 to 32');
  return n;
}

/** `--stores 1,2,5`: distinct positive store ids, sorted (whether the chain has them is checked later). */
export function storesArg(value: string): number[] {
  const parts = value.split(',').map((p) => p.trim());
  if (!parts.every((p) => /^[1-9]\d{0,8}$/.test(p)))
    throw new InvalidArgumentError('expected store ids separated by commas, such as 1,2,5');
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

/**
 * The ids of `stores` the chain does not have, and the chain's ids as ranges ("1-10, 12"),
 * for the message that refuses them.
 */
export function unknownStores(
  stores: readonly number[],
  chain: readonly number[],
): { unknown: number[]; known: string } {
  const have = new Set(chain);
  const sorted = [...have].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return { unknown: stores.filter((id) => !have.has(id)), known: ranges.join(', ') || 'none' };
}

/** `--since 7d`, `36h` or a date: the first UTC hour of the window. */
export function sinceArg(value: string, nowMs: number = Date.now()): string {
  const m = /^(\d{1,4})([dh])$/.exec(value);
  if (m) {
    const hours = Number(m[1]) * (m[2] === 'd' ? 24 : 1);
    if (hours < 1) throw new InvalidArgumentError('expected at least 1h');
    return addHours(
      new Date(Math.floor(nowMs / HOUR_MS) * HOUR_MS).toISOString().replace('.000Z', 'Z'),
      -hours,
    );
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${dateArg(value)}T00:00:00Z`;
  throw new InvalidArgumentError('expected a number of days or hours (7d, 36h) or a date (YYYY-MM-DD)');
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** One line of progress, for logs and pipes (no terminal). */
export function progressLine(p: BackfillProgress): string {
  const eta = p.etaMs === undefined ? '' : `, ETA ${formatDuration(p.etaMs)}`;
  const failed = p.days.failed + p.hours.failed;
  return (
    `${p.percent}% ${p.status}${p.currentDate ? ` at ${p.currentDate}` : ''}: ` +
    `days ${p.days.built} built, ${p.days.skipped} skipped, ${p.days.failed} failed, ${p.days.remaining} to go; ` +
    `hours ${p.hours.ingested} ingested, ${p.hours.skipped} skipped, ${p.hours.failed} failed` +
    `${failed > 0 ? ` (${failed} failed)` : ''}; ${p.rate.hoursPerMinute.toFixed(1)} hours/min${eta}`
  );
}

/** Consecutive UTC hours as ranges: "2026-11-24T13:00Z..2026-11-24T15:00Z (3 h)". */
export function hourRanges(hours: readonly string[]): string[] {
  const sorted = [...hours].sort();
  const out: string[] = [];
  let start: string | undefined;
  let prev: string | undefined;
  const flush = () => {
    if (!start || !prev) return;
    const n = (Date.parse(prev) - Date.parse(start)) / HOUR_MS + 1;
    out.push(n === 1 ? start : `${start}..${prev} (${n} h)`);
  };
  for (const h of sorted) {
    if (prev && Date.parse(h) - Date.parse(prev) === HOUR_MS) {
      prev = h;
      continue;
    }
    flush();
    start = prev = h;
  }
  flush();
  return out;
}

/** The Temporal UI page of one run. */
export function uiLink(uiUrl: string, namespace: string, workflowId: string, runId?: string): string {
  const base = `${uiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
  return runId ? `${base}/${runId}/history` : base;
}
