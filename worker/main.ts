/** The worker process: `npm run worker`. Validates config, connects, runs until SIGINT/SIGTERM. */
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { loadConfig } from '../lib/config.ts';
import { connect } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { createWorker } from './worker.ts';

const config = loadConfig();
const SDK_LEVELS: Record<typeof config.logLevel, LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  silent: 'ERROR',
};
Runtime.install({ logger: new DefaultLogger(SDK_LEVELS[config.logLevel]) });
const db = connect(config.databaseUrl);
const lake = LakeStore.fromConfig(config.blob, config.lakeContainer);
const connection = await NativeConnection.connect({ address: config.temporal.address });
const worker = await createWorker({
  connection,
  namespace: config.temporal.namespace,
  taskQueue: config.temporal.taskQueue,
  deps: { db, lake, apiUrl: config.apiUrl },
});
console.log(`worker polling task queue "${config.temporal.taskQueue}" on ${config.temporal.address}`);
// Worker.run() installs its own SIGINT/SIGTERM handling and drains in-flight tasks.
try {
  await worker.run();
} finally {
  await connection.close();
  await db.destroy();
}
