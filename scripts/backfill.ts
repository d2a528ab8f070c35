/**
 * `npm run backfill -- ...`: the developers' and operators' CLI for history and replays.
 *
 *   --from 2026-11-01 --to 2026-11-07   ingest every hour of those store-local days, then build each day
 *   --only-missing                      with --from/--to: skip hours already ingested (per raw.ingestion_log)
 *   --hour 2026-11-24T13:00:00Z         ingest one UTC hour again (extract + load)
 *   --build 2026-11-24                  build one store-local day's analytics again
 *   --concurrency 4                     hours ingested in parallel
 *   --no-wait                           start and return; follow it in the Temporal UI
 *
 * Every run uses the business-key workflow ids, so repeating a command is harmless.
 */
import { parseArgs } from 'node:util';
import type { Client, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { loadConfig } from '../lib/config.ts';
import { parseIsoDate, parseUtcHour } from '../lib/time.ts';
import { isAlreadyStarted } from '../lib/retry.ts';
import { backfillDays, buildDay, ingestHour } from '../workflows/index.ts';
import { backfillDaysStart, buildDayStart, ingestHourStart } from '../workflows/ids.ts';
import { temporalClient } from './temporal.ts';

const USAGE =
  'usage: npm run backfill -- (--from DATE --to DATE [--only-missing] | --hour HOUR | --build DATE) [--concurrency N] [--no-wait]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'only-missing': { type: 'boolean', default: false },
        hour: { type: 'string' },
        build: { type: 'string' },
        concurrency: { type: 'string', default: '4' },
        'no-wait': { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (err) {
    return fail((err as Error).message);
  }
})();

function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    return fail((err as Error).message);
  }
}

const modes = [
  values.from !== undefined || values.to !== undefined,
  values.hour !== undefined,
  values.build !== undefined,
];
if (modes.filter(Boolean).length !== 1) fail('choose exactly one of --from/--to, --hour, --build');
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
  fail('--concurrency must be an integer from 1 to 32');

const config = loadConfig();
const taskQueue = config.temporal.taskQueue;

async function start(client: Client): Promise<WorkflowHandleWithFirstExecutionRunId> {
  if (values.hour !== undefined) {
    const hourUtc = parsed(() => parseUtcHour(values.hour!));
    return client.workflow.start(ingestHour, {
      ...ingestHourStart(hourUtc),
      taskQueue,
      args: [{ hourUtc }],
    });
  }
  if (values.build !== undefined) {
    const date = parsed(() => parseIsoDate(values.build!));
    return client.workflow.start(buildDay, {
      ...buildDayStart(date),
      taskQueue,
      args: [{ date }],
    });
  }
  if (values.from === undefined || values.to === undefined) fail('--from and --to go together');
  const fromDate = parsed(() => parseIsoDate(values.from!));
  const toDate = parsed(() => parseIsoDate(values.to!));
  if (fromDate > toDate) fail(`--from ${fromDate} is after --to ${toDate}`);
  return client.workflow.start(backfillDays, {
    ...backfillDaysStart(fromDate, toDate),
    taskQueue,
    args: [{ fromDate, toDate, onlyMissing: values['only-missing'], concurrency }],
  });
}

const client = await temporalClient(config);
const handle = await start(client).catch((err: unknown) => {
  if (isAlreadyStarted(err)) {
    fail(`already running: ${err.workflowId} — wait for it or watch it in the Temporal UI`);
  }
  throw err;
});
console.log(`started ${handle.workflowId} (run ${handle.firstExecutionRunId}) on task queue "${taskQueue}"`);
if (!values['no-wait']) {
  const result = await handle.result();
  console.log(JSON.stringify(result, null, 2));
}
await client.connection.close();
