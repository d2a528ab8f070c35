/**
 * Workflow unit tests' Temporal: the time-skipping test server (a timer of hours fires at
 * once) from .tools/bin/temporal-test-server, which scripts/install-temporal.sh installs,
 * or TEMPORAL_TEST_SERVER. The SDK's own download of it needs internet access.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, type WorkflowBundle } from '@temporalio/worker';
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
