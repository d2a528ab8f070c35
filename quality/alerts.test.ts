import { describe, expect, it } from 'vitest';
import { DEFAULT_FAULT_RATES } from '../api/model/index.ts';
import { evaluateAlerts } from './alerts.ts';
import { renderAlertsSection } from './alerts-report.ts';

// 28 days at the default fault rates (19 outage episodes of 3 opening hours or more), and the
// same days with dead readings at 10 % so that dead episodes of 3 hours occur at all.
const RANGE = { from: '2026-10-05', to: '2026-11-01' };

describe('sensor-health alerts against the simulator fault record (issue 11 goals)', () => {
  it('alerts outage episodes in time and rarely without a fault, at the default rates', () => {
    const r = evaluateAlerts(RANGE);
    expect(r.recall.outage!.episodes).toBeGreaterThanOrEqual(10);
    for (const goal of r.goals)
      expect({ goal: goal.name, met: goal.met, value: goal.value }).toMatchObject({ met: true });
    // Every kind but drifting is exercised at these rates: the precision is not vacuous.
    expect(r.alerts.silent.alerts).toBeGreaterThan(20);
    expect(r.alerts.dead.alerts + r.alerts.spiking.alerts).toBeGreaterThan(5);
    const markdown = renderAlertsSection([{ label: 'Default fault rates', report: r }]);
    expect(markdown).toContain('### Default fault rates: 2026-10-05 to 2026-11-01');
  }, 60_000);

  it('alerts dead episodes in time when dead readings are frequent', () => {
    const r = evaluateAlerts({ ...RANGE, faults: { ...DEFAULT_FAULT_RATES, dead: 0.1 } });
    expect(r.recall.dead!.episodes).toBeGreaterThanOrEqual(10);
    for (const goal of r.goals)
      expect({ goal: goal.name, met: goal.met, value: goal.value }).toMatchObject({ met: true });
  }, 60_000);
});
