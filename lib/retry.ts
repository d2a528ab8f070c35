/**
 * Whether and how the pipeline retries, in one place. Workflows take their activity options
 * from here; activities, the CLI and the launcher classify errors with it. Pure and
 * deterministic: workflows may import it.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { ActivityOptions, RetryPolicy } from '@temporalio/workflow';
import { PermanentError } from './errors.ts';

/** Bad input or bad data: the same call would fail the same way, so fail at once. */
export function isPermanent(err: unknown): err is PermanentError {
  return err instanceof PermanentError;
}

/** A start under a business-key id that a running workflow already holds. */
export function isAlreadyStarted(err: unknown): err is WorkflowExecutionAlreadyStartedError {
  return err instanceof WorkflowExecutionAlreadyStartedError;
}

// One dataset-hour: the source may be restarting or throttling for a few minutes.
const HOUR_RETRY: RetryPolicy = {
  initialInterval: '5 seconds',
  backoffCoefficient: 2,
  maximumInterval: '5 minutes',
  maximumAttempts: 10,
};

/**
 * Every activity heartbeats while it runs (worker/heartbeat.ts), so the server notices a worker
 * that died (SIGKILL, a lost machine) within this time and retries its activities elsewhere,
 * instead of after their start-to-close timeout (minutes); heartbeats also deliver cancellation.
 */
export const LIVENESS_HEARTBEAT_TIMEOUT = '20 seconds';

/** Activity options by kind of work; each activity proxy in workflows/ uses one of these. */
export const ACTIVITY_OPTIONS = {
  /** extractHour: one request to the source, one blob written. */
  extract: {
    startToCloseTimeout: '2 minutes',
    heartbeatTimeout: LIVENESS_HEARTBEAT_TIMEOUT,
    retry: HOUR_RETRY,
  },
  /** loadHour: one blob read, one raw transaction. */
  load: { startToCloseTimeout: '5 minutes', heartbeatTimeout: LIVENESS_HEARTBEAT_TIMEOUT, retry: HOUR_RETRY },
  /**
   * ingestHours: a backfill's batch of hours, extract and load each. Heartbeats keep it alive;
   * the hours that fail inside it are retried as their own ingestHour workflows.
   */
  batch: {
    startToCloseTimeout: '30 minutes',
    heartbeatTimeout: LIVENESS_HEARTBEAT_TIMEOUT,
    retry: HOUR_RETRY,
  },
  /** Planning: the store list, the hours of a day, the missing hours. Small and quick. */
  plan: {
    startToCloseTimeout: '2 minutes',
    heartbeatTimeout: LIVENESS_HEARTBEAT_TIMEOUT,
    retry: {
      initialInterval: '5 seconds',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      maximumAttempts: 10,
    },
  },
  /** A store-local day's models: the largest transaction of the pipeline. */
  build: {
    startToCloseTimeout: '10 minutes',
    // Longer: one of its SQLite statements may hold the event loop (and the heartbeat) for seconds.
    heartbeatTimeout: '60 seconds',
    retry: {
      initialInterval: '10 seconds',
      backoffCoefficient: 2,
      maximumInterval: '10 minutes',
      maximumAttempts: 8,
    },
  },
  /** checkSensorHealth: one hour's verdicts and alerts, a small transaction (retried on a race between two hours). */
  check: {
    startToCloseTimeout: '2 minutes',
    retry: {
      initialInterval: '2 seconds',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      maximumAttempts: 8,
    },
  },
  /** notifyAlert: one webhook request; a receiver may be down for hours, so keep trying for about a day. */
  notify: {
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '10 seconds',
      backoffCoefficient: 2,
      maximumInterval: '30 minutes',
      maximumAttempts: 60,
    },
  },
} as const satisfies Record<string, ActivityOptions>;

/**
 * A child whose business-key id is already running (say, the hourly schedule is ingesting
 * the hour a backfill reaches): wait this long between tries, this many times (10 minutes),
 * then fail the parent.
 */
export const BUSY_CHILD = { wait: '30 seconds', attempts: 20 } as const;
