import { describe, expect, it } from 'vitest';
import type { SensorDaySummary, StoreDayInput } from '../analytics/cleaning/model.ts';
import { addHours } from '../time.ts';
import { checkLatestHour, conditionOf, dayUpTo, DRIFT_DAYS, driftingSensors } from './health.ts';

const T0 = '2026-11-10T07:00:00Z';
/** Three doors of one store, 8 hours from 07:00 UTC, the first one closed. */
function day(readings: (number | null)[][]): StoreDayInput {
  return {
    store_id: 1,
    local_date: '2026-11-10',
    weekday: 2,
    hours: readings[0]!.map((_, h) => ({
      hour_utc: addHours(T0, h),
      local_hour: 8 + h,
      open_fraction: h === 0 ? 0 : 1,
    })),
    sensors: readings.map((r, i) => ({ sensor_id: i + 1, readings: r })),
  };
}

describe('checkLatestHour', () => {
  const healthy = [0, 40, 52, 61, 58, 47, 55, 60];
  it('names what the cleaning found in the latest hour', () => {
    const d = day([
      [0, 40, 50, 60, null, null, 54, 61],
      [0, 80, 100, 120, 3, 2, 2, 1],
      [0, 40, 52, 61, 58, 47, 560, 60],
      [0, 41, 49, 59, 60, 45, 57, 62],
    ]);
    const conditions = (h: number) => checkLatestHour(dayUpTo(d, h)).map((s) => s.condition);
    expect(conditions(0)).toEqual(['closed', 'closed', 'closed', 'closed']);
    expect(conditions(3)).toEqual(['healthy', 'healthy', 'healthy', 'healthy']);
    expect(conditions(4)).toEqual(['silent', 'dead', 'healthy', 'healthy']);
    expect(conditions(6)).toEqual(['healthy', 'dead', 'spiking', 'healthy']);
    const latest = checkLatestHour(dayUpTo(d, 5));
    expect(latest[1]).toMatchObject({
      sensor_id: 2,
      hour_utc: addHours(T0, 5),
      condition: 'dead',
      reading: 2,
    });
    // What it should have read, from the other doors and its usual share (about twice theirs).
    expect(latest[1]!.expected).toBeGreaterThan(60);
  });

  it('judges an hour the same whatever came after it', () => {
    const d = day([healthy, healthy.map((v) => v * 2), [0, 40, 52, null, null, null, null, null]]);
    expect(checkLatestHour(dayUpTo(d, 3))).toEqual(checkLatestHour(dayUpTo(d, 3)));
    expect(checkLatestHour(dayUpTo(d, 3))[2]!.condition).toBe('silent');
    expect(checkLatestHour({ ...d, hours: [], sensors: [] })).toEqual([]);
  });

  it('maps every reason of the cleaning', () => {
    expect(conditionOf({ method: 'closed', reason: 'outage' })).toBe('closed');
    expect(conditionOf({ method: 'share_of_store', reason: 'missing' })).toBe('silent');
    expect(conditionOf({ method: 'drift_corrected', reason: 'drift' })).toBe('drifting');
    expect(conditionOf({ method: 'measured', reason: 'none' })).toBe('healthy');
  });
});

describe('driftingSensors', () => {
  const day = (
    sensor_id: number,
    local_date: string,
    drift_flagged: boolean,
    store_id = 1,
  ): SensorDaySummary => ({
    store_id,
    sensor_id,
    local_date,
    share: 0.5,
    hours: 11,
    spread: 0.1,
    drift_ratio: 1.2,
    drift_score: 0.3,
    drift_flagged,
  });
  it(`needs the latest ${DRIFT_DAYS} built days before the date, consecutive, all flagged`, () => {
    const rows = [
      ...['2026-11-07', '2026-11-08', '2026-11-09'].map((d) => day(1, d, true)),
      ...['2026-11-08', '2026-11-09'].map((d) => day(2, d, true)),
      ...['2026-11-06', '2026-11-07', '2026-11-09'].map((d) => day(3, d, true)),
      day(4, '2026-11-07', true),
      day(4, '2026-11-08', true),
      day(4, '2026-11-09', false),
      ...['2026-11-07', '2026-11-08', '2026-11-09'].map((d) => day(5, d, true, 2)),
      // The checked date itself is not built yet: a row of it is ignored.
      day(6, '2026-11-10', true),
    ];
    expect([...driftingSensors(rows, 1, '2026-11-10')]).toEqual([1]);
    expect([...driftingSensors(rows, 1, '2026-11-09')]).toEqual([]);
    expect([...driftingSensors(rows, 2, '2026-11-10')]).toEqual([5]);
  });

  it('turns a drift flagged by the builds into drifting open hours, point faults first', () => {
    const d = day0();
    const drifting = new Set([2]);
    expect(checkLatestHour(dayUpTo(d, 3), undefined, drifting).map((s) => s.condition)).toEqual([
      'healthy',
      'drifting',
      'healthy',
    ]);
    expect(checkLatestHour(dayUpTo(d, 0), undefined, drifting)[1]!.condition).toBe('closed');
  });
});

function day0(): StoreDayInput {
  const healthy = [0, 40, 52, 61, 58];
  return day([healthy, healthy.map((v) => v * 2), healthy.map((v) => v + 3)]);
}
