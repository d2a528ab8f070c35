/**
 * SIGTERM drains: the real worker process (worker/main.ts), stopped while an activity waits on
 * a slow source API, lets that activity finish before it exits, so nothing is failed or
 * retried; a second worker then completes the workflow (docs/operations.md, "Stopping").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ingestHour } from '../../workflows/index.ts';
import { freshWarehouse } from '../support/databases.ts';
import { startApi } from '../support/stack.ts';

const HOUR = '2026-11-05T10:00:00Z';
const DELAY_MS = 3_000;

describe('worker shutdown', () => {
  let dir: string;
  let api: Awaited<ReturnType<typeof startApi>>;
  let proxy: http.Server;
  let proxyUrl: string;
  let connection: Connection;
  let client: Client;
  const workers: ChildProcess[] = [];
  const requests: number[] = [];
  const responses: number[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-drain-'));
    const db = await freshWarehouse(`sqlite:${path.join(dir, 'warehouse.sqlite')}`);
    await db.destroy();
    api = await startApi();
    // The source API, answering DELAY_MS late: an activity is surely in flight meanwhile.
    proxy = http.createServer((req, res) => {
      requests.push(Date.now());
      setTimeout(async () => {
        const upstream = await fetch(`${api.url}${req.url}`);
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
        responses.push(Date.now());
      }, DELAY_MS);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    connection = await Connection.connect({ address: inject('temporalAddress') });
    client = new Client({ connection });
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await connection?.close();
    await new Promise((r) => proxy?.close(r));
    await new Promise((r) => api?.server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const taskQueue = `it-drain-${randomUUID()}`;
  const lakeContainer = `drain-${randomUUID().slice(0, 8)}`;

  /** A worker process; resolves once it polls. */
  async function startWorker(apiUrl: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['worker/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${path.join(dir, 'warehouse.sqlite')}`,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_TASK_QUEUE: taskQueue,
        AZURE_STORAGE_CONNECTION_STRING: inject('blobConnectionString'),
        LAKE_CONTAINER: lakeContainer,
        API_URL: apiUrl,
        WORKER_SHUTDOWN_GRACE_SECONDS: '20',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    workers.push(child);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (b: Buffer) => {
        output += b.toString();
        if (output.includes('worker polling')) resolve();
      });
      child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before polling:\n${output}`)));
    });
    return child;
  }

  it('lets the in-flight activity finish on SIGTERM, then a second worker completes the run', async () => {
    const first = await startWorker(proxyUrl);
    const workflowId = `drain-${randomUUID()}`;
    const handle = await client.workflow.start(ingestHour, {
      workflowId,
      taskQueue,
      args: [{ hourUtc: HOUR }],
    });

    const deadline = Date.now() + 30_000;
    while (requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(requests.length, 'the activity reached the source API').toBeGreaterThan(0);
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      first.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    first.kill('SIGTERM');
    const { code, at } = await exited;
    expect(code).toBe(0);
    // It waited for the slow answer instead of abandoning the activity.
    expect(responses.length).toBeGreaterThan(0);
    expect(at).toBeGreaterThanOrEqual(responses[0]!);

    await startWorker(api.url);
    await handle.result();
    const { events } = await handle.fetchHistory();
    const of = (key: string) => (events ?? []).filter((e) => (e as Record<string, unknown>)[key] != null);
    expect(of('activityTaskCompletedEventAttributes').length).toBeGreaterThan(0);
    for (const bad of [
      'activityTaskFailedEventAttributes',
      'activityTaskTimedOutEventAttributes',
      'activityTaskCanceledEventAttributes',
    ]) {
      expect(of(bad), bad).toEqual([]);
    }
  });
});
