import { executeChild, sleep } from '@temporalio/workflow';
import type { WorkflowStart } from './ids.ts';

/**
 * Runs a child under its business-key id. If the same hour or day is already running
 * (say, started by the hourly schedule) we wait for that run to finish and start again,
 * rather than fail the whole backfill.
 */
export async function runChild<A, R>(
  workflow: (arg: A) => Promise<R>,
  start: WorkflowStart,
  arg: A,
): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await executeChild(workflow, { ...start, args: [arg] });
    } catch (err) {
      // The error class lives in @temporalio/common, which workflows here do not import.
      if ((err as Error).name !== 'WorkflowExecutionAlreadyStartedError' || attempt >= 20) throw err;
      await sleep('30 seconds');
    }
  }
}
