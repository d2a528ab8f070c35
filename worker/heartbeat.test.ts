import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_EVERY_MS, heartbeatWhileRunning } from './heartbeat.ts';

// The failing activity's warning is expected; errors would still show.
const QUIET = new DefaultLogger('ERROR');

/** An activity environment with the interceptor, and how many heartbeats it has sent. */
function heartbeating() {
  const env = new MockActivityEnvironment(undefined, {
    interceptors: [heartbeatWhileRunning],
    logger: QUIET,
  });
  let beats = 0;
  env.on('heartbeat', () => (beats += 1));
  return { env, beats: () => beats };
}

describe('heartbeatWhileRunning', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('heartbeats at the start and every few seconds while the activity runs, then stops', async () => {
    vi.useFakeTimers();
    const { env, beats } = heartbeating();
    let finish: (v: string) => void = () => undefined;
    const running = env.run(() => new Promise<string>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(0);
    expect(beats()).toBe(1);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_EVERY_MS + 1);
    expect(beats()).toBe(3);
    finish('done');
    expect(await running).toBe('done');
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_EVERY_MS);
    expect(beats()).toBe(3);
  });

  it('stops heartbeating when the activity fails, and passes the failure on', async () => {
    vi.useFakeTimers();
    const { env, beats } = heartbeating();
    await expect(env.run(() => Promise.reject(new Error('source down')))).rejects.toThrow('source down');
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_EVERY_MS);
    expect(beats()).toBe(1);
  });
});
