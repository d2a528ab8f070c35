/**
 * Liveness heartbeats for every activity: while an activity with a heartbeat timeout runs, the
 * worker heartbeats it at a third of that timeout. The server then sees a dead worker's
 * activities time out within the heartbeat timeout (lib/retry.ts) and retries them on a live
 * worker, and cancellation (a cancelled backfill, the worker's shutdown) reaches the activity's
 * Context.cancellationSignal. A heartbeat proves the process is alive, not that the activity
 * progresses: a hung call still ends at its start-to-close timeout.
 */
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

export const heartbeatWhileRunning: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(input, next) {
      const timeoutMs = ctx.info.heartbeatTimeoutMs;
      if (!timeoutMs) return next(input);
      const timer = setInterval(() => ctx.heartbeat(), Math.max(1_000, timeoutMs / 3));
      try {
        return await next(input);
      } finally {
        clearInterval(timer);
      }
    },
  },
});
