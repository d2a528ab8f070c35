/**
 * A running pipeline for integration tests, on real services: the simulator API on a free
 * port, a lake container in Azurite (or a real account), a migrated warehouse, and a
 * Temporal worker on its own task queue against the dev server.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import {
  DefaultLogger,
  NativeConnection,
  Runtime,
  type Worker,
  type WorkflowBundle,
} from '@temporalio/worker';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Chain, FaultRates } from '../../api/model/index.ts';
import type { LakeStore } from '../../lib/lake/blob.ts';
import { createWorker } from '../../worker/worker.ts';
import { freshWarehouse } from './databases.ts';
import { testLake } from './lake.ts';
import { bundleWorkflows } from './workflow-env.ts';

export interface Stack {
  db: Knex;
  lake: LakeStore;
  apiUrl: string;
  client: Client;
  taskQueue: string;
  stop(): Promise<void>;
}

// Worker lifecycle chatter would drown the test report; warnings and errors still show.
Runtime.install({ logger: new DefaultLogger('WARN') });

let bundle: Promise<WorkflowBundle> | undefined;

/** The workflow bundle, built once per test file (webpack takes a few seconds). */
export function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflows();
  return bundle;
}

/** Answers a request in the API's place when it returns true: a fault a test plants at the source. */
export type SourceIntercept = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The simulator API on a free port, serving `chain` (default: the reference chain) with its
 * sensor `faults` (default rates); `intercept` answers chosen requests in its place.
 */
export async function startApi(
  chain?: Chain,
  opts: { faults?: FaultRates; intercept?: SourceIntercept } = {},
): Promise<{ url: string; server: Server }> {
  const { faults, intercept } = opts;
  const app = createApp({ chain, faults, rateLimit: false, logger: pino({ level: 'silent' }) });
  const server = await new Promise<Server>((resolve) => {
    const s = intercept
      ? createServer((req, res) => {
          if (!intercept(req, res)) app(req, res);
        })
      : createServer(app);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

export async function startStack(opts: {
  databaseUrl: string;
  temporalAddress: string;
  blobConnectionString: string;
  chain?: Chain;
  faults?: FaultRates;
  alertWebhookUrl?: string;
  intercept?: SourceIntercept;
}): Promise<Stack> {
  const db = await freshWarehouse(opts.databaseUrl);
  const lake = testLake(opts.blobConnectionString);
  const api = await startApi(opts.chain, { faults: opts.faults, intercept: opts.intercept });
  const taskQueue = `it-${randomUUID()}`;
  const nativeConnection = await NativeConnection.connect({ address: opts.temporalAddress });
  const connection = await Connection.connect({ address: opts.temporalAddress });
  const client = new Client({ connection, namespace: 'default' });
  const worker: Worker = await createWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue,
    deps: { db, lake, apiUrl: api.url, alertWebhookUrl: opts.alertWebhookUrl },
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return {
    db,
    lake,
    apiUrl: api.url,
    client,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await nativeConnection.close();
      await new Promise((r) => api.server.close(r));
      await lake.container.deleteIfExists();
      await db.destroy();
    },
  };
}

/** Starts a stack before the suite's tests and stops it after them; call the result inside tests. */
export function useStack(
  databaseUrl: string,
  options: { chain?: Chain; faults?: FaultRates; alertWebhookUrl?: string; intercept?: SourceIntercept } = {},
): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack({
      ...options,
      databaseUrl,
      temporalAddress: inject('temporalAddress'),
      blobConnectionString: inject('blobConnectionString'),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('the stack is not running (used outside a test?)');
    return stack;
  };
}
