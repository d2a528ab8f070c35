/**
 * Workflow unit tests' Temporal: the time-skipping test server (a timer of hours fires at
 * once) from .tools/bin/temporal-test-server, which scripts/install-temporal.sh installs,
 * or TEMPORAL_TEST_SERVER. The SDK's own download of it needs internet access.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundle } from '@temporalio/worker';
import { afterAll, beforeAll, vi } from 'vitest';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../lib/search-attributes.ts';
import { WORKFLOWS_PATH } from '../../worker/worker.ts';

export function testServerPath(): string {
  const file =
    process.env.TEMPORAL_TEST_SERVER ?? path.join(PROJECT_ROOT, '.tools', 'bin', 'temporal-test-server');
  if (!fs.existsSync(file)) {
    throw new Error(`Temporal test server not found at ${file}: run \`bash scripts/install-temporal.sh\``);
  }
  return file;
}

/** The test server, with the pipeline's custom search attributes registered as on the dev server. */
export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  // Stubbed failures make the worker log warnings by design; errors still show.
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      CUSTOM_SEARCH_ATTRIBUTES.map(({ name, type }) => [
        name,
        type === 'Datetime'
          ? temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME
          : temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      ]),
    ),
  });
  return env;
}

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (message: string) => console.error(message),
};

/** The worker's workflow bundle, as the worker builds it (webpack: a few seconds). */
export function bundleWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quiet });
}

/** Recorded workflow histories that today's code must still replay. */
export const HISTORIES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'histories');

/** What a test file's worker runs on, filled in before its first test. */
export interface WorkflowTestWorker {
  client: TestWorkflowEnvironment['client'];
  bundle: WorkflowBundle;
  /** Replays tests/fixtures/histories/<file> against the current workflow code; throws on nondeterminism. */
  replay: (file: string, name: string) => Promise<void>;
}

/**
 * A worker with these (stub) activities on the test server for the calling file's tests:
 * started before the first, shut down after the last.
 */
export function workflowTestWorker(taskQueue: string, activities: object): WorkflowTestWorker {
  // A real worker on a real (time-skipping) server: on a loaded 2-core CI machine a run of a few
  // workflows can take longer than vitest's 5 s default, and the tests' until() waits up to 10 s.
  vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
  const out = {
    replay: async (file: string, name: string) => {
      const json = fs.readFileSync(path.join(HISTORIES, file), 'utf8');
      await Worker.runReplayHistory({ workflowBundle: out.bundle }, historyFromJSON(JSON.parse(json)), name);
    },
  } as WorkflowTestWorker;
  let env: TestWorkflowEnvironment | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    [env, out.bundle] = await Promise.all([timeSkippingEnv(), bundleWorkflows()]);
    out.client = env.client;
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: out.bundle,
      activities,
    });
    running = worker.run();
  }, 60_000);
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });
  return out;
}
