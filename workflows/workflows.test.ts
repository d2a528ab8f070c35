/**
 * The workflows on Temporal's time-skipping test server, with stub activities: what they
 * start, in which order, with which ids, in milliseconds instead of real waits. The real
 * activities are covered by their own tests and tests/integration/.
 */
import fs from 'node:fs';
import { tsToMs } from '@temporalio/common/lib/time';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  Activities,
  ExtractInput,
  ForecastInput,
  LegacyActivities,
  LoadInput,
} from '../activities/index.ts';
import { DATASETS } from '../lib/datasets.ts';
import { addDays, formatUtcHour, lastCompleteHour, toLocal } from '../lib/time.ts';
import { HISTORIES, workflowTestWorker } from '../tests/support/workflow-env.ts';
import { ApplicationFailure } from '@temporalio/common';
import { nightlyDays } from '../lib/nightly.ts';
import { progressQuery } from './backfill-days.ts';
import { backfillDaysId, buildDayId, forecastDaysId, ingestHourId } from './ids.ts';
import { backfillDays, buildNightly, ingestHour, ingestHourly } from './index.ts';

const TASK_QUEUE = 'workflow-tests';

/** What the stub activities answer, reset before each test, and what they were asked. */
interface Stubs {
  hoursOfDay: (date: string) => string[];
  missingHours: (hours: string[]) => string[];
  /** Throw to fail one extract attempt (retryable unless an ApplicationFailure says otherwise); may wait. */
  beforeExtract: (input: ExtractInput) => void | Promise<void>;
  beforeBuild: (date: string) => void;
  builtDaysOfHour: (hourUtc: string) => string[];
  dayBuiltSinceLoads: (date: string) => boolean;
  missingHoursBefore: (beforeHour: string) => string[];
  chainTimeZones: () => string[];
  hoursLackingStores: (hours: string[], stores: number[]) => string[];
}
let stubs: Stubs;
let calls: {
  syncStores: number;
  extracted: ExtractInput[];
  loaded: LoadInput[];
  built: string[];
  missingAsked: string[][];
  forecast: ForecastInput[];
  hoursOfDayStores: (number[] | undefined)[];
  batches: string[][];
};

const succeededExtracts = () => calls.extracted.map((e) => e.hourUtc);

const activities: Activities & LegacyActivities = {
  async extractHour(input) {
    await stubs.beforeExtract(input);
    calls.extracted.push(input);
    const blobPath = `${input.dataset}/${input.hourUtc}.parquet`;
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath, rows: 1, sha256: 'x' };
  },
  async loadHour(input) {
    calls.loaded.push(input);
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath: input.blobPath, rows: 1, sha256: 'x' };
  },
  // As the real one: each hour through the same extract and load, failures left over.
  async ingestHours({ hours, stores, workflowId, runId }) {
    calls.batches.push(hours);
    const result = { ingested: [] as string[], leftover: [] as { hourUtc: string; message: string }[] };
    const built = new Set<string>();
    for (const hourUtc of hours) {
      try {
        await Promise.all(
          DATASETS.map(async (dataset) => {
            const e = await activities.extractHour({
              dataset,
              hourUtc,
              workflowId,
              runId,
              ...(stores ? { stores } : {}),
            });
            await activities.loadHour({ dataset, hourUtc, blobPath: e.blobPath, workflowId, runId });
          }),
        );
      } catch (err) {
        result.leftover.push({ hourUtc, message: (err as Error).message });
        continue;
      }
      result.ingested.push(hourUtc);
      for (const d of stubs.builtDaysOfHour(hourUtc)) built.add(d);
    }
    return { ...result, builtDays: [...built].sort() };
  },
  async syncStores() {
    calls.syncStores += 1;
    return { stores: 1, sensors: 1 };
  },
  async buildDayModels({ date }) {
    stubs.beforeBuild(date);
    calls.built.push(date);
    return { date, stores: 1, hours: 24, status: 'published' as const, failedTests: [] };
  },
  async transformDay({ date }) {
    calls.built.push(date);
    return { date, stores: 1, hours: 24, status: 'published' as const, failedTests: [] };
  },
  async hoursOfDay({ date, stores }) {
    calls.hoursOfDayStores.push(stores);
    return stubs.hoursOfDay(date);
  },
  async hoursLackingStores({ hours, stores }) {
    return stubs.hoursLackingStores(hours, stores);
  },
  async missingHours({ hours }) {
    calls.missingAsked.push(hours);
    return stubs.missingHours(hours);
  },
  async builtDaysOfHour({ hourUtc }) {
    return stubs.builtDaysOfHour(hourUtc);
  },
  async dayBuiltSinceLoads({ date }) {
    return stubs.dayBuiltSinceLoads(date);
  },
  async missingHoursBefore({ beforeHour }) {
    return stubs.missingHoursBefore(beforeHour);
  },
  async chainTimeZones() {
    return stubs.chainTimeZones();
  },
  // The sensor-health check and its webhook: workflows/alerts.test.ts.
  async checkSensorHealth({ hourUtc }) {
    return { hourUtc, conditions: {}, opened: 0, resolved: 0, notifications: [] };
  },
  async notifyAlert() {
    return { delivered: false };
  },
  async forecastStoreHours(input) {
    calls.forecast.push(input);
    return { originDate: input.originDate, modelVersion: 'test', stores: 1, hours: 168, skippedStores: [] };
  },
};

/** Three hours of each day: enough to see order and concurrency, few enough to stay fast. */
const threeHours = (date: string) => [`${date}T08:00:00Z`, `${date}T09:00:00Z`, `${date}T10:00:00Z`];

const temporal = workflowTestWorker(TASK_QUEUE, activities);

beforeEach(() => {
  stubs = {
    hoursOfDay: threeHours,
    missingHours: (hours) => hours,
    beforeExtract: () => undefined,
    beforeBuild: () => undefined,
    builtDaysOfHour: () => [],
    dayBuiltSinceLoads: () => false,
    missingHoursBefore: () => [],
    chainTimeZones: () => ['Europe/Paris'],
    hoursLackingStores: (hours) => hours,
  };
  calls = {
    syncStores: 0,
    extracted: [],
    loaded: [],
    built: [],
    missingAsked: [],
    hoursOfDayStores: [],
    batches: [],
    forecast: [],
  };
});

async function historyOf(workflowId: string, runId?: string) {
  return (await temporal.client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
}

/**
 * What Date.now() said inside a workflow: the time of its first workflow task. The test
 * server's clock may jump (by years) whenever nothing is pending, so tests never compare
 * with the environment's time after the fact.
 */
async function workflowNow(workflowId: string): Promise<number> {
  const task = (await historyOf(workflowId)).find((e) => e.workflowTaskStartedEventAttributes);
  return tsToMs(task!.eventTime);
}

describe('ingestHour', () => {
  it('extracts each dataset to the lake, then loads that blob, under its own workflow id', async () => {
    const hourUtc = '2026-11-02T13:00:00Z';
    const result = await temporal.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc }],
    });
    expect(result.datasets.map((d) => d.loaded.blobPath).sort()).toEqual([
      'transactions/2026-11-02T13:00:00Z.parquet',
      'visitors/2026-11-02T13:00:00Z.parquet',
    ]);
    expect(calls.loaded.map((l) => l.workflowId)).toEqual([ingestHourId(hourUtc), ingestHourId(hourUtc)]);
  });
});

describe('backfillDays', () => {
  it('continues as new between days and resumes where it stopped, each hour and day once', async () => {
    const workflowId = backfillDaysId('2026-11-01', '2026-11-03');
    const handle = await temporal.client.workflow.start(backfillDays, {
      workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-01', toDate: '2026-11-03', concurrency: 2, historyEventsPerRun: 1 }],
    });
    const result = await handle.result();
    expect(result).toMatchObject({ status: 'completed', summary: 'completed', percent: 100, failures: [] });
    expect(result.days).toEqual({ total: 3, built: 3, skipped: 0, failed: 0, remaining: 0 });
    expect(result.hours).toMatchObject({ ingested: 9, failed: 0, planned: 9, estimatedTotal: 9 });

    const days = ['2026-11-01', '2026-11-02', '2026-11-03'];
    expect(calls.built).toEqual(days);
    const ingested = days.flatMap(threeHours);
    expect(succeededExtracts().sort()).toEqual(ingested.flatMap((h) => [h, h]).sort());
    // Each day's hours in `concurrency` activities (2 + 1 hours), no child workflow per hour.
    expect(calls.batches.map((b) => b.length).sort()).toEqual([1, 1, 1, 2, 2, 2]);
    expect(calls.batches.flat().sort()).toEqual(ingested.sort());
    const children = (await historyOf(workflowId)).filter(
      (e) => e.startChildWorkflowExecutionInitiatedEventAttributes,
    );
    expect(
      children.map((e) => e.startChildWorkflowExecutionInitiatedEventAttributes!.workflowType!.name),
    ).toEqual(['buildDay']);
    // The store list is refreshed by the first run only (and by each day's buildDay, stubbed here).
    expect(calls.syncStores).toBe(1 + days.length);

    // One run per day: the first two end by continuing as new with the next day.
    const runs: string[] = [handle.firstExecutionRunId];
    for (;;) {
      const last = (await historyOf(workflowId, runs.at(-1))).at(-1)!;
      const next = last.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
      if (!next) break;
      runs.push(next);
    }
    expect(runs).toHaveLength(3);
    const inputOf = async (runId: string) => {
      const first = (await historyOf(workflowId, runId))[0]!;
      const payload = first.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
      return JSON.parse(new TextDecoder().decode(payload.data!)) as { resumeDate?: string };
    };
    expect((await inputOf(runs[2]!)).resumeDate).toBe('2026-11-03');
  });

  it('ingests only the missing hours when asked, and skips hours not over yet', async () => {
    const future = '9999-01-01T00:00:00Z';
    stubs.hoursOfDay = (date) => [...threeHours(date), future];
    stubs.missingHours = (hours) => hours.slice(1);
    const result = await temporal.client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId('2026-11-04', '2026-11-04'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-04', toDate: '2026-11-04', onlyMissing: true }],
    });
    expect(calls.missingAsked).toEqual([threeHours('2026-11-04')]);
    expect(new Set(succeededExtracts())).toEqual(new Set(threeHours('2026-11-04').slice(1)));
    expect(result.hours).toMatchObject({ ingested: 2, skipped: 1, failed: 0 });
    expect(result.days).toMatchObject({ total: 1, built: 1 });
    expect(calls.built).toEqual(['2026-11-04']);
  });

  it('backfills some stores: hours lacking them fetched for them alone, hours not ingested at all whole', async () => {
    const [absent, lacking, complete] = threeHours('2026-11-06');
    stubs.missingHours = () => [absent!];
    stubs.hoursLackingStores = (hours, stores) => {
      expect(stores).toEqual([2, 5]);
      expect(hours).toEqual([lacking, complete]);
      return [lacking!];
    };
    const result = await temporal.client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId('2026-11-06', '2026-11-06', [2, 5]),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-06', toDate: '2026-11-06', stores: [2, 5], onlyMissing: true }],
    });
    expect(calls.hoursOfDayStores).toEqual([[2, 5]]);
    const storesOf = (h: string) => calls.extracted.filter((e) => e.hourUtc === h).map((e) => e.stores);
    expect(storesOf(absent!)).toEqual([undefined, undefined]);
    expect(storesOf(lacking!)).toEqual([
      [2, 5],
      [2, 5],
    ]);
    expect(storesOf(complete!)).toEqual([]);
    expect(result).toMatchObject({ stores: [2, 5], hours: { ingested: 2, skipped: 1 }, days: { built: 1 } });
    expect(calls.built).toEqual(['2026-11-06']);
  });

  it('refuses an empty list of stores', async () => {
    await expect(
      temporal.client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId('2026-11-06', '2026-11-06', []),
        taskQueue: TASK_QUEUE,
        args: [{ fromDate: '2026-11-06', toDate: '2026-11-06', stores: [] }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'InvalidInput' } });
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      temporal.client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId('2026-11-05', '2026-11-04'),
        taskQueue: TASK_QUEUE,
        args: [{ fromDate: '2026-11-05', toDate: '2026-11-04' }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'InvalidInput' } });
    expect(calls.syncStores).toBe(0);
  });
});

/** A promise the test resolves: an activity awaiting it holds the workflow at that point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached in 10 s');
}

describe('backfillDays: failures, progress, cancellation, resuming', () => {
  it('records a failed hour and a failed day with their errors, and completes everything else', async () => {
    const badHour = '2026-11-08T09:00:00Z';
    stubs.beforeExtract = (input) => {
      if (input.hourUtc === badHour) {
        throw ApplicationFailure.nonRetryable('store 7 rejected: 400 unknown store', 'SourceRejected');
      }
    };
    stubs.beforeBuild = (date) => {
      if (date === '2026-11-09')
        throw ApplicationFailure.nonRetryable('raw rows disagree', 'DatasetValidationError');
    };
    const result = await temporal.client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId('2026-11-08', '2026-11-10'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-08', toDate: '2026-11-10', concurrency: 3 }],
    });
    expect(result.failures).toEqual([
      {
        kind: 'hour',
        key: badHour,
        workflowId: ingestHourId(badHour),
        type: 'SourceRejected',
        message: 'store 7 rejected: 400 unknown store',
      },
      {
        kind: 'day',
        key: '2026-11-09',
        workflowId: buildDayId('2026-11-09'),
        type: 'DatasetValidationError',
        message: 'raw rows disagree',
      },
    ]);
    expect(result.summary).toBe(`completed with 2 failed: hour ${badHour}, day 2026-11-09`);
    expect(result.days).toEqual({ total: 3, built: 2, skipped: 0, failed: 1, remaining: 0 });
    expect(result.hours).toMatchObject({ ingested: 8, failed: 1 });
    // The day with the failed hour is still built from the hours that landed, in date order.
    expect(calls.built).toEqual(['2026-11-08', '2026-11-10']);
    // Both datasets of the eight good hours were loaded; the bad hour's transactions may have been too.
    const loaded = new Set(calls.loaded.map((l) => l.hourUtc));
    for (const h of ['2026-11-08', '2026-11-09', '2026-11-10'].flatMap(threeHours))
      if (h !== badHour) expect(loaded.has(h)).toBe(true);
  });

  it('answers the progress query while running: days and hours done, rate and ETA', async () => {
    const held = gate();
    stubs.beforeExtract = (input) => (input.hourUtc.startsWith('2026-11-13') ? held.opened : undefined);
    const handle = await temporal.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId('2026-11-12', '2026-11-14'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-12', toDate: '2026-11-14' }],
    });
    const during = await until(
      () => handle.query(progressQuery),
      (p) => p.days.built === 1,
    );
    expect(during).toMatchObject({
      status: 'running',
      currentDate: '2026-11-13',
      percent: 33,
      days: { total: 3, built: 1, remaining: 2 },
      hours: { failed: 0 },
    });
    // The 12th's hours, and maybe the 14th's (ingested a day ahead), never the held 13th's.
    expect([3, 4, 5, 6]).toContain(during.hours.ingested);
    expect(during.hours.estimatedTotal).toBe(9);
    held.open();
    const result = await handle.result();
    expect(result).toMatchObject({ status: 'completed', percent: 100, days: { built: 3, remaining: 0 } });
    expect(result.rate.daysPerHour).toBeGreaterThan(0);
    expect(await handle.query(progressQuery)).toMatchObject({ status: 'completed', percent: 100 });
  });

  it('reports an ETA once a day is done', async () => {
    const held = gate();
    stubs.beforeExtract = (input) => (input.hourUtc.startsWith('2026-11-16') ? held.opened : undefined);
    const handle = await temporal.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId('2026-11-15', '2026-11-16'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-15', toDate: '2026-11-16' }],
    });
    const during = await until(
      () => handle.query(progressQuery),
      (p) => p.days.built === 1 && p.elapsedMs > 0,
    );
    // Half the days in `elapsedMs`: the other half should take as long.
    expect(during.etaMs).toBe(during.elapsedMs);
    held.open();
    await handle.result();
  });

  it('run again with onlyMissing, skips hours ingested and days built since, and does nothing new', async () => {
    stubs.missingHours = () => [];
    stubs.dayBuiltSinceLoads = () => true;
    const result = await temporal.client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId('2026-11-21', '2026-11-22'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-21', toDate: '2026-11-22', onlyMissing: true }],
    });
    expect(result.days).toMatchObject({ built: 0, skipped: 2, remaining: 0 });
    expect(result.hours).toMatchObject({ ingested: 0, skipped: 6 });
    expect(calls.extracted).toEqual([]);
    expect(calls.built).toEqual([]);
  });

  it('carries failures and counts across continue-as-new', async () => {
    const badHour = '2026-11-23T10:00:00Z';
    stubs.beforeExtract = (input) => {
      if (input.hourUtc === badHour) throw ApplicationFailure.nonRetryable('corrupt blob', 'LakeDataError');
    };
    const handle = await temporal.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId('2026-11-23', '2026-11-25'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-23', toDate: '2026-11-25', historyEventsPerRun: 1 }],
    });
    const result = await handle.result();
    expect(result.failures).toMatchObject([{ kind: 'hour', key: badHour, type: 'LakeDataError' }]);
    expect(result.days).toMatchObject({ total: 3, built: 3 });
    expect(result.hours).toMatchObject({ ingested: 8, failed: 1 });
    const last = await historyOf(handle.workflowId);
    expect(last[0]!.workflowExecutionStartedEventAttributes?.continuedExecutionRunId).toBeTruthy();
    // The failed hour was not tried again by the later runs.
    expect(
      calls.extracted.filter((e) => e.hourUtc === badHour && e.dataset === 'transactions').length,
    ).toBeLessThanOrEqual(1);
  });
});

describe('a child whose id is already running', () => {
  const DAY = '2026-11-06';
  const BUSY = `${DAY}T09:00:00Z`;

  /** An ingestHour of BUSY started by someone else (say, the hourly schedule). */
  const startBlocker = () =>
    temporal.client.workflow.start(ingestHour, {
      workflowId: ingestHourId(BUSY),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc: BUSY }],
    });

  it('is waited for, then run again by the backfill itself', async () => {
    // The other run's source is down for its first three attempts (5 + 10 + 20 s of backoff).
    // The backfill's own batch fails on it too, so the backfill turns to a child of that id.
    let failures = 0;
    stubs.beforeExtract = (input) => {
      if (input.hourUtc !== BUSY) return;
      if (input.workflowId === backfillDaysId(DAY, DAY)) throw new Error('source unavailable');
      if (input.dataset === 'visitors' && failures < 3) {
        failures += 1;
        throw new Error('source unavailable');
      }
    };
    const blocker = await startBlocker();
    const backfill = await temporal.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId(DAY, DAY),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: DAY, toDate: DAY }],
    });
    expect(await backfill.result()).toMatchObject({ days: { built: 1 }, hours: { ingested: 3 } });
    await blocker.result();

    const busyRuns = new Set(calls.loaded.filter((l) => l.hourUtc === BUSY).map((l) => l.runId));
    expect(busyRuns.size).toBe(2);
    const timers = (await historyOf(backfill.workflowId)).filter((e) => e.timerStartedEventAttributes);
    expect(timers.length).toBeGreaterThanOrEqual(1);
  });

  it('records the hour as failed after 20 tries (10 minutes) if it never finishes, and builds the day', async () => {
    stubs.beforeExtract = (input) => {
      if (input.hourUtc === BUSY) throw new Error('source unavailable');
    };
    const blocker = await startBlocker();
    try {
      const result = await temporal.client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId(DAY, DAY),
        taskQueue: TASK_QUEUE,
        args: [{ fromDate: DAY, toDate: DAY }],
      });
      expect(result.failures).toEqual([
        {
          kind: 'hour',
          key: BUSY,
          workflowId: ingestHourId(BUSY),
          type: 'ChildStillRunning',
          message: `${ingestHourId(BUSY)} was still running after 20 tries 30 seconds apart`,
        },
      ]);
      expect(result.summary).toBe(`completed with 1 failed: hour ${BUSY}`);
      const timers = (await historyOf(backfillDaysId(DAY, DAY))).filter((e) => e.timerStartedEventAttributes);
      expect(timers).toHaveLength(19);
      expect(calls.built).toEqual([DAY]);
    } finally {
      await blocker.terminate('test over');
    }
  });
});

describe('late data', () => {
  const hourUtc = '2026-11-26T13:00:00Z';

  it('an hour ingested after its day was built rebuilds that day, after the load', async () => {
    stubs.builtDaysOfHour = () => ['2026-11-26'];
    const result = await temporal.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc }],
    });
    expect(result.rebuilt).toEqual(['2026-11-26']);
    expect(calls.built).toEqual(['2026-11-26']);
    const events = await historyOf(ingestHourId(hourUtc));
    const child = events.findIndex((e) => e.startChildWorkflowExecutionInitiatedEventAttributes);
    const lastLoad = events.findLastIndex((e) => e.activityTaskCompletedEventAttributes);
    expect(child).toBeGreaterThan(lastLoad - 1);
    // Replaying the same hour rebuilds the day once more, under the same business-key id.
    await temporal.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc }],
    });
    expect(calls.built).toEqual(['2026-11-26', '2026-11-26']);
  });

  it('leaves the days a backfill builds itself to the backfill', async () => {
    stubs.builtDaysOfHour = () => ['2026-11-25', '2026-11-26'];
    const result = await temporal.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc, buildsPlanned: { fromDate: '2026-11-26', toDate: '2026-11-27' } }],
    });
    expect(result.rebuilt).toEqual(['2026-11-25']);
    expect(calls.built).toEqual(['2026-11-25']);
  });
});

describe('the scheduled workflows', () => {
  it('ingestHourly ingests the missing hours of the last day, then the hour that just ended', async () => {
    stubs.missingHours = (hours) => [hours[0]!, hours[10]!];
    const { ingested } = await temporal.client.workflow.execute(ingestHourly, {
      workflowId: 'ingest-hourly-test',
      taskQueue: TASK_QUEUE,
      args: [],
    });
    const asked = calls.missingAsked[0]!;
    // 23 earlier hours are checked; the hour that just ended is ingested whatever the log says.
    expect(asked).toHaveLength(23);
    const last = ingested.at(-1)!;
    expect(Date.parse(last) - Date.parse(asked.at(-1)!)).toBe(3_600_000);
    expect(last).toBe(lastCompleteHour(await workflowNow('ingest-hourly-test')));
    expect(ingested).toEqual([asked[0], asked[10], last]);
    expect(new Set(succeededExtracts())).toEqual(new Set(ingested));
  });

  it('ingestHourly hands holes older than its window to a backfill it leaves running', async () => {
    stubs.missingHours = () => [];
    stubs.missingHoursBefore = () => ['2026-10-02T05:00:00Z', '2026-10-04T22:00:00Z'];
    stubs.chainTimeZones = () => ['UTC'];
    const result = await temporal.client.workflow.execute(ingestHourly, {
      workflowId: 'ingest-hourly-downtime-test',
      taskQueue: TASK_QUEUE,
      args: [{ maxLookbackDays: 90 }],
    });
    const workflowId = backfillDaysId('2026-10-02', '2026-10-04');
    expect(result.backfill).toEqual({ workflowId, hours: 2 });
    const backfilled = await temporal.client.workflow.getHandle(workflowId).result();
    expect(backfilled).toMatchObject({ fromDate: '2026-10-02', toDate: '2026-10-04', days: { total: 3 } });
  });

  it('buildNightly builds yesterday of each zone where it is 03:00, each as a child backfill', async () => {
    // One zone per UTC offset: at any hour, one or two of them are at 03:00.
    const zones = Array.from({ length: 27 }, (_, i) => i - 14).map((o) =>
      o === 0 ? 'Etc/GMT' : `Etc/GMT${o < 0 ? '' : '+'}${o}`,
    );
    stubs.chainTimeZones = () => zones;
    const result = await temporal.client.workflow.execute(buildNightly, {
      workflowId: 'build-nightly-zones-test',
      taskQueue: TASK_QUEUE,
      args: [{}],
    });
    const expected = nightlyDays(await workflowNow('build-nightly-zones-test'), zones);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.days.map((d) => [d.date, d.timeZones])).toEqual(expected.map((d) => [d.date, d.timeZones]));
    expect(calls.built.sort()).toEqual(expected.map((d) => d.date));
  });

  it('buildNightly runs yesterday as a child backfill (its own history), never inline', async () => {
    const result = await temporal.client.workflow.execute(buildNightly, {
      workflowId: 'build-nightly-test',
      taskQueue: TASK_QUEUE,
      args: [{ timeZone: 'Europe/Paris' }],
    });
    const now = await workflowNow('build-nightly-test');
    const yesterday = addDays(toLocal(formatUtcHour(now), 'Europe/Paris').localDate, -1);
    expect(result.days).toMatchObject([
      {
        date: yesterday,
        timeZones: ['Europe/Paris'],
        result: { days: { built: 1 }, hours: { ingested: 3 } },
        forecast: { originDate: yesterday, hours: 168 },
      },
    ]);
    expect(calls.built).toEqual([yesterday]);
    expect(calls.forecast).toEqual([{ originDate: yesterday, timeZones: ['Europe/Paris'] }]);

    const events = await historyOf('build-nightly-test');
    // The nightly workflow itself schedules no activity: a continue-as-new of the range
    // workflow restarts that child, not the nightly run.
    expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toEqual([]);
    const children = events.flatMap((e) => e.startChildWorkflowExecutionInitiatedEventAttributes ?? []);
    expect(children.map((c) => [c.workflowType?.name, c.workflowId])).toEqual([
      ['backfillDays', backfillDaysId(yesterday, yesterday)],
      ['forecastDays', forecastDaysId(yesterday)],
    ]);
    expect((await historyOf(buildDayId(yesterday))).length).toBeGreaterThan(0);
  });

  it('buildNightly forecasts only from a day that was built', async () => {
    stubs.beforeBuild = () => {
      throw ApplicationFailure.nonRetryable('tests failed hard', 'BuildBroken');
    };
    const result = await temporal.client.workflow.execute(buildNightly, {
      workflowId: 'build-nightly-failed-test',
      taskQueue: TASK_QUEUE,
      args: [{ timeZone: 'Europe/Paris' }],
    });
    expect(result.days).toHaveLength(1);
    expect(result.days[0]!.result.days.failed).toBe(1);
    expect(result.days[0]!.forecast).toBeUndefined();
    expect(calls.forecast).toEqual([]);
  });
});

// Last of the tests on the server: once the cancelled run's held activities complete after it
// closed, the time-skipping test server stops skipping time for the tests after it.
describe('backfillDays cancelled', () => {
  it('on cancel, starts nothing more, cancels the running hours and ends cancelled', async () => {
    const held = gate();
    stubs.beforeExtract = (input) => (input.hourUtc.startsWith('2026-11-18') ? held.opened : undefined);
    const handle = await temporal.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId('2026-11-17', '2026-11-20'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-17', toDate: '2026-11-20' }],
    });
    try {
      await until(
        () => handle.query(progressQuery),
        (p) => p.days.built === 1,
      );
      await handle.cancel();
      await expect(handle.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
    } finally {
      // Released even when an expectation fails, so the worker can shut down after the file.
      held.open();
    }
    expect(calls.built).toEqual(['2026-11-17']);
    // Hours are ingested at most one day ahead of the day being finished: none of the 20th.
    expect(calls.extracted.filter((e) => e.hourUtc >= '2026-11-20')).toEqual([]);
    // The running hours (one batch activity each) were asked to cancel.
    const events = await historyOf(handle.workflowId);
    const cancelled = events.filter((e) => e.activityTaskCancelRequestedEventAttributes).length;
    expect(cancelled).toBeGreaterThan(0);
  });
});

describe('histories recorded before the vocabulary of docs/decisions/0008', () => {
  const files = fs.readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

  it('cover every legacy workflow type', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([
      'backfill',
      'collectAndIngestHour',
      'hourlyCollect',
      'nightlyTransform',
      'transformDay',
    ]);
  });

  it.each(files)('%s replays against the current workflow code', async (file) => {
    await temporal.replay(file, file);
  });
});

// Recorded with the code before a patch() (tests/fixtures/histories/before-patches/): a run
// open when the patched worker starts must replay without a nondeterminism error.
describe('histories recorded before a patch', () => {
  it('buildNightly before the forecast after each build replays', async () => {
    await temporal.replay('before-patches/buildNightly.json', 'buildNightly-before-forecast');
  });
});
