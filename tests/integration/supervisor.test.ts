/** The launcher's supervisor on real child processes, with a fast restart policy. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestartPolicy } from '../../scripts/restart-policy.ts';
import { createSupervisor } from '../../scripts/supervisor.ts';
import { alive } from '../support/processes.ts';

const policy: RestartPolicy = {
  initialDelayMs: 50,
  maxDelayMs: 200,
  stableAfterMs: 2_000,
  maxStartCrashes: 3,
};
const node = process.execPath;

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('supervisor', () => {
  let logDir: string;
  const lines: string[] = [];
  const pidsOf = (name: string) =>
    lines
      .flatMap((l) => new RegExp(`^\\[${name}\\]\\s+started \\(pid (\\d+)\\)`).exec(l)?.[1] ?? [])
      .map(Number);

  beforeEach(() => {
    logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-supervisor-'));
    lines.length = 0;
  });
  afterEach(() => fs.rmSync(logDir, { recursive: true, force: true }));

  it('restarts a child that crashes at start with growing delays, then gives up, saying why', async () => {
    const gaveUp: string[] = [];
    const supervisor = createSupervisor({
      cwd: logDir,
      logDir,
      policy,
      onGiveUp: (name) => gaveUp.push(name),
      print: (l) => lines.push(l),
    });
    supervisor.supervise('crasher', node, ['-e', 'console.log("booting"); process.exit(3)'], {});
    await until(() => gaveUp.length > 0);
    expect(gaveUp).toEqual(['crasher']);
    expect(lines.filter((l) => l.includes('restarting'))).toEqual([
      '[crasher] exited (3); restarting in 0.05 s (restart 1)',
      '[crasher] exited (3); restarting in 0.1 s (restart 2)',
    ]);
    expect(lines.at(-1)).toMatch(
      /exited \(3\): crashed 3 times in a row within 2 s of starting; giving up \(log: .*crasher\.log\)/,
    );
    expect(pidsOf('crasher')).toHaveLength(3);
    await supervisor.stopAll(1_000);
    // Each run's output lands in the child's log (written asynchronously, hence the wait).
    const log = path.join(logDir, 'crasher.log');
    await until(() => fs.readFileSync(log, 'utf8') === 'booting\n'.repeat(3));
  });

  it('brings a killed child back, and stopAll stops it for good', async () => {
    const supervisor = createSupervisor({
      cwd: logDir,
      logDir,
      policy,
      onGiveUp: () => expect.fail('must not give up'),
      print: (l) => lines.push(l),
    });
    supervisor.supervise('sleeper', node, ['-e', 'setInterval(() => {}, 1000)'], {});
    await until(() => pidsOf('sleeper').length === 1);
    process.kill(pidsOf('sleeper')[0]!, 'SIGKILL');
    await until(() => pidsOf('sleeper').length === 2);
    expect(lines).toContain('[sleeper] exited (SIGKILL); restarting in 0.05 s (restart 1)');
    const [first, second] = pidsOf('sleeper') as [number, number];
    expect(alive(first)).toBe(false);
    expect(alive(second)).toBe(true);

    await supervisor.stopAll(1_000);
    expect(alive(second)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(pidsOf('sleeper')).toHaveLength(2);
  });
});
