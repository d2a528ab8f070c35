/**
 * The worker process: `npm run worker`. Validates config, checks the warehouse is reachable
 * and migrated, connects to Temporal, and runs until SIGINT/SIGTERM.
 */
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { loadConfig, type Config } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';
import { assertWarehouseReady } from '../migrations/index.ts';
import { temporalConnectOptions, describeTemporalSecurity } from '../lib/temporal-connection.ts';
import { workflowBundleFor } from './workflow-bundle.ts';
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
    const lake = await LakeStore.fromConfig(config.blob, config.lakeContainer);
    // Before connecting: bundling is CPU-bound and the connection would idle meanwhile.
    const workflowBundle = await workflowBundleFor(config.worker.workflowBundle);
    const connection = await NativeConnection.connect(temporalConnectOptions(config.temporal)).catch(
      (err: Error) => {
        throw new Error(`cannot reach Temporal at ${config.temporal.address}: ${err.message}`);
      },
    );
    try {
      const worker = await createWorker({
        connection,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
        deps: {
          db,
          lake,
          apiUrl: config.apiUrl,
          alertWebhookUrl: config.alertWebhookUrl,
          staffing: config.staffing,
        },
        ...(workflowBundle ? { workflowBundle } : {}),
        maxConcurrentActivities: config.worker.maxConcurrentActivities,
        maxConcurrentWorkflowTasks: config.worker.maxConcurrentWorkflowTasks,
        shutdownGraceMs: config.worker.shutdownGraceMs,
      });
      const { worker: w } = config;
      console.log(
        `worker polling task queue "${config.temporal.taskQueue}" on ${config.temporal.address} ` +
          `(${describeTemporalSecurity(config.temporal)}; ${w.maxConcurrentActivities} activities, ` +
          `${w.maxConcurrentWorkflowTasks} workflow tasks at once; workflow bundle: ${w.workflowBundle.kind})`,
      );
      // Worker.run() handles SIGINT/SIGTERM itself: it stops polling, lets in-flight tasks
      // finish for WORKER_SHUTDOWN_GRACE_SECONDS, then cancels the activities still running.
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
