/**
 * What the cleaning of one store-day reads and writes: the day's raw readings, a small
 * history summary built from earlier days only, and per sensor-hour the estimate used
 * downstream with how it was obtained. Pure data; the rules are in clean.ts.
 */

/** One UTC hour of a store-local day (23, 24 or 25 of them). */
export interface DayHour {
  hour_utc: string;
  local_hour: number;
  /** Share of the hour the store is open, from its opening hours and holidays: 0 closed ... 1 open. */
  open_fraction: number;
}

export interface SensorReadings {
  sensor_id: number;
  /** Raw readings aligned with StoreDayInput.hours; null = no reading received. */
  readings: readonly (number | null)[];
}

export interface StoreDayInput {
  store_id: number;
  local_date: string;
  /** ISO weekday of local_date: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  hours: readonly DayHour[];
  sensors: readonly SensorReadings[];
}

export const STATUSES = ['measured', 'imputed', 'corrected', 'excluded'] as const;
/** measured: reading used as is; corrected: reading adjusted; imputed: reading replaced; excluded: no estimate possible. */
export type Status = (typeof STATUSES)[number];

export const REASONS = ['none', 'closed', 'missing', 'outage', 'spike', 'dead', 'drift'] as const;
export type Reason = (typeof REASONS)[number];

export const METHODS = [
  'measured',
  'closed',
  'drift_corrected',
  'share_of_store',
  'store_profile',
  'day_interpolation',
  'none',
] as const;
export type Method = (typeof METHODS)[number];

export interface SensorHourResult {
  sensor_id: number;
  hour_utc: string;
  local_hour: number;
  reading: number | null;
  /** Visitors counted downstream for this sensor-hour; null only when status is excluded. */
  estimate: number | null;
  status: Status;
  reason: Reason;
  method: Method;
}

/** Per sensor and day: the few numbers later days' history is built from. */
export interface SensorDaySummary {
  store_id: number;
  sensor_id: number;
  local_date: string;
  /** The sensor's share of the store's visitors over its clean open hours; null with too few of them. */
  share: number | null;
  /** Clean open hours behind share and spread. */
  hours: number;
  /** Robust sd of the log ratio of its hourly readings to what the other sensors imply. */
  spread: number | null;
  /** Its share today relative to its baseline share (1 = as usual); null without a baseline. */
  drift_ratio: number | null;
  /** Cumulative sum of the daily log ratios above their allowance (CUSUM): evidence of a rise. */
  drift_score: number;
  /** Whether the sensor is judged to be drifting after this day (carried over days without data). */
  drift_flagged: boolean;
}

/** Per store and open hour with at least one usable reading: the store's robust profile is built from these. */
export interface StoreHourSummary {
  store_id: number;
  local_date: string;
  weekday: number;
  local_hour: number;
  /** Cleaned visitors of the hour divided by its open fraction. */
  visitors_per_open_hour: number;
}

/** What a store-day needs to know about one sensor's recent past. */
export interface SensorHistory {
  /** Median share over recent days not flagged as drifting. */
  share: number;
  /** Days behind share. */
  days: number;
  /** Median of recent daily spreads; null when none recorded. */
  spread: number | null;
  /** Robust sd of log(daily share / share): how much its day share wanders; null with too few days. */
  daySpread: number | null;
  /** Drift state of the latest recorded day: verdict, ratio and score. */
  drifting: boolean;
  driftRatio: number | null;
  driftScore: number;
}

export interface StoreHistory {
  sensors: ReadonlyMap<number, SensorHistory>;
  /** Robust visitors per fully open hour, keyed by profileKey(weekday, local_hour). */
  profile: ReadonlyMap<number, number>;
  /** The same by local hour over all weekdays, for weekdays with no recent data. */
  profileByHour: ReadonlyMap<number, number>;
}

export const profileKey = (weekday: number, localHour: number): number => weekday * 24 + localHour;

export const EMPTY_HISTORY: StoreHistory = Object.freeze({
  sensors: new Map(),
  profile: new Map(),
  profileByHour: new Map(),
});

/** Store totals of one UTC hour after cleaning. */
export interface StoreHourResult {
  hour_utc: string;
  local_hour: number;
  open_fraction: number;
  /** Sum of the sensors' estimates. */
  visitors: number;
  /** The part of visitors read as measured, uncorrected. */
  visitors_measured: number;
}

export interface StoreDayResult {
  sensorHours: SensorHourResult[];
  storeHours: StoreHourResult[];
  /** This day's history rows. */
  sensorDays: SensorDaySummary[];
  profileHours: StoreHourSummary[];
}

/** Every threshold of the rules; docs/cleaning.md says why each has its value. */
export interface CleaningParams {
  /** Days of history a store-day looks back on. */
  historyDays: number;
  /** Same weekdays the store profile takes the median of. */
  profileWeeks: number;
  /** Days a profile value needs behind it. */
  minProfileDays: number;
  /** Clean open hours needed for a day's share, spread and drift ratio. */
  minDayHours: number;
  /** Baseline days needed before drift is judged. */
  minDriftBaselineDays: number;
  /** Spread assumed for a sensor without history. */
  defaultSpread: number;
  /** A reading is a spike above max(spikeMinRatio, exp(spikeSpreads x spread)) times what is expected ... */
  spikeMinRatio: number;
  spikeSpreads: number;
  /** ... and at least spikeMinExcess visitors above it; or above profileSpikeRatio x the profile's count. */
  spikeMinExcess: number;
  profileSpikeRatio: number;
  /** Near zero: at most max(deadMaxReading, deadMaxShare x expected), and expected at least deadMinRatio times it. */
  deadMaxReading: number;
  deadMaxShare: number;
  deadMinRatio: number;
  /** A run of near-zero readings is dead when the other sensors imply at least this many visitors over it. */
  deadMinExpected: number;
  /** A day ratio (drift ratio, share) averages the hours whose ratio is within this factor of the day's median ratio. */
  dayRatioBand: number;
  /** Daily allowance of the CUSUM on log(day ratio): max(driftMinStep, driftStepSpreads x daySpread) ... */
  driftMinStep: number;
  driftStepSpreads: number;
  /** ... drift is flagged when the score reaches max(driftMinScore, driftScoreSpreads x daySpread), and ends on
   * the first day whose log ratio is back under the allowance. */
  driftMinScore: number;
  driftScoreSpreads: number;
  /** With fewer other sensors reporting in an hour, the store profile joins them as a witness and may call a reading dead. */
  minWitnesses: number;
}

export const DEFAULT_CLEANING_PARAMS: Readonly<CleaningParams> = Object.freeze({
  historyDays: 28,
  profileWeeks: 4,
  minProfileDays: 3,
  minDayHours: 4,
  minDriftBaselineDays: 5,
  defaultSpread: 0.12,
  spikeMinRatio: 3,
  spikeSpreads: 6,
  spikeMinExcess: 5,
  profileSpikeRatio: 6,
  deadMaxReading: 2,
  deadMaxShare: 0.1,
  deadMinRatio: 3,
  deadMinExpected: 5,
  dayRatioBand: 1.5,
  driftMinStep: 0.04,
  driftStepSpreads: 1,
  driftMinScore: 0.08,
  driftScoreSpreads: 2.5,
  minWitnesses: 5,
});
