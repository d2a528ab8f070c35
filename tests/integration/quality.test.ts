/**
 * The accuracy gate on the warehouse: backfill three days of the reference chain through the
 * real workflows (API -> lake -> raw -> build), then score what the build wrote against the
 * simulator's truth with the evaluate logic, and hold ours to issue 8's store-day goals.
 * Three cold-start days (no history before them) meet those goals in-process (docs/cleaning.md).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REFERENCE_CHAIN } from '../../api/model/index.ts';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { evaluateWarehouse } from '../../quality/warehouse.ts';
import { backfillDays } from '../../workflows/index.ts';
import { backfillDaysId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

const FROM = '2026-11-09';
const TO = '2026-11-11';

describe.each(testDatabases())('accuracy gate on $name', ({ url }) => {
  const stack = useStack(url);

  it('meets the store-day goals on three backfilled days of the reference chain', async () => {
    await stack().client.workflow.execute(backfillDays, {
      workflowId: backfillDaysId(FROM, TO),
      taskQueue: stack().taskQueue,
      args: [{ fromDate: FROM, toDate: TO, concurrency: 6 }],
    });
    const report = await evaluateWarehouse({
      db: stack().db,
      from: FROM,
      to: TO,
      chain: REFERENCE_CHAIN,
      chainName: 'reference',
    });
    // The warehouse holds the simulator's readings, so its truth is the right one to compare with.
    expect(report.storeDays).toBe(30);
    expect(report.notes.filter((n) => /differ|not built|no row/.test(n))).toEqual([]);
    // The reference methods are scored on the warehouse's raw: raw sums are far off, so the gate can fail.
    expect(report.methods.raw.storeDay.mape).toBeGreaterThan(0.05);
    const ours = report.methods.cleaned.storeDay;
    expect.soft(ours.mape, 'store-day MAPE of ours').toBeLessThanOrEqual(0.015);
    expect.soft(Math.abs(ours.bias!), 'store-day |bias| of ours').toBeLessThanOrEqual(0.005);
    expect.soft(Math.abs(ours.worst!), 'worst store-day error of ours').toBeLessThanOrEqual(0.05);
  });

  it('the evaluate command exits 2 with a one-line reason on a range with no built days', () => {
    const result = spawnSync(
      process.execPath,
      [
        'scripts/evaluate.ts',
        '--from',
        '2025-01-06',
        '--to',
        '2025-01-07',
        '--database-url',
        url,
        '--out',
        '-',
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no built days between 2025-01-06 and 2025-01-07');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
