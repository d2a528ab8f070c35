/**
 * What a backfill has done, carried across continue-as-new, and what its `progress` query
 * and result say about it. Pure and deterministic: the backfillDays workflow keeps the state,
 * the CLI renders it.
 */

/** One hour or day that failed, with the error that ended it (retries exhausted or non-retryable). */
export interface BackfillFailure {
  kind: 'hour' | 'day';
  /** The UTC hour or the store-local date. */
  key: string;
  workflowId: string;
  /** The failure type (e.g. SourceRejected, LakeDataError, ChildStillRunning), when known. */
  type?: string;
  message: string;
}

/** The counters a backfill carries from run to run (continue-as-new). */
export interface BackfillState {
  /** Workflow time of the first run's start, ms. */
  startedAt: number;
  /** Days in the whole range. */
  daysTotal: number;
  daysBuilt: number;
  /** Already built after their last ingested hour, with nothing new to build. */
  daysSkipped: number;
  hoursIngested: number;
  /** Already ingested before this backfill reached them. */
  hoursSkipped: number;
  /** Days whose hours are known (planned), and those hours: the basis of the estimated total. */
  daysPlanned: number;
  hoursPlanned: number;
  failures: BackfillFailure[];
}

export type BackfillStatus = 'running' | 'completed' | 'cancelled';

export interface BackfillProgress {
  fromDate: string;
  toDate: string;
  /** The stores of a backfill of some stores only. */
  stores?: number[];
  status: BackfillStatus;
  /** The date being ingested or built, when running. */
  currentDate?: string;
  days: { total: number; built: number; skipped: number; failed: number; remaining: number };
  hours: { ingested: number; skipped: number; failed: number; planned: number; estimatedTotal: number };
  /** Days done per hour of workflow time since the start, and hours ingested per minute. */
  rate: { daysPerHour: number; hoursPerMinute: number };
  elapsedMs: number;
  /** Remaining time at the rate so far; undefined until a day is done. */
  etaMs?: number;
  /** Percent of days done (built, skipped or failed). */
  percent: number;
  failures: BackfillFailure[];
}

export interface BackfillResult extends BackfillProgress {
  /** "completed", "completed with 2 failed", or "cancelled after 3 of 7 days". */
  summary: string;
}

export function initialState(daysTotal: number, startedAt: number): BackfillState {
  return {
    startedAt,
    daysTotal,
    daysBuilt: 0,
    daysSkipped: 0,
    hoursIngested: 0,
    hoursSkipped: 0,
    daysPlanned: 0,
    hoursPlanned: 0,
    failures: [],
  };
}

const count = (s: BackfillState, kind: BackfillFailure['kind']) =>
  s.failures.filter((f) => f.kind === kind).length;

export function progressOf(
  range: { fromDate: string; toDate: string; stores?: number[] },
  s: BackfillState,
  status: BackfillStatus,
  nowMs: number,
  currentDate?: string,
): BackfillProgress {
  const daysFailed = count(s, 'day');
  const daysDone = s.daysBuilt + s.daysSkipped + daysFailed;
  const hoursFailed = count(s, 'hour');
  const elapsedMs = Math.max(0, nowMs - s.startedAt);
  const remaining = Math.max(0, s.daysTotal - daysDone);
  const perDay = s.daysPlanned > 0 ? s.hoursPlanned / s.daysPlanned : 24;
  return {
    ...range,
    status,
    ...(currentDate && status === 'running' ? { currentDate } : {}),
    days: { total: s.daysTotal, built: s.daysBuilt, skipped: s.daysSkipped, failed: daysFailed, remaining },
    hours: {
      ingested: s.hoursIngested,
      skipped: s.hoursSkipped,
      failed: hoursFailed,
      planned: s.hoursPlanned,
      estimatedTotal: Math.round(s.hoursPlanned + Math.max(0, s.daysTotal - s.daysPlanned) * perDay),
    },
    rate: {
      daysPerHour: elapsedMs > 0 ? (daysDone * 3_600_000) / elapsedMs : 0,
      hoursPerMinute: elapsedMs > 0 ? (s.hoursIngested * 60_000) / elapsedMs : 0,
    },
    elapsedMs,
    ...(daysDone > 0 && elapsedMs > 0 ? { etaMs: Math.round((elapsedMs / daysDone) * remaining) } : {}),
    percent: s.daysTotal > 0 ? Math.floor((daysDone * 100) / s.daysTotal) : 100,
    failures: s.failures,
  };
}

export function summaryOf(p: BackfillProgress): string {
  if (p.status === 'cancelled') {
    return `cancelled after ${p.days.total - p.days.remaining} of ${p.days.total} days`;
  }
  const failed = p.failures.length;
  if (failed === 0) return 'completed';
  const names = p.failures.map((f) => `${f.kind} ${f.key}`).join(', ');
  return `completed with ${failed} failed: ${names}`;
}
