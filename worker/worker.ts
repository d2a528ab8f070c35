/** Builds a Temporal worker over the real dependencies (SQL, lake, source API). */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, createLegacyActivities } from '../activities/index.ts';
import type { ActivityDeps } from '../activities/deps.ts';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A prebuilt workflow bundle (tests build it once); otherwise bundled from WORKFLOWS_PATH. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export function createWorker(setup: WorkerSetup): Promise<Worker> {
  const activities = createActivities(setup.deps);
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    ...(setup.workflowBundle ? { workflowBundle: setup.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: { ...activities, ...createLegacyActivities(activities) },
    // A 2-core machine: enough parallel hours to keep SQL busy without thrashing.
    maxConcurrentActivityTaskExecutions: 8,
  });
}
