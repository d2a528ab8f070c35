/**
 * Every activity heartbeats while it runs, so a worker that dies (SIGKILL, out of memory, a lost
 * machine) is noticed after the activity's heartbeatTimeout (lib/retry.ts: 30-60 s) and its work
 * retried elsewhere, instead of after its startToCloseTimeout (2-10 minutes). The heartbeat says
 * only "this process is alive": none of the activities can resume half-way, so it carries no details.
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
