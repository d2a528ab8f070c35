import { describe, expect, it } from 'vitest';
import { REFERENCE_CHAIN } from '../api/model/index.ts';
import { backtestForecast, FORECAST_METHOD_LABELS, truthHistory } from './forecast.ts';
import { renderForecastSection } from './forecast-report.ts';

// Four weeks of origins each: October 2026 (the range docs/quality.md reports from the
// warehouse) and December 2026 (the Christmas rush, Christmas and St Stephen's closures in
// Alsace-Moselle, the month change). docs/forecast.md lists every range measured.
const RANGES = [
  { firstOrigin: '2026-10-04', lastOrigin: '2026-10-31' },
  { firstOrigin: '2026-11-30', lastOrigin: '2026-12-27' },
];

// About 3 s a range alone (the simulator's truth of 35 days); room for a busy 2-core machine.
describe('7-day forecast against the simulator truth (issue 11 goals)', () => {
  for (const range of RANGES) {
    it(`meets every goal for the origins ${range.firstOrigin} to ${range.lastOrigin}`, async () => {
      const report = await backtestForecast({
        ...range,
        source: 'offline',
        history: truthHistory(REFERENCE_CHAIN),
      });
      expect(report.origins).toBe(28);
      expect(report.methods.forecast.visitors.storeDay.n).toBeGreaterThanOrEqual(1500);
      for (const goal of report.goals) {
        expect({ goal: goal.name, value: goal.value, met: goal.met }).toEqual({
          goal: goal.name,
          value: goal.value,
          met: true,
        });
      }
      // The oracle is the floor: a forecast that beats it on average would mean it saw the noise.
      const mape = report.methods.forecast.visitors.storeDay.mape!;
      expect(mape).toBeGreaterThan(report.methods.oracle.visitors.storeDay.mape!);
      const markdown = renderForecastSection(report);
      for (const label of Object.values(FORECAST_METHOD_LABELS)) expect(markdown).toContain(label);
    }, 30_000);
  }
});
