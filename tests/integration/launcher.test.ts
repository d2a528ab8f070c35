/**
 * `npm start` as a user runs it, on free ports: the real launcher (scripts/start.ts) with its
 * API, worker and production dashboard, on its own Temporal dev server (its schedules and fill
 * must not meet the other tests' runs) and the suite's Azurite. A worker SIGKILLed twice while
 * the launcher's fill runs comes back each time and the fill completes, every hour and day once;
 * Ctrl-C stops everything and leaves no listener.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { connect } from '../../lib/db/connect.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { toIsoDate, toIsoHour } from '../../lib/db/values.ts';
import { datesInRange, HOUR_MS, hourToMs, utcHoursOfLocalDay } from '../../lib/time.ts';
import { progressQuery } from '../../workflows/backfill-days.ts';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../lib/search-attributes.ts';
import {
  freePorts,
  startOnFreePorts,
  startTemporalDevServer,
  type RunningService,
} from '../../scripts/services.ts';
import { alive } from '../support/processes.ts';

/** True when nothing listens on the port: we can bind it ourselves. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
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
    temporal = await startOnFreePorts(2, ([port, uiPort]) => {
      temporalAddress = `127.0.0.1:${port}`;
      return startTemporalDevServer({ port: port!, uiPort, logFile: path.join(dir, 'temporal.log') });
    });
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) launcher.kill('SIGKILL');
    await temporal?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('brings the worker back after two SIGKILLs mid-fill: every hour and day once; Ctrl-C leaves no listener', async () => {
    const [apiPort, webPort] = (await freePorts(2)) as [number, number];
    const databaseUrl = `sqlite:${path.join(dir, 'warehouse.sqlite')}`;
    const launchedAt = Date.now();
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
        DATABASE_URL: databaseUrl,
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
    const [, fromDate, toDate, fillId] = (await waitForLine(
      /^Filling (\S+) to (\S+): workflow (\S+) /,
    )) as unknown as [string, string, string, string];
    const connection = await Connection.connect({ address: temporalAddress });
    const fill = new Client({ connection }).workflow.getHandle(fillId);
    /** Waits until the fill has ingested at least `hours` hours (asked while a worker is up). */
    const ingested = async (hours: number) => {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const p = await fill.query(progressQuery).catch(() => undefined);
        if (p && p.status !== 'running') throw new Error(`the fill ended before the kill: ${p.status}`);
        if (p && p.hours.ingested >= hours) return p.hours.ingested;
        if (Date.now() > deadline) throw new Error(`the fill did not reach ${hours} hours`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    // Killed twice while the fill has hours in flight; a restart each time (after 1 s, or 2 s
    // when the second kill comes within 30 s of the first restart: the backoff).
    const workers = [Number((await waitForLine(/^\[worker\]\s+started \(pid (\d+)\)/))[1])];
    let done = await ingested(1);
    for (const kill of [1, 2]) {
      const mark = lines.length;
      process.kill(workers.at(-1)!, 'SIGKILL');
      await waitForLine(
        /^\[worker\]\s+exited \(SIGKILL\); restarting in [12] s \(restart [12]\)/,
        mark,
        10_000,
      );
      workers.push(Number((await waitForLine(/^\[worker\]\s+started \(pid (\d+)\)/, mark, 10_000))[1]));
      await waitForLine(/^\[worker\]\s+worker polling/, mark, 60_000);
      if (kill === 1) done = await ingested(done + 1);
    }
    expect(new Set(workers).size).toBe(3);
    expect(alive(workers.at(-1)!)).toBe(true);

    // The fill completes: its activities on the killed workers timed out (heartbeats) and ran again.
    const filled = await waitForLine(
      /^filled \S+ to \S+: (.*), (\d+) days built, (\d+) hours ingested\.$/,
      0,
      180_000,
    );
    await connection.close();
    const now = Date.now();
    const isOverAt = (atMs: number) => (h: string) => hourToMs(h) + HOUR_MS <= atMs;
    const isOver = isOverAt(now);
    // Between 23:00 and 00:00 UTC (Paris's first hour) the fill's last day has no hour over yet,
    // so there is nothing to build for it. The fill read the clock between the launch and now:
    // if that hour ended meanwhile, the count of days at either time is the right one.
    const daysAt = (atMs: number) =>
      datesInRange(fromDate, toDate).filter((d) =>
        utcHoursOfLocalDay(d, 'Europe/Paris').some(isOverAt(atMs)),
      );
    const days = [daysAt(now), daysAt(launchedAt)].find((d) => d.length === Number(filled[2])) ?? daysAt(now);
    const hours = [...new Set(days.flatMap((d) => utcHoursOfLocalDay(d, 'Europe/Paris')))].filter(isOver);
    expect(filled[1]).toBe('completed');
    expect(Number(filled[2])).toBe(days.length);
    const db = connect(databaseUrl);
    try {
      const perHour = async (name: 'visitors' | 'transactions') =>
        new Map(
          (
            (await db(tableRef(db, 'raw', RAW[name]).qualified)
              .select('hour_utc')
              .count({ n: '*' })
              .groupBy('hour_utc')) as { hour_utc: unknown; n: unknown }[]
          ).map((r) => [toIsoHour(r.hour_utc), Number(r.n)]),
        );
      for (const name of ['visitors', 'transactions'] as const) {
        const counts = await perHour(name);
        // Every hour of the range that was over is there (a later hour may have come from the hourly schedule).
        for (const h of hours.slice(0, Number(filled[3]))) expect(counts.has(h), `${name} ${h}`).toBe(true);
        // ... each with the same number of rows: nothing lost, nothing doubled.
        expect(new Set(counts.values()).size, name).toBe(1);
      }
      expect((await perHour('transactions')).values().next().value).toBe(10);
      const daily = (await db(tableRef(db, 'analytics', ANALYTICS.storeDaily).qualified)
        .select('local_date')
        .count({ n: '*' })
        .groupBy('local_date')) as { local_date: unknown; n: unknown }[];
      expect(new Map(daily.map((r) => [toIsoDate(r.local_date), Number(r.n)]))).toEqual(
        new Map(days.map((d) => [d, 10])),
      );
    } finally {
      await db.destroy();
    }

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
