import { describe, expect, it } from 'vitest';
import {
  afterCrash,
  backoffDelay,
  DEFAULT_RESTART_POLICY,
  INITIAL_RESTART_STATE,
  type RestartPolicy,
  type RestartState,
} from './restart-policy.ts';

const policy: RestartPolicy = {
  initialDelayMs: 1_000,
  maxDelayMs: 8_000,
  stableAfterMs: 30_000,
  maxStartCrashes: 4,
};

/** Feeds a sequence of run lengths through the policy, collecting the delays until it gives up. */
function replay(uptimes: number[]): (number | string)[] {
  let state: RestartState = INITIAL_RESTART_STATE;
  const out: (number | string)[] = [];
  for (const uptime of uptimes) {
    const decision = afterCrash(policy, state, uptime);
    if (decision.action === 'give-up') {
      out.push(decision.reason);
      break;
    }
    out.push(decision.delayMs);
    state = decision.state;
  }
  return out;
}

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(policy, n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('caps the default schedule at 30 s', () => {
    expect(backoffDelay(DEFAULT_RESTART_POLICY, 20)).toBe(30_000);
  });
});

describe('afterCrash', () => {
  it('gives up after maxStartCrashes crashes at start in a row, saying why', () => {
    expect(replay([100, 100, 100, 100, 100])).toEqual([
      1_000,
      2_000,
      4_000,
      'crashed 4 times in a row within 30 s of starting',
    ]);
  });

  it('keeps restarting a child that runs stably between crashes, with the delay reset each time', () => {
    expect(replay(Array(10).fill(60_000))).toEqual(Array(10).fill(1_000));
  });

  it('counts crashes at start afresh after a stable run', () => {
    expect(replay([100, 100, 100, 60_000, 100, 100, 100, 100])).toEqual([
      1_000,
      2_000,
      4_000,
      1_000,
      2_000,
      4_000,
      8_000,
      'crashed 4 times in a row within 30 s of starting',
    ]);
  });
});
