/**
 * `npm start` as a user runs it, on free ports: the real launcher (scripts/start.ts) with its
 * API, worker and production dashboard, on its own Temporal dev server (its schedules and fill
 * must not meet the other tests' runs) and the suite's Azurite. A SIGKILLed worker comes back;
 * Ctrl-C stops everything and leaves no listener.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../lib/search-attributes.ts';
import { freePort, startTemporalDevServer, type RunningService } from '../../scripts/services.ts';

/** True when nothing listens on the port: we can bind it ourselves. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  let dir: string;
  let temporal: RunningService;
  let temporalAddress: string;
  let launcher: ChildProcess | undefined;
  const lines: string[] = [];

  /** Resolves with the first output line matching `pattern` after line `from`. */
  async function waitForLine(pattern: RegExp, from = 0, timeoutMs = 90_000): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < lines.length; i++) {
        const m = pattern.exec(lines[i]!);
        if (m) return m;
      }
      if (launcher?.exitCode !== null || Date.now() > deadline) {
        throw new Error(`no line matching ${pattern}; output:\n${lines.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-launcher-'));
    const port = await freePort();
    temporalAddress = `127.0.0.1:${port}`;
    temporal = await startTemporalDevServer({
      port,
      uiPort: await freePort(),
      logFile: path.join(dir, 'temporal.log'),
    });
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) launcher.kill('SIGKILL');
    await temporal?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('brings a killed worker back with a log line, and Ctrl-C leaves no listener', async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    launcher = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_TASK_QUEUE: `it-launcher-${randomUUID()}`,
        AZURE_STORAGE_CONNECTION_STRING: inject('blobConnectionString'),
        LAKE_CONTAINER: `launcher-${randomUUID().slice(0, 8)}`,
        DATABASE_URL: `sqlite:${path.join(dir, 'warehouse.sqlite')}`,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [launcher.stdout!, launcher.stderr!]) {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const parts = (rest + chunk.toString()).split('\n');
        rest = parts.pop() ?? '';
        lines.push(...parts);
      });
    }

    await waitForLine(/DataMag360 is running/);
    const dashboard = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(dashboard.status).toBe(200);
    const first = Number((await waitForLine(/^\[worker\]\s+started \(pid (\d+)\)/))[1]);
    const mark = lines.length;
    process.kill(first, 'SIGKILL');

    await waitForLine(/^\[worker\]\s+exited \(SIGKILL\); restarting in 1 s \(restart 1\)/, mark, 10_000);
    const second = Number((await waitForLine(/^\[worker\]\s+started \(pid (\d+)\)/, mark, 10_000))[1]);
    expect(second).not.toBe(first);
    await waitForLine(/^\[worker\]\s+worker polling/, mark, 60_000);
    expect(alive(second)).toBe(true);

    const pids = lines.flatMap((l) => /^\[\w+\]\s+started \(pid (\d+)\)/.exec(l)?.[1] ?? []).map(Number);
    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', resolve));
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(lines).toContain('stopped.');
    for (const port of [apiPort, webPort]) expect(await portIsFree(port), `port ${port}`).toBe(true);
    for (const pid of pids) expect(alive(pid), `pid ${pid}`).toBe(false);
  });

  it('runs its dev server with the custom search attributes registered', async () => {
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      const { customAttributes } = await connection.operatorService.listSearchAttributes({
        namespace: 'default',
      });
      // The API's enum values: INDEXED_VALUE_TYPE_KEYWORD = 2, INDEXED_VALUE_TYPE_DATETIME = 6.
      const codes = { Keyword: 2, Datetime: 6 } as const;
      for (const { name, type } of CUSTOM_SEARCH_ATTRIBUTES) {
        expect(customAttributes?.[name], name).toBe(codes[type]);
      }
    } finally {
      await connection.close();
    }
  });
});
