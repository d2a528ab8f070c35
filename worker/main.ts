/**
 * The worker process: `npm run worker`. Validates config, checks the warehouse is reachable
 * and migrated, connects to Temporal, and runs until SIGINT/SIGTERM.
 */
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { loadConfig, type Config } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { assertWarehouseReady } from '../migrations/index.ts';
import { createWorker } from './worker.ts';

const SDK_LEVELS: Record<Config['logLevel'], LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  silent: 'ERROR',
};

async function main(): Promise<void> {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger(SDK_LEVELS[config.logLevel]) });
  const db = connect(config.databaseUrl);
  try {
    await assertWarehouseReady(db).catch((err: Error) => {
      throw new Error(`${redact(config.databaseUrl)}: ${err.message}`);
    });
    const lake = LakeStore.fromConfig(config.blob, config.lakeContainer);
    const connection = await NativeConnection.connect({ address: config.temporal.address }).catch(
      (err: Error) => {
        throw new Error(`cannot reach Temporal at ${config.temporal.address}: ${err.message}`);
      },
    );
    try {
      const worker = await createWorker({
        connection,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
        deps: { db, lake, apiUrl: config.apiUrl },
      });
      console.log(`worker polling task queue "${config.temporal.taskQueue}" on ${config.temporal.address}`);
      // Worker.run() installs its own SIGINT/SIGTERM handling and drains in-flight tasks.
      await worker.run();
    } finally {
      await connection.close();
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err: Error) => {
  console.error(`worker failed: ${err.message}`);
  process.exit(1);
});
