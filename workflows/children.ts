import { ApplicationFailure, executeChild, sleep } from '@temporalio/workflow';
import { BUSY_CHILD, isAlreadyStarted } from '../lib/retry.ts';
import type { WorkflowStart } from './ids.ts';

/**
 * Runs a child under its business-key id. If the same hour or day is already running
 * (say, started by the hourly schedule) we wait for that run to finish and start again,
 * rather than fail the whole backfill.
 */
export async function runChild<A, R>(
  workflow: (arg: A) => Promise<R>,
  start: Omit<WorkflowStart, 'typedSearchAttributes'> & Partial<WorkflowStart>,
  arg: A,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await executeChild(workflow, { ...start, args: [arg] });
    } catch (err) {
      if (!isAlreadyStarted(err)) throw err;
      if (attempt >= BUSY_CHILD.attempts) {
        throw ApplicationFailure.create({
          type: 'ChildStillRunning',
          message: `${start.workflowId} was still running after ${attempt} tries ${BUSY_CHILD.wait} apart`,
          cause: err,
        });
      }
      await sleep(BUSY_CHILD.wait);
    }
  }
}
