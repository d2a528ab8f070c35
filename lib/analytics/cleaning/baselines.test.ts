import { describe, expect, it } from 'vitest';
import { asEstimates, originalRule, rawSums } from './baselines.ts';
import { cleanStoreDay } from './clean.ts';
import type { StoreDayInput } from './model.ts';

const input: StoreDayInput = {
  store_id: 1,
  local_date: '2026-11-24',
  weekday: 2,
  hours: [0, 1, 1, 1, 1].map((open_fraction, h) => ({
    hour_utc: `2026-11-24T0${7 + h}:00:00Z`,
    local_hour: 8 + h,
    open_fraction,
  })),
  sensors: [
    { sensor_id: 1, readings: [0, 40, null, 1000, 60] },
    { sensor_id: 2, readings: [null, 0, 130, 50, 70] },
  ],
};

describe('rawSums', () => {
  it('adds readings as they come, a null counting as 0, and rejects nothing', () => {
    expect(rawSums(input).map((r) => r.estimate)).toEqual([0, 40, 0, 1000, 60, 0, 0, 130, 50, 70]);
    expect(rawSums(input).some((r) => r.flagged)).toBe(false);
  });
});

describe('originalRule', () => {
  it('keeps readings of 1-120 in opening hours and rebuilds the others with the sensor day average', () => {
    const rows = originalRule(input);
    // Sensor 1 kept 40 and 60: the null and the 1000 become 50. Sensor 2 kept 50 and 70: 0 and 130 become 60.
    expect(rows.map((r) => r.estimate)).toEqual([0, 40, 50, 50, 60, 0, 60, 60, 50, 70]);
    expect(rows.map((r) => r.flagged)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('leaves 0 when a sensor has no valid reading all day', () => {
    const dark = { ...input, sensors: [{ sensor_id: 1, readings: [null, null, 0, 500, null] }] };
    expect(originalRule(dark).map((r) => r.estimate)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('asEstimates', () => {
  it('flags every sensor-hour the cleaning did not keep as measured', () => {
    const rows = asEstimates(cleanStoreDay(input).sensorHours);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({
      sensor_id: 1,
      hour_utc: '2026-11-24T07:00:00Z',
      reading: 0,
      estimate: 0,
      flagged: false,
    });
    expect(rows[2]!.flagged).toBe(true);
  });
});
