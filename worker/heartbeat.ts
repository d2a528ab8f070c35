/**
 * Every activity heartbeats while it runs, so a worker that dies (SIGKILL, out of memory, a lost
 * machine) is noticed after the activity's heartbeatTimeout (lib/retry.ts: 20-60 s) and its work
 * retried elsewhere, instead of after its startToCloseTimeout (2-30 minutes); heartbeats also
 * deliver cancellation (a cancelled backfill, the worker's shutdown) to Context.cancellationSignal.
 * The heartbeat says only "this process is alive", so it carries no details, and a hung call still
 * ends at its start-to-close timeout.
 */
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

/** Well under the shortest heartbeatTimeout; the SDK throttles what it actually sends. */
export const HEARTBEAT_EVERY_MS = 5_000;

export const heartbeatWhileRunning: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(input, next) {
      ctx.heartbeat();
      const timer = setInterval(() => ctx.heartbeat(), HEARTBEAT_EVERY_MS);
      try {
        return await next(input);
      } finally {
        clearInterval(timer);
      }
    },
  },
});
