import {
  ApplicationFailure,
  condition,
  continueAsNew,
  defineQuery,
  isCancellation,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  TemporalFailure,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import {
  initialState,
  progressOf,
  summaryOf,
  type BackfillFailure,
  type BackfillProgress,
  type BackfillResult,
  type BackfillState,
  type BackfillStatus,
} from '../lib/backfill-progress.ts';
import { ACTIVITY_OPTIONS } from '../lib/retry.ts';
import { addDays, datesInRange, isHourOver } from '../lib/time.ts';
import { buildDay } from './build-day.ts';
import { runChild } from './children.ts';
import { buildDayStart, ingestHourStart } from './ids.ts';
import { ingestHour } from './ingest-hour.ts';

const { syncStores, hoursOfDay, missingHours, hoursLackingStores, dayBuiltSinceLoads } =
  proxyActivities<Activities>(ACTIVITY_OPTIONS.plan);
const { ingestHours } = proxyActivities<Activities>(ACTIVITY_OPTIONS.batch);

/** History length after which a run continues as new, well under Temporal's 51,200-event limit. */
const HISTORY_EVENTS_PER_RUN = 10_000;

/** `progress`: days and hours done, failed and remaining, the rate and the ETA, in workflow time. */
export const progressQuery = defineQuery<BackfillProgress>('progress');

export interface BackfillInput {
  /** First and last store-local date, inclusive (YYYY-MM-DD). */
  fromDate: string;
  toDate: string;
  /**
   * Only ingest hours with no successful load yet, and skip days built since their last
   * load: running the same range again does nothing new (the CLI's default). Without it,
   * every hour is ingested and every day built again.
   */
  onlyMissing?: boolean;
  /**
   * Only these stores (ids of the chain): the hours of their time zones, each fetched again
   * for them alone into the hour already in the lake; with `onlyMissing`, only hours lacking
   * one of them, and an hour not ingested at all is ingested whole (the lake and raw hold
   * whole hours). The days are built whole, for every store.
   */
  stores?: number[];
  /** Hours ingested in parallel (default 4). */
  concurrency?: number;
  /** History events after which a run continues as new at the next day (default 10,000). */
  historyEventsPerRun?: number;
  /** Where a continued-as-new run resumes, with what the runs before it did. */
  resumeDate?: string;
  state?: BackfillState;
  /** Hours of the resume date and after that the run before already ingested. */
  ingestedAhead?: string[];
}

export type { BackfillResult } from '../lib/backfill-progress.ts';

/** What ended a child: the first application failure in the chain (its type says why), else the deepest cause. */
function failureOf(
  kind: BackfillFailure['kind'],
  key: string,
  workflowId: string,
  err: unknown,
): BackfillFailure {
  let e: unknown = err;
  while (!(e instanceof ApplicationFailure) && e instanceof TemporalFailure && e.cause) e = e.cause;
  const type = e instanceof ApplicationFailure ? (e.type ?? undefined) : (e as Error).name;
  return { kind, key, workflowId, ...(type ? { type } : {}), message: (e as Error).message };
}

/**
 * Backfills a range of store-local days: ingests each day's UTC hours (only the missing
 * ones with `onlyMissing`), in all the chain's time zones, `concurrency` at a time and one day
 * ahead, and builds the days strictly in date order (a day's build reads earlier days).
 * A failed hour or day is recorded and the rest goes on: the result says "completed with N
 * failed" and lists them. With `onlyMissing`, a day already built after its last load and
 * with nothing new is skipped, so running the same range again does nothing new. Continues as new before the
 * history grows too large, carrying the progress and failures.
 */
export async function backfillDays(input: BackfillInput): Promise<BackfillResult> {
  if (input.fromDate > input.toDate) {
    throw ApplicationFailure.nonRetryable(
      `fromDate ${input.fromDate} is after toDate ${input.toDate}`,
      'InvalidInput',
    );
  }
  const stores = input.stores;
  if (stores && (stores.length === 0 || !stores.every((id) => Number.isInteger(id) && id > 0))) {
    throw ApplicationFailure.nonRetryable(
      `stores must be a non-empty list of store ids, got ${JSON.stringify(stores)}`,
      'InvalidInput',
    );
  }
  const range = { fromDate: input.fromDate, toDate: input.toDate, ...(stores ? { stores } : {}) };
  // Runs started before batching ingest every hour as its own child; they replay that way.
  const batched = patched('ingest-hours-in-batches');
  // Date.now() is deterministic in workflows: it is the time of the current workflow task.
  const state = input.state ?? initialState(datesInRange(input.fromDate, input.toDate).length, Date.now());
  let status: BackfillStatus = 'running';
  let currentDate: string | undefined;
  setHandler(progressQuery, () => progressOf(range, state, status, Date.now(), currentDate));
  const report = () => {
    const p = progressOf(range, state, status, Date.now(), currentDate);
    setCurrentDetails(
      `${p.percent}% · days ${p.days.built} built, ${p.days.skipped} skipped, ${p.days.failed} failed of ${p.days.total} · hours ${p.hours.ingested} ingested, ${p.hours.failed} failed`,
    );
  };

  const limit = Math.max(1, input.concurrency ?? 4);
  let running = 0;
  /** Each hour of this run once, whichever of its days (in the chain's zones) reached it first. */
  const hourRuns = new Map<string, Promise<void>>();
  const fresh = new Set<string>(input.ingestedAhead);
  const counted = new Set<string>();
  for (const h of input.ingestedAhead ?? []) hourRuns.set(h, Promise.resolve());
  for (const f of state.failures) if (f.kind === 'hour') hourRuns.set(f.key, Promise.resolve());

  /** Ingests an hour, whole or (`only`) for some stores again. */
  const ingest = async (hourUtc: string, only?: number[]): Promise<void> => {
    await condition(() => running < limit);
    running += 1;
    const start = ingestHourStart(hourUtc);
    const buildsPlanned = { fromDate: input.fromDate, toDate: input.toDate };
    try {
      await runChild(ingestHour, start, { hourUtc, buildsPlanned, ...(only ? { stores: only } : {}) });
      state.hoursIngested += 1;
      fresh.add(hourUtc);
    } catch (err) {
      // A cancelled backfill stops at its next step; the hour is neither done nor failed.
      if (isCancellation(err)) return;
      state.failures.push(failureOf('hour', hourUtc, start.workflowId, err));
    } finally {
      running -= 1;
    }
  };

  /** Builds a day outside the range again: one of its hours came late (ingestHour does the same). */
  const rebuild = async (date: string): Promise<void> => {
    const start = buildDayStart(date);
    try {
      await runChild(buildDay, start, { date });
    } catch (err) {
      if (isCancellation(err)) return;
      state.failures.push(failureOf('day', date, start.workflowId, err));
    }
  };

  /**
   * Ingests several hours in one activity (what orchestration costs per hour is most of a
   * backfill's time otherwise). Hours that fail in it, or all of them if the activity itself
   * fails, then run one by one as ingestHour children: full retries, their own failed run.
   */
  const ingestBatch = async (hours: string[], only?: number[]): Promise<void> => {
    await condition(() => running < limit);
    running += 1;
    const { workflowId, runId } = workflowInfo();
    let result;
    try {
      result = await ingestHours({ hours, workflowId, runId, ...(only ? { stores: only } : {}) });
    } catch (err) {
      if (isCancellation(err)) return;
      result = { ingested: [], leftover: hours.map((hourUtc) => ({ hourUtc })), builtDays: [] };
    } finally {
      running -= 1;
    }
    state.hoursIngested += result.ingested.length;
    for (const h of result.ingested) fresh.add(h);
    const late = result.builtDays.filter((d) => d < input.fromDate || d > input.toDate);
    await Promise.all([...result.leftover.map((l) => ingest(l.hourUtc, only)), ...late.map(rebuild)]);
  };

  /** Starts hours in `limit` batches (one hour each without batching). */
  const startHours = (hours: string[], only?: number[]) => {
    if (!batched) {
      for (const h of hours) hourRuns.set(h, ingest(h, only));
      return;
    }
    const size = Math.max(1, Math.ceil(hours.length / limit));
    for (let i = 0; i < hours.length; i += size) {
      const batch = hours.slice(i, i + size);
      const run = ingestBatch(batch, only);
      for (const h of batch) hourRuns.set(h, run);
    }
  };

  /** Plans a day and starts ingesting its hours (those not started yet); resolves once they are all started. */
  const planDay = async (date: string) => {
    const over = (await hoursOfDay(stores ? { date, stores } : { date })).filter((h) =>
      isHourOver(h, Date.now()),
    );
    const whole = new Set(input.onlyMissing ? await missingHours({ hours: over }) : stores ? [] : over);
    const narrowed = new Set(
      !stores
        ? []
        : input.onlyMissing
          ? await hoursLackingStores({ hours: over.filter((h) => !whole.has(h)), stores })
          : over,
    );
    const todo = new Set([...whole, ...narrowed]);
    const skipped = over.filter((h) => !todo.has(h) && !hourRuns.has(h));
    const starting = [...todo].filter((h) => !hourRuns.has(h)).sort();
    startHours(starting.filter((h) => whole.has(h)));
    if (stores)
      startHours(
        starting.filter((h) => !whole.has(h)),
        stores,
      );
    return { date, over, skipped, done: Promise.all(over.map((h) => hourRuns.get(h) ?? Promise.resolve())) };
  };

  /** Counts a planned day's hours once it is the day being finished, so prefetching never counts twice. */
  const count = (day: { over: string[]; skipped: string[] }) => {
    state.daysPlanned += 1;
    for (const h of day.over) {
      if (counted.has(h)) continue;
      counted.add(h);
      state.hoursPlanned += 1;
      if (day.skipped.includes(h)) state.hoursSkipped += 1;
    }
  };

  try {
    if (!input.resumeDate) await syncStores();
    const first = input.resumeDate ?? input.fromDate;
    let next = planDay(first);
    for (let date = first; date <= input.toDate; date = addDays(date, 1)) {
      currentDate = date;
      const day = await next;
      count(day);
      // The next day's hours are ingested while this one finishes and builds.
      if (date < input.toDate) {
        next = planDay(addDays(date, 1));
        // Awaited below or, if this day ends the run by cancellation, not at all.
        next.catch(() => undefined);
      }
      await day.done;
      if (day.over.length === 0) {
        state.daysSkipped += 1; // no hour of it is over yet
      } else if (
        input.onlyMissing &&
        !day.over.some((h) => fresh.has(h)) &&
        (await dayBuiltSinceLoads({ date, hours: day.over }))
      ) {
        state.daysSkipped += 1;
      } else {
        const start = buildDayStart(date);
        try {
          await runChild(buildDay, start, { date });
          state.daysBuilt += 1;
        } catch (err) {
          if (isCancellation(err)) throw err;
          state.failures.push(failureOf('day', date, start.workflowId, err));
        }
      }
      report();
      const { continueAsNewSuggested, historyLength } = workflowInfo();
      const eventLimit = input.historyEventsPerRun ?? HISTORY_EVENTS_PER_RUN;
      if (date < input.toDate && (continueAsNewSuggested || historyLength > eventLimit)) {
        // Let the next day's hours land, so the next run starts with none in flight.
        await (
          await next
        ).done;
        const resumeDate = addDays(date, 1);
        const ingestedAhead = [...fresh].filter((h) => h.slice(0, 10) >= addDays(resumeDate, -1));
        await continueAsNew<typeof backfillDays>({ ...input, resumeDate, state, ingestedAhead });
      }
    }
  } catch (err) {
    if (isCancellation(err)) status = 'cancelled';
    throw err;
  }
  status = 'completed';
  const progress = progressOf(range, state, status, Date.now());
  report();
  return { ...progress, summary: summaryOf(progress) };
}
