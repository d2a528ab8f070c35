/**
 * Keeps `npm start`'s children alive: each runs with its output echoed with a prefix and
 * appended to <logDir>/<name>.log; one that exits on its own is started again on the schedule
 * of scripts/restart-policy.ts, until that policy gives up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  afterCrash,
  INITIAL_RESTART_STATE,
  type RestartPolicy,
  type RestartState,
} from './restart-policy.ts';
import { stopChild } from './services.ts';

interface Supervised {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  child?: ChildProcess;
  startedAt: number;
  state: RestartState;
  restartTimer?: NodeJS.Timeout;
}

export interface Supervisor {
  supervise(name: string, command: string, args: string[], env: Record<string, string>): void;
  /** Stops restarting, then SIGTERMs every child (SIGKILL after graceMs). */
  stopAll(graceMs: number): Promise<void>;
}

export function createSupervisor(opts: {
  cwd: string;
  logDir: string;
  policy: RestartPolicy;
  /** Called once when a child crashed at start too often; the caller decides to stop. */
  onGiveUp: (name: string, message: string) => void;
  print?: (line: string) => void;
}): Supervisor {
  const print = opts.print ?? ((line: string) => console.log(line));
  const children: Supervised[] = [];
  let stopping = false;
  const prefixOf = (name: string) => `[${name}]`.padEnd(9);

  function capture(name: string, child: ChildProcess): void {
    const log = fs.createWriteStream(path.join(opts.logDir, `${name}.log`), { flags: 'a' });
    child.once('close', () => log.end());
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.pipe(log, { end: false });
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) print(`${prefixOf(name)} ${line}`);
      });
    }
  }

  function launch(s: Supervised): void {
    const child = spawn(s.command, s.args, {
      cwd: opts.cwd,
      env: { ...process.env, ...s.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    s.child = child;
    s.startedAt = Date.now();
    capture(s.name, child);
    print(`${prefixOf(s.name)} started (pid ${child.pid ?? 'none'})`);
    let ended = false;
    const onEnd = (how: string) => {
      if (ended || stopping) return;
      ended = true;
      const decision = afterCrash(opts.policy, s.state, Date.now() - s.startedAt);
      if (decision.action === 'give-up') {
        const log = path.join(opts.logDir, `${s.name}.log`);
        const message = `${prefixOf(s.name)} exited (${how}): ${decision.reason}; giving up (log: ${log})`;
        print(message);
        opts.onGiveUp(s.name, message);
        return;
      }
      s.state = decision.state;
      print(
        `${prefixOf(s.name)} exited (${how}); restarting in ${decision.delayMs / 1000} s (restart ${decision.state.restarts})`,
      );
      s.restartTimer = setTimeout(() => launch(s), decision.delayMs);
    };
    child.on('exit', (code, signal) => onEnd(String(signal ?? code)));
    child.on('error', (err) => onEnd(err.message));
  }

  return {
    supervise(name, command, args, env) {
      const s: Supervised = { name, command, args, env, startedAt: 0, state: INITIAL_RESTART_STATE };
      children.push(s);
      launch(s);
    },
    async stopAll(graceMs) {
      stopping = true;
      for (const s of children) clearTimeout(s.restartTimer);
      await Promise.all(children.map((s) => (s.child ? stopChild(s.child, graceMs) : undefined)));
    },
  };
}
