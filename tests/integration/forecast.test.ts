/**
 * The nightly forecast through the real workflows, on the Temporal dev server and each
 * database: buildNightly builds yesterday, then its forecastDays child writes every hour of the
 * 7 days after it for every store, its store-day totals and the staffing plan; running the origin again replaces
 * the rows instead of adding to them.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REFERENCE_CHAIN } from '../../api/model/index.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { num, toIsoDate, toIsoHour, type Row } from '../../lib/db/values.ts';
import { forecastDates } from '../../lib/forecast/calendar.ts';
import { MODEL_VERSION } from '../../lib/forecast/model.ts';
import { utcHoursOfLocalDay } from '../../lib/time.ts';
import { buildNightly, forecastDays } from '../../workflows/index.ts';
import { forecastDaysId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack } from '../support/stack.ts';

describe.each(testDatabases())('nightly forecast on $name', ({ url }) => {
  const stack = useStack(url);
  const rowsOf = async (table: string, origin: string) =>
    (await stack()
      .db(tableRef(stack().db, 'analytics', table).qualified)
      .where('origin_date', origin)
      .orderBy(['store_id', 'hour_utc'])) as Row[];

  it('writes 7 x 24 forecast and staffing rows per store after the nightly build, and a re-run replaces them', async () => {
    const nightly = await stack().client.workflow.execute(buildNightly, {
      workflowId: `build-nightly-forecast-${randomUUID()}`,
      taskQueue: stack().taskQueue,
      args: [{ timeZone: 'Europe/Paris' }],
    });
    expect(nightly.days).toHaveLength(1);
    const origin = nightly.days[0]!.date;
    expect(nightly.days[0]!.forecast).toMatchObject({
      originDate: origin,
      modelVersion: MODEL_VERSION,
      stores: REFERENCE_CHAIN.stores.length,
      skippedStores: [],
    });

    // 24 hours a day, 23 or 25 on a day the clocks change.
    const hoursAhead = forecastDates(origin).flatMap((d) => utcHoursOfLocalDay(d, 'Europe/Paris'));
    expect(hoursAhead.length).toBeGreaterThanOrEqual(7 * 24 - 1);
    const forecast = await rowsOf(ANALYTICS.forecastStoreHourly, origin);
    const staffing = await rowsOf(ANALYTICS.staffingStoreHourly, origin);
    for (const rows of [forecast, staffing]) {
      expect(rows).toHaveLength(REFERENCE_CHAIN.stores.length * hoursAhead.length);
      for (const store of REFERENCE_CHAIN.stores)
        expect(
          rows.filter((r) => num(r.store_id) === store.store_id).map((r) => toIsoHour(r.hour_utc)),
        ).toEqual(hoursAhead);
    }
    // One store-day row per store and forecast day, its visitors the sum of its hours'.
    const daily = (await stack()
      .db(tableRef(stack().db, 'analytics', ANALYTICS.forecastStoreDaily).qualified)
      .where('origin_date', origin)
      .orderBy(['store_id', 'local_date'])) as Row[];
    expect(daily).toHaveLength(REFERENCE_CHAIN.stores.length * 7);
    for (const d of daily) {
      const hours = forecast.filter(
        (r) => num(r.store_id) === num(d.store_id) && toIsoDate(r.local_date) === toIsoDate(d.local_date),
      );
      expect(num(d.visitors)).toBeCloseTo(
        hours.reduce((sum, r) => sum + num(r.visitors), 0),
        6,
      );
      expect(num(d.horizon_days)).toBe(forecastDates(origin).indexOf(toIsoDate(d.local_date)) + 1);
    }
    const first = forecast[0]!;
    expect(first).toMatchObject({ model_version: MODEL_VERSION, workflow_id: forecastDaysId(origin) });
    expect(toIsoDate(first.origin_date)).toBe(origin);

    const open = forecast.filter((r) => r.is_open === true || num(r.is_open) === 1);
    // Every store opens some hours of a week; the closed hours (nights, Sundays) forecast nobody.
    expect(open.length).toBeGreaterThan(REFERENCE_CHAIN.stores.length * 5 * 8);
    for (const r of open) {
      expect(num(r.visitors)).toBeGreaterThan(0);
      expect(num(r.visitors_p10)).toBeLessThan(num(r.visitors));
      expect(num(r.visitors_p90)).toBeGreaterThan(num(r.visitors));
      expect(num(r.transactions)).toBeLessThan(num(r.visitors));
    }
    for (const r of forecast.filter((r) => !open.includes(r))) expect(num(r.visitors_p90)).toBe(0);
    for (const [i, s] of staffing.entries()) {
      const f = forecast[i]!;
      expect(toIsoHour(s.hour_utc)).toBe(toIsoHour(f.hour_utc));
      if (open.includes(f))
        expect(num(s.staff)).toBe(Math.max(2, Math.ceil(num(f.visitors) / num(s.visitors_per_staff))));
      else expect(num(s.staff)).toBe(0);
    }

    // The same origin again: the same rows, under the new run.
    const again = await stack().client.workflow.start(forecastDays, {
      workflowId: forecastDaysId(origin),
      taskQueue: stack().taskQueue,
      args: [{ originDate: origin }],
    });
    await again.result();
    const replaced = await rowsOf(ANALYTICS.forecastStoreHourly, origin);
    expect(replaced).toHaveLength(forecast.length);
    expect(replaced.map((r) => num(r.visitors))).toEqual(forecast.map((r) => num(r.visitors)));
    expect(new Set(replaced.map((r) => r.run_id))).toEqual(new Set([again.firstExecutionRunId]));
    expect(await rowsOf(ANALYTICS.staffingStoreHourly, origin)).toHaveLength(staffing.length);
  });
});
