import { Context } from '@temporalio/activity';

/**
 * The running activity's cancellation signal (delivered by heartbeats: worker/heartbeat.ts), or
 * none when an activity function is called directly, outside a worker (tests, benchmarks).
 */
export function cancellationSignal(): AbortSignal | undefined {
  try {
    return Context.current().cancellationSignal;
  } catch {
    return undefined;
  }
}
