/**
 * When `npm start` brings a crashed child back, and when it stops trying. Pure, so the
 * schedule is unit-tested apart from the processes it governs (scripts/start.ts).
 */

export interface RestartPolicy {
  /** Delay before the first restart; each further crash in a row doubles it… */
  initialDelayMs: number;
  /** …up to this cap. */
  maxDelayMs: number;
  /** A run shorter than this is a crash at start; a longer one resets the count and the delay. */
  stableAfterMs: number;
  /** Crashes at start in a row after which the launcher gives up. */
  maxStartCrashes: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 30_000,
  maxStartCrashes: 5,
};

/** What the launcher remembers about one child between its runs. */
export interface RestartState {
  /** Crashes in a row, each after a run shorter than `stableAfterMs`. */
  startCrashes: number;
  /** Restarts since the last stable run: drives the backoff. */
  restarts: number;
}

export const INITIAL_RESTART_STATE: RestartState = { startCrashes: 0, restarts: 0 };

export type RestartDecision =
  { action: 'restart'; delayMs: number; state: RestartState } | { action: 'give-up'; reason: string };

/** Exponential backoff: initial, 2x, 4x, … capped; `restart` counts from 1. */
export function backoffDelay(policy: RestartPolicy, restart: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, restart - 1));
}

/** Decides what to do after a child exited on its own after running `uptimeMs`. */
export function afterCrash(policy: RestartPolicy, state: RestartState, uptimeMs: number): RestartDecision {
  // A child that ran stably had a fault, not a broken start: begin the schedule afresh.
  const stable = uptimeMs >= policy.stableAfterMs;
  const startCrashes = stable ? 0 : state.startCrashes + 1;
  const restarts = (stable ? 0 : state.restarts) + 1;
  if (startCrashes >= policy.maxStartCrashes) {
    return {
      action: 'give-up',
      reason: `crashed ${startCrashes} times in a row within ${policy.stableAfterMs / 1000} s of starting`,
    };
  }
  return { action: 'restart', delayMs: backoffDelay(policy, restarts), state: { startCrashes, restarts } };
}
