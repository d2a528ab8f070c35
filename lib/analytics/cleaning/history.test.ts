import { describe, expect, it } from 'vitest';
import { addDays } from '../../time.ts';
import { chainHistory, historyWindow, storeHistory } from './history.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  profileKey,
  type SensorDaySummary,
  type StoreHourSummary,
} from './model.ts';

const D = '2026-11-24';

const sensorDay = (
  daysBefore: number,
  share: number | null,
  over: Partial<SensorDaySummary> = {},
): SensorDaySummary => ({
  store_id: 1,
  sensor_id: 1,
  local_date: addDays(D, -daysBefore),
  share,
  hours: 11,
  spread: 0.1,
  drift_ratio: 1,
  drift_score: 0,
  drift_flagged: false,
  ...over,
});

const profileHour = (
  daysBefore: number,
  visitors: number,
  over: Partial<StoreHourSummary> = {},
): StoreHourSummary => {
  const local_date = addDays(D, -daysBefore);
  return {
    store_id: 1,
    local_date,
    weekday: ((new Date(`${local_date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1,
    local_hour: 12,
    visitors_per_open_hour: visitors,
    ...over,
  };
};

describe('historyWindow', () => {
  it('covers the historyDays before the day, never the day itself', () => {
    expect(historyWindow(D)).toEqual({ from: '2026-10-27', to: '2026-11-23' });
  });
});

describe('storeHistory', () => {
  it('reads only earlier days of the same store inside the window', () => {
    const rows = [
      sensorDay(1, 0.2),
      sensorDay(2, 0.2),
      sensorDay(0, 0.9), // the day itself
      sensorDay(-1, 0.9), // later
      sensorDay(29, 0.9), // before the window
      sensorDay(3, 0.9, { store_id: 2 }),
    ];
    const h = storeHistory(1, D, rows, []).sensors.get(1)!;
    expect(h).toMatchObject({ share: 0.2, days: 2 });
  });

  it('takes the median share, leaving out days flagged as drifting and days without a share', () => {
    const rows = [
      sensorDay(1, 0.4, { drift_flagged: true }),
      sensorDay(2, 0.45, { drift_flagged: true }),
      sensorDay(3, null),
      sensorDay(4, 0.21),
      sensorDay(5, 0.2),
      sensorDay(6, 0.19),
    ];
    expect(storeHistory(1, D, rows, []).sensors.get(1)).toMatchObject({ share: 0.2, days: 3 });
  });

  it('carries the drift state of the latest day, whatever order the rows come in', () => {
    const rows = [
      sensorDay(1, null, { drift_flagged: true, drift_ratio: null, drift_score: 0.3 }),
      sensorDay(2, 0.2),
    ];
    const h = storeHistory(1, D, [...rows].reverse(), []).sensors.get(1)!;
    expect(h).toMatchObject({ drifting: true, driftRatio: null, driftScore: 0.3 });
  });

  it('measures how much the day share wanders only with minDriftBaselineDays days', () => {
    const few = [1, 2, 3, 4].map((d) => sensorDay(d, 0.2));
    expect(storeHistory(1, D, few, []).sensors.get(1)!.daySpread).toBeNull();
    const shares = [0.2, 0.21, 0.19, 0.2, 0.22, 0.18];
    const enough = shares.map((s, d) => sensorDay(d + 1, s));
    expect(storeHistory(1, D, enough, []).sensors.get(1)!.daySpread).toBeGreaterThan(0.04);
    expect(DEFAULT_CLEANING_PARAMS.minDriftBaselineDays).toBe(5);
  });

  it('has no entry for a sensor that never had a share', () => {
    expect(storeHistory(1, D, [sensorDay(1, null)], []).sensors.size).toBe(0);
  });

  it('builds the profile from the median of the last profileWeeks same weekdays', () => {
    // 2026-11-24 is a Tuesday, like the days 7, 14, 21 and 28 before: one odd 500 does not drag the median.
    const rows = [
      profileHour(7, 100),
      profileHour(14, 110),
      profileHour(21, 90),
      profileHour(28, 500),
      profileHour(35, 900), // out of the window
      profileHour(1, 40),
    ];
    const h = storeHistory(1, D, [], rows);
    expect(h.profile.get(profileKey(2, 12))).toBe(105);
    // One Monday is too few for a Monday profile: every weekday together stands in.
    expect(h.profile.has(profileKey(1, 12))).toBe(false);
    expect(h.profileByHour.get(12)).toBe(100);
  });

  it('has no profile value with fewer than minProfileDays days behind it', () => {
    const h = storeHistory(1, D, [], [profileHour(7, 900), profileHour(14, 100)]);
    expect(h.profile.size).toBe(0);
    expect(h.profileByHour.size).toBe(0);
  });

  it('keeps only the most recent profileWeeks dates of a weekday', () => {
    const params = { ...DEFAULT_CLEANING_PARAMS, profileWeeks: 3 };
    const rows = [profileHour(7, 100), profileHour(14, 120), profileHour(21, 110), profileHour(28, 900)];
    expect(storeHistory(1, D, [], rows, params).profile.get(profileKey(2, 12))).toBe(110);
  });
});

describe('chainHistory', () => {
  it('gives each store the history storeHistory gives it alone', () => {
    const sensors = [sensorDay(1, 0.2), sensorDay(2, 0.3, { store_id: 2 }), sensorDay(3, 0.25)];
    const hours = [profileHour(7, 100, { store_id: 2 })];
    const chain = chainHistory(D, sensors, hours);
    expect([...chain.keys()]).toEqual([1, 2]);
    for (const id of [1, 2]) expect(chain.get(id)).toEqual(storeHistory(id, D, sensors, hours));
  });
});
