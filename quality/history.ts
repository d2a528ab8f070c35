/**
 * The cleaning history an in-process evaluation carries from day to day (evaluate.ts,
 * alerts.ts): each store's summary rows of the days built so far, trimmed to the window the
 * next day reads so it stays bounded. Pure.
 */
import { historyWindow, storeHistory } from '../lib/analytics/cleaning/history.ts';
import type {
  CleaningParams,
  SensorDaySummary,
  StoreDayResult,
  StoreHistory,
  StoreHourSummary,
} from '../lib/analytics/cleaning/model.ts';
import { addDays } from '../lib/time.ts';

export class CarriedHistory {
  readonly #params: CleaningParams;
  readonly #sensorRows = new Map<number, SensorDaySummary[]>();
  readonly #profileRows = new Map<number, StoreHourSummary[]>();

  constructor(params: CleaningParams) {
    this.#params = params;
  }

  /** The sensor-day rows kept for a store (the days before the last one built). */
  sensorDays(storeId: number): SensorDaySummary[] {
    return this.#sensorRows.get(storeId) ?? [];
  }

  /** What a build of the store's `date` reads. */
  of(storeId: number, date: string): StoreHistory {
    return storeHistory(
      storeId,
      date,
      this.sensorDays(storeId),
      this.#profileRows.get(storeId) ?? [],
      this.#params,
    );
  }

  /** Records the build of the store's `date`, dropping what the day after no longer reads. */
  keep(storeId: number, date: string, result: StoreDayResult): void {
    const { from } = historyWindow(addDays(date, 1), this.#params);
    this.#sensorRows.set(storeId, [
      ...this.sensorDays(storeId).filter((r) => r.local_date >= from),
      ...result.sensorDays,
    ]);
    this.#profileRows.set(storeId, [
      ...(this.#profileRows.get(storeId) ?? []).filter((r) => r.local_date >= from),
      ...result.profileHours,
    ]);
  }
}
