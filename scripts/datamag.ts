/**
 * `datamag`: the operators' and developers' CLI (docs/operations.md, docs/decisions/0013-cli.md).
 *
 *   datamag backfill --from D --to D [--stores 1,2] [--concurrency N] [--reingest] [--cancel]
 *   datamag replay (--hour H | --date D)
 *   datamag status [--since 7d]
 *   datamag schedules apply|pause|unpause|trigger|describe [schedule]
 *
 * Exit codes: 0 done, 1 something failed (listed), 2 wrong arguments, 130 detached by Ctrl-C.
 */
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import {
  WorkflowFailedError,
  type Client,
  type WorkflowHandle,
  type WorkflowHandleWithFirstExecutionRunId,
} from '@temporalio/client';
import type { BackfillFailure, BackfillProgress, BackfillResult } from '../lib/backfill-progress.ts';
import { loadConfig, type Config } from '../lib/config.ts';
import { connect } from '../lib/db/connect.ts';
import { isAlreadyStarted } from '../lib/retry.ts';
import { progressQuery } from '../workflows/backfill-days.ts';
import {
  backfillDaysStart,
  buildDayStart,
  ingestHourStart,
  SCHEDULES,
  type WorkflowStart,
} from '../workflows/ids.ts';
import { backfillDays, buildDay, ingestHour } from '../workflows/index.ts';
import {
  concurrencyArg,
  dateArg,
  formatDuration,
  hourArg,
  hourRanges,
  progressLine,
  sinceArg,
  storesArg,
  uiLink,
  unknownStores,
} from './cli/format.ts';
import { readStatus, type FailedRun } from './cli/status.ts';
import { ensureSchedules, temporalClient } from './temporal.ts';

/** A failure the CLI explains in one line, without a stack trace. */
class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Runs a subcommand and sets the process's exit code from its answer. */
const exitWith =
  <A extends unknown[]>(run: (...args: A) => Promise<number>) =>
  async (...args: A): Promise<void> => {
    process.exitCode = await run(...args);
  };

const env = process.env;
const uiUrl = () => env.TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233';
const maxLookbackDays = () => {
  const v = env.INGEST_MAX_LOOKBACK_DAYS;
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError('INGEST_MAX_LOOKBACK_DAYS must be a whole number of days', 2);
  return n;
};

async function withClient<T>(work: (client: Client, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const client = await temporalClient(config).catch((err: Error) => {
    throw new CliError(`cannot reach Temporal at ${config.temporal.address}: ${err.message}`, 1);
  });
  try {
    return await work(client, config);
  } finally {
    await client.connection.close();
  }
}

/** Starts a business-key workflow, or attaches to the run of that id already open. */
async function startOrAttach<R>(
  client: Client,
  start: () => Promise<WorkflowHandleWithFirstExecutionRunId>,
  workflowId: string,
): Promise<WorkflowHandle & { result(): Promise<R> }> {
  try {
    const handle = await start();
    console.log(`started ${workflowId} (run ${handle.firstExecutionRunId})`);
    return handle as WorkflowHandle & { result(): Promise<R> };
  } catch (err) {
    if (!isAlreadyStarted(err)) throw err;
    console.log(`attached to ${workflowId}, already running`);
    return client.workflow.getHandle(workflowId) as WorkflowHandle & { result(): Promise<R> };
  }
}

function explainFailure(err: unknown): string {
  let e: unknown = err instanceof WorkflowFailedError ? err.cause : err;
  while (e instanceof Error && e.cause instanceof Error && !('type' in e && e.type)) e = e.cause;
  const type = e instanceof Error && 'type' in e && e.type ? ` (${String(e.type)})` : '';
  return `${(e as Error).message}${type}`;
}

function printFailures(failures: BackfillFailure[], namespace: string): void {
  for (const f of failures) {
    console.log(`  failed ${f.kind} ${f.key}: ${f.type ? `${f.type}: ` : ''}${f.message}`);
    console.log(`    ${uiLink(uiUrl(), namespace, f.workflowId)}`);
  }
}

/** Refuses store ids the chain (the source API's store list, which the worker syncs from) does not have. */
async function checkStores(config: Config, stores: number[]): Promise<void> {
  const url = `${config.apiUrl}/v1/stores`;
  const answer = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    .then((r) => (r.ok ? (r.json() as Promise<{ stores?: { store_id?: unknown }[] }>) : undefined))
    .catch(() => undefined);
  if (!Array.isArray(answer?.stores))
    throw new CliError(`cannot read the chain's store list from ${url} (is the API running? API_URL)`, 1);
  const { unknown, known } = unknownStores(
    stores,
    answer.stores.map((s) => Number(s.store_id)),
  );
  if (unknown.length > 0)
    throw new CliError(`--stores: unknown store ${unknown.join(', ')}; the chain's stores are ${known}`, 2);
}

async function backfill(opts: {
  from: string;
  to: string;
  stores?: number[];
  concurrency: number;
  reingest: boolean;
  cancel: boolean;
}): Promise<number> {
  if (opts.from > opts.to) throw new CliError(`--from ${opts.from} is after --to ${opts.to}`, 2);
  return withClient(async (client, config) => {
    const start: WorkflowStart = backfillDaysStart(opts.from, opts.to, opts.stores);
    if (opts.cancel) {
      const handle = client.workflow.getHandle(start.workflowId);
      await handle.cancel().catch((err: Error) => {
        throw new CliError(`nothing to cancel: ${start.workflowId} (${err.message})`, 1);
      });
      await handle.result().catch(() => undefined);
      console.log(`cancelled ${start.workflowId}`);
      return 0;
    }
    if (opts.stores) await checkStores(config, opts.stores);
    const handle = await startOrAttach<BackfillResult>(
      client,
      () =>
        client.workflow.start(backfillDays, {
          ...start,
          taskQueue: config.temporal.taskQueue,
          args: [
            {
              fromDate: opts.from,
              toDate: opts.to,
              ...(opts.stores ? { stores: opts.stores } : {}),
              concurrency: opts.concurrency,
              onlyMissing: !opts.reingest,
            },
          ],
        }),
      start.workflowId,
    );
    console.log(`  ${uiLink(uiUrl(), config.temporal.namespace, start.workflowId)}`);
    const result = await watch(handle);
    const failed = result.failures.length;
    console.log(
      `${result.summary}: ${result.days.built} days built, ${result.days.skipped} skipped, ` +
        `${result.hours.ingested} hours ingested, ${result.hours.skipped} already there, in ${formatDuration(result.elapsedMs)}`,
    );
    printFailures(result.failures, config.temporal.namespace);
    if (failed > 0)
      console.log(`fix the cause, then run the same command again: it retries only what is missing`);
    return failed > 0 ? 1 : 0;
  });
}

/** Follows a backfill to its end: a bar on a terminal, a line every few seconds otherwise; Ctrl-C detaches. */
async function watch(
  handle: WorkflowHandle & { result(): Promise<BackfillResult> },
): Promise<BackfillResult> {
  const tty = process.stdout.isTTY === true;
  const bar = tty
    ? new SingleBar({
        format: '{bar} {percentage}% | days {days} | hours {hours} | failed {failed} | ETA {eta}',
        hideCursor: true,
      })
    : undefined;
  let last = '';
  let lastAt = 0;
  const show = (p: BackfillProgress) => {
    const fields = {
      days: `${p.days.total - p.days.remaining}/${p.days.total}`,
      hours: `${p.hours.ingested + p.hours.skipped}/${p.hours.estimatedTotal}`,
      failed: p.failures.length,
      eta: p.etaMs === undefined ? '?' : formatDuration(p.etaMs),
    };
    if (bar) {
      if (!bar.isActive) bar.start(100, p.percent, fields);
      else bar.update(p.percent, fields);
      return;
    }
    const line = progressLine(p);
    if (line !== last && Date.now() - lastAt >= 5_000) {
      console.log(line);
      last = line;
      lastAt = Date.now();
    }
  };
  const onSigint = () => {
    bar?.stop();
    console.log(
      `\ndetached: ${handle.workflowId} goes on; the same command attaches again, --cancel cancels it`,
    );
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  let done = false;
  const poll = (async () => {
    while (!done) {
      // Queries fail until the first workflow task has run; the next poll tries again.
      await handle
        .query(progressQuery)
        .then(show)
        .catch(() => undefined);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  try {
    return await handle.result();
  } catch (err) {
    throw new CliError(`backfill ${handle.workflowId} did not complete: ${explainFailure(err)}`, 1);
  } finally {
    done = true;
    await poll;
    bar?.stop();
    process.off('SIGINT', onSigint);
  }
}

async function replay(opts: { hour?: string; date?: string }): Promise<number> {
  if ((opts.hour === undefined) === (opts.date === undefined)) {
    throw new CliError('choose one of --hour HOUR or --date DATE', 2);
  }
  return withClient(async (client, config) => {
    const taskQueue = config.temporal.taskQueue;
    const { start, run } =
      opts.hour !== undefined
        ? {
            start: ingestHourStart(opts.hour),
            run: (s: WorkflowStart) =>
              client.workflow.start(ingestHour, { ...s, taskQueue, args: [{ hourUtc: opts.hour! }] }),
          }
        : {
            start: buildDayStart(opts.date!),
            run: (s: WorkflowStart) =>
              client.workflow.start(buildDay, { ...s, taskQueue, args: [{ date: opts.date! }] }),
          };
    const handle = await startOrAttach<unknown>(client, () => run(start), start.workflowId);
    try {
      const result = await handle.result();
      console.log(JSON.stringify(result, null, 2));
      return 0;
    } catch (err) {
      console.log(`failed ${start.workflowId}: ${explainFailure(err)}`);
      console.log(`  ${uiLink(uiUrl(), config.temporal.namespace, start.workflowId)}`);
      return 1;
    }
  });
}

async function status(opts: { since: string; until?: string }): Promise<number> {
  return withClient(async (client, config) => {
    const db = connect(config.databaseUrl);
    try {
      const s = await readStatus(db, client, opts, Date.now());
      const link = (r: FailedRun) => uiLink(uiUrl(), config.temporal.namespace, r.workflowId, r.runId);
      console.log(`since ${s.since}${opts.until ? ` until ${opts.until}` : ''}`);
      console.log(
        `hours: ${s.hours.total} in the window, ${s.hours.ingested} ingested, ${s.hours.missing.length} missing, ${s.hours.failed.length} failed`,
      );
      for (const r of hourRanges(s.hours.missing)) console.log(`  missing ${r}`);
      for (const f of s.hours.failed) console.log(`  failed ${f.key}  ${link(f)}`);
      console.log(
        `days: ${s.days.total} in the window, ${s.days.built} built, ${s.days.missing.length} missing, ${s.days.failed.length} failed`,
      );
      for (const d of s.days.missing) console.log(`  missing ${d}`);
      for (const f of s.days.failed) console.log(`  failed ${f.key}  ${link(f)}`);
      return 0;
    } finally {
      await db.destroy();
    }
  });
}

const SCHEDULE_IDS = Object.values(SCHEDULES);

async function schedules(action: string, id: string | undefined): Promise<number> {
  if (id !== undefined && !SCHEDULE_IDS.includes(id as never)) {
    throw new CliError(`unknown schedule "${id}": expected one of ${SCHEDULE_IDS.join(', ')}`, 2);
  }
  if (action === 'trigger' && id === undefined) {
    throw new CliError(`trigger needs a schedule: one of ${SCHEDULE_IDS.join(', ')}`, 2);
  }
  const ids = id === undefined ? SCHEDULE_IDS : [id];
  return withClient(async (client, config) => {
    if (action === 'apply') {
      const r = await ensureSchedules(client, config.temporal.taskQueue, maxLookbackDays());
      console.log(
        `created: ${r.created.join(', ') || '-'}; updated: ${r.updated.join(', ') || '-'}; replaced: ${r.replaced.join(', ') || '-'}`,
      );
      return 0;
    }
    for (const scheduleId of ids) {
      const handle = client.schedule.getHandle(scheduleId);
      if (action === 'pause') await handle.pause('paused with datamag');
      else if (action === 'unpause') await handle.unpause('unpaused with datamag');
      else if (action === 'trigger') await handle.trigger();
      const d = await handle.describe().catch((err: Error) => {
        throw new CliError(`schedule ${scheduleId}: ${err.message} (run \`datamag schedules apply\`)`, 1);
      });
      const next = d.info.nextActionTimes[0]?.toISOString() ?? '-';
      const recent = d.info.recentActions.at(-1)?.takenAt.toISOString() ?? '-';
      const verb = action === 'describe' ? '' : `${action}d `;
      console.log(
        `${verb}${scheduleId}: ${d.state.paused ? 'paused' : 'active'}, next ${next}, last ${recent}, ${d.info.numActionsTaken} runs`,
      );
    }
    return 0;
  });
}

export function program(): Command {
  const cli = new Command('datamag')
    .description('DataMag360 pipeline operations on Temporal: backfill, replay, status, schedules')
    .exitOverride()
    .showHelpAfterError('(run with --help for the accepted arguments)');
  cli
    .command('backfill')
    .description('ingest the missing hours of a range of store-local days and build each day, with progress')
    .requiredOption('--from <date>', 'first store-local date (YYYY-MM-DD)', dateArg)
    .requiredOption('--to <date>', 'last store-local date (YYYY-MM-DD)', dateArg)
    .option(
      '--stores <ids>',
      "only these stores (1,2,5): their zones' hours fetched again for them, the days rebuilt",
      storesArg,
    )
    .addOption(
      new Option('--concurrency <n>', 'hours ingested in parallel (1-32)')
        .argParser(concurrencyArg)
        .default(4),
    )
    .option('--reingest', 'ingest every hour and build every day again, even those done', false)
    .option('--cancel', 'cancel the running backfill of this range', false)
    .action(exitWith(backfill));
  cli
    .command('replay')
    .description('run one hour or one day again and wait for it')
    .option('--hour <hour>', 'a UTC hour to ingest again (2026-11-24T13:00:00Z)', hourArg)
    .option('--date <date>', 'a store-local date to build again (YYYY-MM-DD)', dateArg)
    .action(exitWith(replay));
  cli
    .command('status')
    .description('ingested, missing and failed hours and days, failed ones with their Temporal UI link')
    .addOption(
      new Option('--since <when>', 'window start: 7d, 36h or a date')
        .argParser((v) => sinceArg(v))
        .default(sinceArg('7d'), '7d'),
    )
    .option('--until <date>', 'window end, exclusive (default: now)', (v) => `${dateArg(v)}T00:00:00Z`)
    .action(exitWith(status));
  cli
    .command('schedules')
    .description(`manage the schedules (${SCHEDULE_IDS.join(', ')})`)
    .addArgument(
      new Command()
        .createArgument('<action>', 'what to do')
        .choices(['apply', 'pause', 'unpause', 'trigger', 'describe']),
    )
    .argument('[schedule]', `one of ${SCHEDULE_IDS.join(', ')} (default: both; trigger needs one)`)
    .action(exitWith((action: string, id: string | undefined) => schedules(action, id)));
  return cli;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander printed the message already; help and version are not errors.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof CliError) {
      console.error(`datamag: ${err.message}`);
      process.exitCode = err.exitCode;
    } else {
      console.error(`datamag: ${(err as Error).message ?? String(err)}`);
      process.exitCode = 1;
    }
  }
}

if (import.meta.main) await main(process.argv.slice(2));
