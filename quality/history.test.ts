import { describe, expect, it } from 'vitest';
import { storeHistory } from '../lib/analytics/cleaning/history.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  type SensorDaySummary,
  type StoreDayResult,
  type StoreHourSummary,
} from '../lib/analytics/cleaning/model.ts';
import { addDays, datesInRange } from '../lib/time.ts';
import { CarriedHistory } from './history.ts';

const params = { ...DEFAULT_CLEANING_PARAMS, historyDays: 3 };
// Only the keys the trimming and the window read; the rest does not matter here.
const built = (storeId: number, date: string): StoreDayResult => ({
  sensorHours: [],
  storeHours: [],
  sensorDays: [{ store_id: storeId, sensor_id: 1, local_date: date } as SensorDaySummary],
  profileHours: [{ store_id: storeId, local_date: date } as StoreHourSummary],
});

describe('CarriedHistory', () => {
  it("keeps each store's last historyDays days, and hands a build what storeHistory makes of them", () => {
    const carried = new CarriedHistory(params);
    const days = datesInRange('2026-11-01', '2026-11-06');
    for (const date of days) {
      carried.keep(1, date, built(1, date));
      if (date <= '2026-11-02') carried.keep(2, date, built(2, date));
    }
    expect(carried.sensorDays(1).map((r) => r.local_date)).toEqual([
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(carried.sensorDays(2).map((r) => r.local_date)).toEqual(['2026-11-01', '2026-11-02']);
    expect(carried.sensorDays(3)).toEqual([]);
    const next = addDays(days.at(-1)!, 1);
    expect(carried.of(1, next)).toEqual(
      storeHistory(
        1,
        next,
        days.slice(-3).map((d) => built(1, d).sensorDays[0]!),
        days.slice(-3).map((d) => built(1, d).profileHours[0]!),
        params,
      ),
    );
  });
});
