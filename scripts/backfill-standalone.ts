/**
 * Backfills a range of days through the real workflows on a private stack, for the accuracy
 * evaluation (`npm run evaluate`) when no `npm start` is running or another one already holds
 * its fixed ports: starts its own Temporal dev server, Azurite, simulator API and worker on
 * free ports, migrates the warehouse, runs backfillDays, stops everything.
 *
 *   node scripts/backfill-standalone.ts --from 2026-10-05 --to 2026-11-01 \
 *     [--database-url sqlite:.data/quality.sqlite] [--chain reference|world] [--concurrency 4]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { BlobServiceClient } from '@azure/storage-blob';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { pino } from 'pino';
import { createApp } from '../api/app.ts';
import { CHAINS } from '../api/model/index.ts';
import { azuriteConnectionString, SIMULATOR_CHAINS, type SimulatorChain } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { migrateLatest } from '../migrations/index.ts';
import { createWorker } from '../worker/worker.ts';
import { backfillDays } from '../workflows/index.ts';
import { backfillDaysId } from '../workflows/ids.ts';
import { parseScriptArgs } from './cli/args.ts';
import { freePort, startAzurite, startTemporalDevServer, type RunningService } from './services.ts';

const USAGE =
  'usage: node scripts/backfill-standalone.ts --from YYYY-MM-DD --to YYYY-MM-DD [--database-url URL] [--chain reference|world] [--concurrency N]';

const { values, fail, dateRange } = parseScriptArgs(USAGE, {
  from: { type: 'string' },
  to: { type: 'string' },
  'database-url': { type: 'string', default: 'sqlite:.data/quality.sqlite' },
  chain: { type: 'string', default: 'reference' },
  concurrency: { type: 'string', default: '4' },
});
const { from, to } = dateRange();
if (!(SIMULATOR_CHAINS as readonly string[]).includes(values.chain)) fail(`unknown --chain ${values.chain}`);
const chain = CHAINS[values.chain as SimulatorChain];
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) fail('--concurrency must be a positive integer');

Runtime.install({ logger: new DefaultLogger('WARN') });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-backfill-'));
const services: RunningService[] = [];
const db = connect(values['database-url']);
let server: Server | undefined;
const started = performance.now();
try {
  await migrateLatest(db);
  const temporalPort = await freePort();
  services.push(
    await startTemporalDevServer({
      port: temporalPort,
      uiPort: await freePort(),
      logFile: path.join(dir, 'temporal.log'),
    }),
  );
  const blobPort = await freePort();
  services.push(
    await startAzurite({
      port: blobPort,
      dataDir: path.join(dir, 'azurite'),
      logFile: path.join(dir, 'azurite.log'),
    }),
  );
  const lake = new LakeStore(
    BlobServiceClient.fromConnectionString(azuriteConnectionString(blobPort)).getContainerClient('lake'),
  );
  const app = createApp({ chain, rateLimit: false, logger: pino({ level: 'silent' }) });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a TCP port');
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
  const connection = await Connection.connect({ address: temporalAddress });
  const taskQueue = 'backfill-standalone';
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue,
    deps: { db, lake, apiUrl: `http://127.0.0.1:${address.port}` },
  });
  const running = worker.run();
  try {
    const result = await new Client({ connection }).workflow.execute(backfillDays, {
      workflowId: backfillDaysId(from, to),
      taskQueue,
      args: [{ fromDate: from, toDate: to, concurrency }],
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `backfilled ${result.days.built} days (${result.hours.ingested} hours) of the ${values.chain} chain into ` +
        `${redact(values['database-url'])} in ${seconds} s: ${result.summary}`,
    );
  } finally {
    worker.shutdown();
    await running;
    await connection.close();
    await nativeConnection.close();
  }
} finally {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await Promise.all(services.map((s) => s.stop()));
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
