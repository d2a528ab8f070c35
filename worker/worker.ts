/** Builds a Temporal worker over the real dependencies (SQL, lake, source API). */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, createLegacyActivities } from '../activities/index.ts';
import type { ActivityDeps } from '../activities/deps.ts';
import { heartbeatWhileRunning } from './heartbeat.ts';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A prebuilt workflow bundle (tests build it once); otherwise bundled from WORKFLOWS_PATH. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Concurrency and shutdown settings (lib/config.ts WorkerSettings); defaults as there. */
  maxConcurrentActivities?: number;
  maxConcurrentWorkflowTasks?: number;
  shutdownGraceMs?: number;
  /** How the worker names itself in histories (default: the SDK's pid@host). */
  identity?: string;
}

export function createWorker(setup: WorkerSetup): Promise<Worker> {
  const activities = createActivities(setup.deps);
  return Worker.create({
    connection: setup.connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    ...(setup.workflowBundle ? { workflowBundle: setup.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: { ...activities, ...createLegacyActivities(activities) },
    interceptors: { activity: [heartbeatWhileRunning] },
    ...(setup.identity ? { identity: setup.identity } : {}),
    maxConcurrentActivityTaskExecutions: setup.maxConcurrentActivities ?? 8,
    maxConcurrentWorkflowTaskExecutions: setup.maxConcurrentWorkflowTasks ?? 40,
    // SIGINT/SIGTERM (handled by Worker.run) stop polling, then let in-flight tasks finish
    // this long before their activities are cancelled.
    shutdownGraceTime: setup.shutdownGraceMs ?? 0,
  });
}
