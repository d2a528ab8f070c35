/**
 * The workflows on Temporal's time-skipping test server, with stub activities: what they
 * start, in which order, with which ids, in milliseconds instead of real waits. The real
 * activities are covered by their own tests and tests/integration/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { tsToMs } from '@temporalio/common/lib/time';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Activities, ExtractInput, LegacyActivities, LoadInput } from '../activities/index.ts';
import { PROJECT_ROOT } from '../lib/config.ts';
import { addDays, formatUtcHour, lastCompleteHour, toLocal } from '../lib/time.ts';
import { bundleWorkflows, timeSkippingEnv } from '../tests/support/workflow-env.ts';
import { backfillDaysId, buildDayId, ingestHourId } from './ids.ts';
import { backfillDays, buildNightly, ingestHour, ingestHourly } from './index.ts';

const TASK_QUEUE = 'workflow-tests';

/** What the stub activities answer, reset before each test, and what they were asked. */
interface Stubs {
  hoursOfDay: (date: string) => string[];
  missingHours: (hours: string[]) => string[];
  /** Throw to fail one extract attempt (retryable). */
  beforeExtract: (input: ExtractInput) => void;
}
let stubs: Stubs;
let calls: {
  syncStores: number;
  extracted: ExtractInput[];
  loaded: LoadInput[];
  built: string[];
  missingAsked: string[][];
};

const succeededExtracts = () => calls.extracted.map((e) => e.hourUtc);

const activities: Activities & LegacyActivities = {
  async extractHour(input) {
    stubs.beforeExtract(input);
    calls.extracted.push(input);
    const blobPath = `${input.dataset}/${input.hourUtc}.parquet`;
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath, rows: 1, sha256: 'x' };
  },
  async loadHour(input) {
    calls.loaded.push(input);
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath: input.blobPath, rows: 1, sha256: 'x' };
  },
  async syncStores() {
    calls.syncStores += 1;
    return { stores: 1, sensors: 1 };
  },
  async buildDayModels({ date }) {
    calls.built.push(date);
    return { date, stores: 1, hours: 24, status: 'published' as const, failedTests: [] };
  },
  async transformDay({ date }) {
    calls.built.push(date);
    return { date, stores: 1, hours: 24, status: 'published' as const, failedTests: [] };
  },
  async hoursOfDay({ date }) {
    return stubs.hoursOfDay(date);
  },
  async missingHours({ hours }) {
    calls.missingAsked.push(hours);
    return stubs.missingHours(hours);
  },
};

/** Three hours of each day: enough to see order and concurrency, few enough to stay fast. */
const threeHours = (date: string) => [`${date}T08:00:00Z`, `${date}T09:00:00Z`, `${date}T10:00:00Z`];

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundle;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  [env, bundle] = await Promise.all([timeSkippingEnv(), bundleWorkflows()]);
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowBundle: bundle,
    activities,
  });
  running = worker.run();
}, 60_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
});

beforeEach(() => {
  stubs = { hoursOfDay: threeHours, missingHours: (hours) => hours, beforeExtract: () => undefined };
  calls = { syncStores: 0, extracted: [], loaded: [], built: [], missingAsked: [] };
});

async function historyOf(workflowId: string, runId?: string) {
  return (await env.client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
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
    const result = await env.client.workflow.execute(ingestHour, {
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
    const handle = await env.client.workflow.start(backfillDays, {
      workflowId,
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-01', toDate: '2026-11-03', concurrency: 2, historyEventsPerRun: 1 }],
    });
    expect(await handle.result()).toEqual({ days: 3, hours: 9 });

    const days = ['2026-11-01', '2026-11-02', '2026-11-03'];
    expect(calls.built).toEqual(days);
    const ingested = days.flatMap(threeHours);
    expect(succeededExtracts().sort()).toEqual(ingested.flatMap((h) => [h, h]).sort());
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
    const result = await env.client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId('2026-11-04', '2026-11-04'),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: '2026-11-04', toDate: '2026-11-04', onlyMissing: true }],
    });
    expect(calls.missingAsked).toEqual([threeHours('2026-11-04')]);
    expect(new Set(succeededExtracts())).toEqual(new Set(threeHours('2026-11-04').slice(1)));
    expect(result).toEqual({ days: 1, hours: 2 });
    expect(calls.built).toEqual(['2026-11-04']);
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      env.client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId('2026-11-05', '2026-11-04'),
        taskQueue: TASK_QUEUE,
        args: [{ fromDate: '2026-11-05', toDate: '2026-11-04' }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'InvalidInput' } });
    expect(calls.syncStores).toBe(0);
  });
});

describe('a child whose id is already running', () => {
  const DAY = '2026-11-06';
  const BUSY = `${DAY}T09:00:00Z`;

  /** An ingestHour of BUSY started by someone else (say, the hourly schedule). */
  const startBlocker = () =>
    env.client.workflow.start(ingestHour, {
      workflowId: ingestHourId(BUSY),
      taskQueue: TASK_QUEUE,
      args: [{ hourUtc: BUSY }],
    });

  it('is waited for, then run again by the backfill itself', async () => {
    // The other run's source is down for its first three attempts (5 + 10 + 20 s of backoff).
    let failures = 0;
    stubs.beforeExtract = (input) => {
      if (input.hourUtc === BUSY && input.dataset === 'visitors' && failures < 3) {
        failures += 1;
        throw new Error('source unavailable');
      }
    };
    const blocker = await startBlocker();
    const backfill = await env.client.workflow.start(backfillDays, {
      workflowId: backfillDaysId(DAY, DAY),
      taskQueue: TASK_QUEUE,
      args: [{ fromDate: DAY, toDate: DAY }],
    });
    expect(await backfill.result()).toEqual({ days: 1, hours: 3 });
    await blocker.result();

    const busyRuns = new Set(calls.loaded.filter((l) => l.hourUtc === BUSY).map((l) => l.runId));
    expect(busyRuns.size).toBe(2);
    const timers = (await historyOf(backfill.workflowId)).filter((e) => e.timerStartedEventAttributes);
    expect(timers.length).toBeGreaterThanOrEqual(1);
  });

  it('fails the backfill after 20 tries (10 minutes) if it never finishes', async () => {
    stubs.beforeExtract = (input) => {
      if (input.hourUtc === BUSY) throw new Error('source unavailable');
    };
    const blocker = await startBlocker();
    try {
      const backfill = env.client.workflow.execute(backfillDays, {
        workflowId: backfillDaysId(DAY, DAY),
        taskQueue: TASK_QUEUE,
        args: [{ fromDate: DAY, toDate: DAY }],
      });
      await expect(backfill).rejects.toMatchObject({
        cause: {
          type: 'ChildStillRunning',
          message: `${ingestHourId(BUSY)} was still running after 20 tries 30 seconds apart`,
        },
      });
      const timers = (await historyOf(backfillDaysId(DAY, DAY))).filter((e) => e.timerStartedEventAttributes);
      expect(timers).toHaveLength(19);
      expect(calls.built).toEqual([]);
    } finally {
      await blocker.terminate('test over');
    }
  });
});

describe('the scheduled workflows', () => {
  it('ingestHourly ingests the missing hours of the last day, then the hour that just ended', async () => {
    stubs.missingHours = (hours) => [hours[0]!, hours[10]!];
    const { ingested } = await env.client.workflow.execute(ingestHourly, {
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

  it('buildNightly runs yesterday as a child backfill (its own history), never inline', async () => {
    const result = await env.client.workflow.execute(buildNightly, {
      workflowId: 'build-nightly-test',
      taskQueue: TASK_QUEUE,
      args: [{ timeZone: 'Europe/Paris' }],
    });
    const now = await workflowNow('build-nightly-test');
    const yesterday = addDays(toLocal(formatUtcHour(now), 'Europe/Paris').localDate, -1);
    expect(result).toEqual({ days: 1, hours: 3 });
    expect(calls.built).toEqual([yesterday]);

    const events = await historyOf('build-nightly-test');
    // The nightly workflow itself schedules no activity: a continue-as-new of the range
    // workflow restarts that child, not the nightly run.
    expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toEqual([]);
    const children = events.flatMap((e) => e.startChildWorkflowExecutionInitiatedEventAttributes ?? []);
    expect(children.map((c) => [c.workflowType?.name, c.workflowId])).toEqual([
      ['backfillDays', backfillDaysId(yesterday, yesterday)],
    ]);
    expect((await historyOf(buildDayId(yesterday))).length).toBeGreaterThan(0);
  });
});

describe('histories recorded before the vocabulary of docs/decisions/0008', () => {
  const dir = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'histories');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

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
    const history = historyFromJSON(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle: bundle }, history, file);
  });
});
