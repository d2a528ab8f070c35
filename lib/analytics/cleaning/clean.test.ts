import { describe, expect, it } from 'vitest';
import { cleanStoreDay, driftVerdict } from './clean.ts';
import {
  DEFAULT_CLEANING_PARAMS,
  EMPTY_HISTORY,
  profileKey,
  type SensorHistory,
  type StoreDayInput,
  type StoreHistory,
} from './model.ts';

const WEEKDAY = 2; // 2026-11-24 is a Tuesday

/** A store-day of sensors 1..n over UTC hours 08.. (local 9..), readings[sensor][hour]. */
function day(readings: (number | null)[][], open?: number[]): StoreDayInput {
  const hours = readings[0]!.length;
  return {
    store_id: 1,
    local_date: '2026-11-24',
    weekday: WEEKDAY,
    hours: Array.from({ length: hours }, (_, h) => ({
      hour_utc: `2026-11-24T${String(8 + h).padStart(2, '0')}:00:00Z`,
      local_hour: 9 + h,
      open_fraction: open?.[h] ?? 1,
    })),
    sensors: readings.map((r, i) => ({ sensor_id: i + 1, readings: r })),
  };
}

const sensorHistory = (share: number, over: Partial<SensorHistory> = {}): SensorHistory => ({
  share,
  days: 20,
  spread: 0.1,
  daySpread: 0.03,
  drifting: false,
  driftRatio: 1,
  driftScore: 0,
  ...over,
});

function history(
  shares: number[],
  over: Record<number, Partial<SensorHistory>> = {},
  profile?: number,
): StoreHistory {
  return {
    sensors: new Map(shares.map((s, i) => [i + 1, sensorHistory(s, over[i + 1])])),
    profile: new Map(
      profile === undefined ? [] : Array.from({ length: 24 }, (_, h) => [profileKey(WEEKDAY, h), profile]),
    ),
    profileByHour: new Map(),
  };
}

/** Four equal doors that each counted `n` every hour, sensor 4 replaced by `fourth`. */
const store = (fourth: (number | null)[], n = 100) =>
  day([...[1, 2, 3].map(() => fourth.map(() => n)), fourth]);
const EQUAL = history([1, 1, 1, 1]);
const at = (result: ReturnType<typeof cleanStoreDay>, sensor: number, hour: number) =>
  result.sensorHours.find(
    (r) => r.sensor_id === sensor && r.hour_utc.endsWith(`T${String(8 + hour).padStart(2, '0')}:00:00Z`),
  )!;

describe('cleanStoreDay: healthy readings', () => {
  it('keeps every reading as measured and sums them per hour', () => {
    const result = cleanStoreDay(
      day([
        [90, 110, 100, 95, 105, 100],
        [45, 55, 50, 50, 52, 48],
      ]),
      history([2, 1]),
    );
    expect(result.sensorHours.every((r) => r.status === 'measured' && r.estimate === r.reading)).toBe(true);
    expect(result.sensorHours.every((r) => r.reason === 'none' && r.method === 'measured')).toBe(true);
    expect(result.storeHours.map((h) => h.visitors)).toEqual([135, 165, 150, 145, 157, 148]);
    expect(result.storeHours.map((h) => h.visitors_measured)).toEqual([135, 165, 150, 145, 157, 148]);
  });

  it('keeps a reading well below the others that is not near zero (a door can be quiet)', () => {
    expect(at(cleanStoreDay(store([100, 15, 100, 100, 100, 100]), EQUAL), 4, 1).status).toBe('measured');
  });

  it('gives the same rows for the same inputs', () => {
    const input = store([100, null, 1000, 0, 100, 130]);
    expect(cleanStoreDay(input, EQUAL)).toEqual(cleanStoreDay(input, EQUAL));
  });
});

describe('cleanStoreDay: missing readings and outages', () => {
  it('imputes a lone null as the sensor share of what the clean sensors counted', () => {
    const row = at(cleanStoreDay(store([100, null, 100, 100, 100, 100]), EQUAL), 4, 1);
    expect(row).toMatchObject({
      reading: null,
      estimate: 100,
      status: 'imputed',
      reason: 'missing',
      method: 'share_of_store',
    });
  });

  it('weights the imputation by the sensor typical share', () => {
    // Sensor 2 usually counts a third of sensor 1: 300 counted by sensor 1 imply 100 for it.
    const result = cleanStoreDay(
      day([
        [300, 300, 300, 300, 300],
        [100, 100, null, 100, 100],
      ]),
      history([3, 1]),
    );
    expect(at(result, 2, 2).estimate).toBe(100);
  });

  it('calls two consecutive nulls or more an outage', () => {
    const result = cleanStoreDay(store([100, null, null, null, 100, 100]), EQUAL);
    expect([1, 2, 3].map((h) => at(result, 4, h).reason)).toEqual(['outage', 'outage', 'outage']);
    expect(at(result, 4, 2).estimate).toBe(100);
  });
});

describe('cleanStoreDay: spikes', () => {
  it('replaces a reading far above what the other sensors imply', () => {
    const result = cleanStoreDay(store([100, 1000, 100, 100, 100, 100]), EQUAL);
    expect(at(result, 4, 1)).toMatchObject({
      reading: 1000,
      estimate: 100,
      status: 'imputed',
      reason: 'spike',
    });
    expect(at(result, 1, 1).status).toBe('measured');
  });

  it('leaves readings under spikeMinRatio times the expected count alone', () => {
    expect(at(cleanStoreDay(store([100, 250, 100, 100, 100, 100]), EQUAL), 4, 1).status).toBe('measured');
  });

  it('needs spikeMinExcess visitors above expected: 4 where 1 is expected is noise', () => {
    expect(at(cleanStoreDay(store([1, 4, 1, 1, 1, 1], 1), EQUAL), 4, 1).status).toBe('measured');
    expect(at(cleanStoreDay(store([1, 9, 1, 1, 1, 1], 1), EQUAL), 4, 1).reason).toBe('spike');
  });

  it('raises the spike threshold for a sensor whose readings are noisy', () => {
    // exp(6 x 0.3) = 6: a reading 5 times the others is within its usual noise.
    const noisy = history([1, 1, 1, 1], { 4: { spread: 0.3 } });
    expect(at(cleanStoreDay(store([100, 500, 100, 100, 100, 100]), noisy), 4, 1).status).toBe('measured');
    expect(at(cleanStoreDay(store([100, 500, 100, 100, 100, 100]), EQUAL), 4, 1).reason).toBe('spike');
  });
});

describe('cleanStoreDay: few witnesses', () => {
  const profiled = history([1, 1, 1, 1], {}, 400);

  it('lets the store profile judge when fewer than minWitnesses other sensors report', () => {
    // Three of four doors spike in the same hour, the fourth is missing: the profile (400 an
    // hour, as the other hours run) says 100 per door.
    const spiking = (x: number | null) => [100, x, 100, 100, 100, 100];
    const result = cleanStoreDay(day([spiking(1000), spiking(900), spiking(1100), spiking(null)]), profiled);
    expect([1, 2, 3].map((s) => at(result, s, 1).reason)).toEqual(['spike', 'spike', 'spike']);
    expect(result.storeHours[1]!.visitors).toBe(400);
  });

  it('finds doors dead together against the profile', () => {
    const dead = (x: number | null) => [100, x, 100, 100, 100, 100];
    const result = cleanStoreDay(day([dead(0), dead(1), dead(0), dead(null)]), profiled);
    expect([1, 2, 3].map((s) => at(result, s, 1).reason)).toEqual(['dead', 'dead', 'dead']);
  });

  it('without a profile, cannot tell a common surge from common spikes, and keeps the readings', () => {
    const surge = (x: number | null) => [100, x, 100, 100, 100, 100];
    const result = cleanStoreDay(day([surge(1000), surge(900), surge(1100), surge(null)]), EQUAL);
    expect([1, 2, 3].map((s) => at(result, s, 1).status)).toEqual(['measured', 'measured', 'measured']);
  });
});

describe('cleanStoreDay: dead sensors', () => {
  it('replaces a near-zero reading while the other entrances count', () => {
    const result = cleanStoreDay(store([100, 1, 8, 100, 100, 100]), EQUAL);
    expect(at(result, 4, 1)).toMatchObject({ estimate: 100, status: 'imputed', reason: 'dead' });
    expect(at(result, 4, 2).reason).toBe('dead'); // 8 is under a tenth of the expected 100
  });

  it('judges a run of near-zero readings on the visitors the others imply over the whole run', () => {
    // 2 expected per hour: a reading of 2 is no fault, one zero proves nothing, three in a row (6 expected) do.
    const lone = cleanStoreDay(store([2, 0, 2, 2, 2, 2], 2), EQUAL);
    expect(at(lone, 4, 1).status).toBe('measured');
    const run = cleanStoreDay(store([2, 0, 0, 0, 2, 2], 2), EQUAL);
    expect([1, 2, 3].map((h) => at(run, 4, h).reason)).toEqual(['dead', 'dead', 'dead']);
  });

  it('finds a sensor dead all day', () => {
    const result = cleanStoreDay(store([0, 1, 0, 2, 0, 1]), EQUAL);
    expect(result.sensorHours.filter((r) => r.sensor_id === 4).every((r) => r.reason === 'dead')).toBe(true);
    expect(result.storeHours.every((h) => h.visitors === 400)).toBe(true);
  });
});

describe('cleanStoreDay: closed hours', () => {
  it('counts 0 when the store is closed, whatever the sensor says, and says why', () => {
    const input = day(
      [
        [0, 100, 100, 100, 100, 5],
        [0, 100, 100, 100, 100, null],
      ],
      [0, 1, 1, 1, 1, 0],
    );
    const result = cleanStoreDay(input, history([1, 1]));
    expect(at(result, 1, 0)).toMatchObject({
      estimate: 0,
      status: 'measured',
      reason: 'closed',
      method: 'closed',
    });
    expect(at(result, 1, 5)).toMatchObject({ estimate: 0, status: 'imputed', reason: 'closed' });
    expect(at(result, 2, 5)).toMatchObject({ estimate: 0, status: 'imputed', reason: 'missing' });
    expect(result.profileHours.map((p) => p.local_hour)).toEqual([10, 11, 12, 13]);
  });

  it('scales the profile rows of a partly open hour to a full hour', () => {
    const result = cleanStoreDay(
      day(
        [
          [50, 100, 100, 100, 100],
          [50, 100, 100, 100, 100],
        ],
        [0.5, 1, 1, 1, 1],
      ),
      history([1, 1]),
    );
    expect(result.profileHours[0]).toMatchObject({ local_hour: 9, visitors_per_open_hour: 200 });
  });
});

describe('cleanStoreDay: the whole store dark', () => {
  const dark = [100, 100, null, 100, 100, 100];

  it('falls back to the store profile, scaled to how busy the day is', () => {
    // The profile says 200 an hour; today runs at twice that.
    const result = cleanStoreDay(day([dark, dark, dark, dark]), history([1, 1, 1, 1], {}, 200));
    expect(at(result, 1, 2)).toMatchObject({ estimate: 100, status: 'imputed', method: 'store_profile' });
  });

  it('interpolates between the neighbouring hours without a profile', () => {
    const ramp = [100, 100, null, 200, 200, 200];
    const result = cleanStoreDay(day([ramp, ramp, ramp, ramp]), EQUAL);
    expect(at(result, 1, 2)).toMatchObject({ estimate: 150, method: 'day_interpolation' });
  });

  it('excludes what cannot be estimated at all, with no estimate rather than a silent 0', () => {
    const nothing = [null, null, null, null, null];
    const result = cleanStoreDay(day([nothing, nothing]));
    expect(
      result.sensorHours.every((r) => r.status === 'excluded' && r.estimate === null && r.method === 'none'),
    ).toBe(true);
    expect(result.profileHours).toEqual([]);
  });
});

describe('cleanStoreDay: first days, no history', () => {
  it('learns the doors relative sizes from the same day and still finds a spike', () => {
    const big = [300, 310, 290, 300, 305, 295];
    const small = [100, 102, 98, 1000, 101, 99];
    const result = cleanStoreDay(day([big, big, small]), EMPTY_HISTORY);
    expect(at(result, 3, 3)).toMatchObject({ reason: 'spike', estimate: 100 });
    expect(result.sensorHours.filter((r) => r.reason !== 'none')).toHaveLength(1);
    const shares = result.sensorDays.map((d) => d.share!);
    expect(shares[2]! / shares[0]!).toBeCloseTo(1 / 3, 1);
  });

  it('judges no drift without a baseline', () => {
    const result = cleanStoreDay(store([200, 200, 200, 200, 200, 200]), EMPTY_HISTORY);
    expect(result.sensorDays.every((d) => !d.drift_flagged && d.drift_ratio === null)).toBe(true);
  });
});

describe('cleanStoreDay: drift', () => {
  it('divides a drifting sensor readings by the day ratio once flagged', () => {
    const past = history([1, 1, 1, 1], { 4: { driftScore: 0.08 } });
    const result = cleanStoreDay(store([130, 130, 130, 130, 130, 130]), past);
    const d = result.sensorDays[3]!;
    expect(d.drift_ratio).toBeCloseTo(1.3, 6);
    expect(d.drift_flagged).toBe(true);
    expect(at(result, 4, 0)).toMatchObject({
      estimate: 100,
      status: 'corrected',
      reason: 'drift',
      method: 'drift_corrected',
    });
    expect(result.storeHours[0]).toMatchObject({ visitors: 400, visitors_measured: 300 });
  });

  it('still finds a spike of a drifting sensor, against its drifted level', () => {
    const past = history([1, 1, 1, 1], { 4: { drifting: true, driftRatio: 1.3, driftScore: 0.3 } });
    const result = cleanStoreDay(store([130, 130, 1300, 130, 130, 130]), past);
    expect(at(result, 4, 2)).toMatchObject({ reason: 'spike', estimate: 100 });
    expect(at(result, 4, 1).reason).toBe('drift');
  });

  it('imputes a drifting sensor from its baseline share, and records its drifted share of the day', () => {
    const past = history([1, 1, 1, 1], { 4: { drifting: true, driftRatio: 1.5, driftScore: 0.4 } });
    const result = cleanStoreDay(store([150, 150, null, 150, 150, 150]), past);
    expect(at(result, 4, 2).estimate).toBe(100);
    // 150 counted where the other sensors imply a store of 400.
    expect(result.sensorDays[3]).toMatchObject({ drift_flagged: true });
    expect(result.sensorDays[3]!.share).toBeCloseTo(150 / 400, 6);
  });
});

describe('driftVerdict', () => {
  const p = DEFAULT_CLEANING_PARAMS;
  const fresh = { daySpread: 0.03, drifting: false, driftRatio: null, driftScore: 0 };
  type State = Parameters<typeof driftVerdict>[1];
  const run = (ratios: (number | null)[], start: State = fresh) => {
    let state: State = start;
    return ratios.map((r) => {
      const v = driftVerdict(r, state, p);
      state = { daySpread: state.daySpread, drifting: v.drifting, driftRatio: v.ratio, driftScore: v.score };
      return v;
    });
  };

  it('flags a drift week (about x1.08 on its first day, x1.2 on its second) on the second day', () => {
    expect(run([1.08, 1.2]).map((v) => v.drifting)).toEqual([false, true]);
  });

  it('absorbs healthy day-to-day noise of a few percent', () => {
    expect(run([1.04, 0.97, 1.05, 1.03, 0.96, 1.05, 1.04]).some((v) => v.drifting)).toBe(false);
  });

  it('flags a sudden jump at once', () => {
    expect(run([1.3])[0]).toMatchObject({ drifting: true, gain: 1.3 });
  });

  it('stays flagged while the ratio stays up, and ends with a fresh score when it is back', () => {
    const verdicts = run([1.1, 1.2, 1.5, 1.9, 1.01, 1.04]);
    expect(verdicts.map((v) => v.drifting)).toEqual([false, true, true, true, false, false]);
    expect(verdicts[4]!.score).toBe(0);
  });

  it('carries the state over a day without a ratio (a closed day)', () => {
    const verdicts = run([1.1, 1.25, null, 1.6]);
    expect(verdicts.map((v) => v.drifting)).toEqual([false, true, true, true]);
    expect(verdicts[2]!.gain).toBeCloseTo(1.25, 9);
  });

  it('adapts to a sensor whose day share wanders more', () => {
    // Allowance max(0.05, 0.08) and threshold max(0.1, 0.2): one day at x1.2 is within its wandering.
    const wandering = { ...fresh, daySpread: 0.08 };
    expect(run([1.2], wandering)[0]!.drifting).toBe(false);
    expect(run([1.2])[0]!.drifting).toBe(true);
  });

  it('needs a baseline spread to judge at all', () => {
    expect(driftVerdict(2, { ...fresh, daySpread: null }, p)).toMatchObject({ drifting: false, gain: 1 });
  });
});

describe('cleanStoreDay: input checks', () => {
  it('rejects readings that do not line up with the hours, negative counts and bad open fractions', () => {
    expect(() => cleanStoreDay({ ...day([[1, 2]]), sensors: [{ sensor_id: 1, readings: [1] }] })).toThrow(
      RangeError,
    );
    expect(() => cleanStoreDay(day([[1, -2]]))).toThrow(/not a count/);
    expect(() => cleanStoreDay(day([[1, 2]], [1, 1.5]))).toThrow(/open_fraction/);
    expect(() =>
      cleanStoreDay({
        ...day([[1], [2]]),
        sensors: [
          { sensor_id: 1, readings: [1] },
          { sensor_id: 1, readings: [2] },
        ],
      }),
    ).toThrow(/twice/);
  });
});
