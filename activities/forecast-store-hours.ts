/**
 * forecastStoreHours: the forecast step's one activity. From the cleaned history up to the
 * origin (the last built day) it forecasts every store-hour of the 7 local days after it,
 * sums them into store-days (with the day's own interval), derives the staffing plan, and writes
 * all three (analytics.forecast_store_hourly, forecast_store_daily, staffing_store_hourly) in
 * one transaction: re-running an origin replaces its rows.
 *
 * The model's weekday and hour shapes are the chain's, so the history of every store is read
 * even when only the stores of some time zones are forecast (the nightly run of one zone).
 */
import { insertChunked, chunk, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { forecastDates, targetHours, type StoreCalendar } from '../lib/forecast/calendar.ts';
import { warehouseHistory } from '../lib/forecast/history.ts';
import {
  canForecast,
  DEFAULT_FORECAST_PARAMS,
  fitForecastModel,
  dayForecasts,
  forecastHours,
  MODEL_VERSION,
} from '../lib/forecast/model.ts';
import { DEFAULT_STAFFING, staffingPlan } from '../lib/forecast/staffing.ts';
import { addDays, datesInRange, parseIsoDate } from '../lib/time.ts';
import { currentRun, holidaysOf, readStores } from './build-day-models.ts';
import type { ActivityDeps } from './deps.ts';
import { failPermanentlyOn } from './errors.ts';

export interface ForecastInput {
  /** The last built store-local date: the forecast covers the 7 dates after it. */
  originDate: string;
  /** Only the stores of these zones (the nightly run of a zone); all stores when absent. */
  timeZones?: string[];
}

export interface ForecastResult {
  originDate: string;
  modelVersion: string;
  /** Stores forecast, and the rows written to each table. */
  stores: number;
  hours: number;
  /** Stores in scope left out because their history has no open hour with visitors. */
  skippedStores: number[];
}

export function makeForecastStoreHours(deps: ActivityDeps) {
  return async function forecastStoreHours(input: ForecastInput): Promise<ForecastResult> {
    return failPermanentlyOn(async () => {
      const origin = parseIsoDate(input.originDate);
      const { db } = deps;
      const dialect = dialectOf(db);
      const params = DEFAULT_FORECAST_PARAMS;
      const staffing = deps.staffing ?? DEFAULT_STAFFING;

      const zones = input.timeZones ? new Set(input.timeZones) : undefined;
      const stores = (await readStores(db)).filter((s) => !zones || zones.has(s.timezone));
      const dates = forecastDates(origin);
      // The days ahead may cross a new year: each year's holidays once per calendar.
      const calendars = [
        ...new Set(stores.flatMap((s) => (s.holiday_calendar ? [s.holiday_calendar] : []))),
      ].sort();
      const holidays = new Map<string, Map<string, string>>();
      for (const year of [...new Set(dates.map((d) => d.slice(0, 4)))]) {
        for (const [calendar, names] of await holidaysOf(deps.apiUrl, calendars, `${year}-01-01`)) {
          holidays.set(calendar, new Map([...(holidays.get(calendar) ?? []), ...names]));
        }
      }

      const history = await warehouseHistory(db)(
        datesInRange(addDays(origin, -params.historyDays + 1), origin),
      );
      const model = fitForecastModel(history, params);
      const skippedStores = stores.filter((s) => !canForecast(model, s.store_id)).map((s) => s.store_id);
      const forecastable = stores.filter((s) => canForecast(model, s.store_id));
      const forecasts = forecastable.flatMap((s) => {
        const calendar: StoreCalendar = {
          store_id: s.store_id,
          timezone: s.timezone,
          weekly: s.weekly,
          holidays: (s.holiday_calendar && holidays.get(s.holiday_calendar)) || new Map(),
        };
        return forecastHours(model, targetHours(calendar, origin));
      });
      const daily = dayForecasts(model, forecasts);
      const plan = staffingPlan(forecasts, staffing);

      const run = currentRun();
      const lineage = {
        origin_date: origin,
        model_version: MODEL_VERSION,
        workflow_id: run?.workflow_id ?? null,
        run_id: run?.run_id ?? null,
        created_at: new Date().toISOString(),
      };
      const forecastT = tableRef(db, 'analytics', ANALYTICS.forecastStoreHourly).qualified;
      const dailyT = tableRef(db, 'analytics', ANALYTICS.forecastStoreDaily).qualified;
      const staffingT = tableRef(db, 'analytics', ANALYTICS.staffingStoreHourly).qualified;
      const originMs = Date.parse(`${origin}T00:00:00Z`);
      const horizon = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - originMs) / 86_400_000);
      await db.transaction(async (trx) => {
        // Every store in scope loses its rows of this origin, forecast now or not: a store whose
        // history vanished must not keep an older run's forecast under the same origin.
        for (const part of chunk(
          stores.map((s) => s.store_id),
          valuesPerInList(dialect),
        )) {
          for (const table of [forecastT, dailyT, staffingT])
            await trx(table).where('origin_date', origin).whereIn('store_id', part).delete();
        }
        await insertChunked(
          trx,
          dialect,
          forecastT,
          forecasts.map((f) => ({
            store_id: f.store_id,
            hour_utc: f.hour_utc,
            local_date: f.local_date,
            local_hour: f.local_hour,
            is_open: f.is_open,
            horizon_days: horizon(f.local_date),
            visitors: f.visitors,
            visitors_p10: f.visitors_p10,
            visitors_p90: f.visitors_p90,
            transactions: f.transactions,
            transactions_p10: f.transactions_p10,
            transactions_p90: f.transactions_p90,
          })),
          lineage,
        );
        const openDays = new Set(
          forecasts.filter((f) => f.is_open).map((f) => `${f.store_id}|${f.local_date}`),
        );
        await insertChunked(
          trx,
          dialect,
          dailyT,
          daily.map((d) => ({
            store_id: d.store_id,
            local_date: d.local_date,
            horizon_days: horizon(d.local_date),
            is_open: openDays.has(`${d.store_id}|${d.local_date}`),
            visitors: d.visitors,
            visitors_p10: d.visitors_p10,
            visitors_p90: d.visitors_p90,
            transactions: d.transactions,
          })),
          lineage,
        );
        await insertChunked(
          trx,
          dialect,
          staffingT,
          plan.map((p) => ({
            store_id: p.store_id,
            hour_utc: p.hour_utc,
            local_date: p.local_date,
            local_hour: p.local_hour,
            is_open: p.is_open,
            visitors_forecast: p.visitors_forecast,
            visitors_per_staff: p.visitors_per_staff,
            min_staff: staffing.minStaff,
            staff: p.staff,
          })),
          lineage,
        );
      });
      return {
        originDate: origin,
        modelVersion: MODEL_VERSION,
        stores: forecastable.length,
        hours: forecasts.length,
        skippedStores,
      };
    });
  };
}
