/** The backfill CLI as developers and operators run it, against the real dev server. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ANALYTICS, RAW, tableRef } from '../../lib/db/naming.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

const run = promisify(execFile);

describe('npm run backfill', () => {
  const stack = useStack(testDatabases()[0]!.url);

  const backfill = (...args: string[]) =>
    run(process.execPath, ['scripts/backfill.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_TASK_QUEUE: stack().taskQueue,
      },
    });

  it('ingests one hour again, then builds its day, and says which workflow ran', async () => {
    const hour = await backfill('--hour', '2026-11-05T10:00:00Z');
    expect(hour.stdout).toContain('started ingest-hour-2026-11-05T10');
    const counted = await stack()
      .db(tableRef(stack().db, 'raw', RAW.visitors).qualified)
      .where('hour_utc', '2026-11-05T10:00:00Z')
      .count({ n: '*' });
    expect(Number(counted[0]?.n)).toBeGreaterThan(0);

    const day = await backfill('--build', '2026-11-05');
    expect(day.stdout).toContain('started build-day-2026-11-05');
    expect(day.stdout).toMatch(/"stores": \d+/);
    const daily = await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.storeDaily).qualified)
      .where('local_date', '2026-11-05');
    expect(daily.length).toBeGreaterThan(0);
    // Only one hour of the day was ingested, and the data-quality columns say so.
    for (const row of daily) expect(Number(row.hours_loaded)).toBe(1);
  });

  it.each([
    [['--hour', '2026-11-05T10:30:00Z'], 'invalid hour "2026-11-05T10:30:00Z"'],
    [['--from', '2026-11-05'], '--from and --to go together'],
    [['--from', '2026-11-07', '--to', '2026-11-05'], 'is after --to'],
    [['--hour', '2026-11-05T10:00:00Z', '--build', '2026-11-05'], 'choose exactly one'],
    [['--build', '2026-11-05', '--concurrency', '0'], '--concurrency must be an integer'],
    [['--frm', '2026-11-05'], "Unknown option '--frm'"],
  ])('refuses %j with exit code 2 and a message naming the problem', async (args, message) => {
    const error = await backfill(...args).catch((e: unknown) => e as { code: number; stderr: string });
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain(message);
    expect((error as { stderr: string }).stderr).toContain('usage: npm run backfill');
  });
});
