/**
 * Everything the store view and its CSV downloads show, from the URL's filters. The page and
 * the CSV endpoint both call this, so a download holds exactly what the chart drew.
 */
import type { Knex } from 'knex';
import { addDays } from '#lib/time.ts';
import { CONTEXT_DAYS, granularity, parseStoreFilters, type StoreFilters } from '../filters.ts';
import { formatStoreLabel } from '../format.ts';
import {
  estimatedShare,
  sensorSubset,
  subsetHeat,
  totals,
  type DayFigures,
  type HeatCell,
  type HourFigures,
  type HourOfDayFigures,
  type Totals,
} from '../store-view.ts';
import {
  latestCompleteDate,
  latestDate,
  listStores,
  storeDays,
  storeHours,
  type StoreDay,
  type StoreHour,
} from './dashboard.ts';
import { failedDays, type FailedDay } from './builds.ts';
import { sensorSeries, type SensorPoint } from './sensors.ts';
import {
  rangeQuality,
  sensorHeatSums,
  storeDaySums,
  storeHeatSums,
  storeHourFigures,
  storeHourOfDaySums,
  storeTimezone,
  type DayQuality,
} from './store-view.ts';

export interface StoreOption {
  id: number;
  label: string;
}

export interface StoreView {
  filters: StoreFilters;
  grain: 'hour' | 'day';
  /**
   * The store's figures, every sensor's visitors included: conversion and sales per visitor
   * relate the store's sales to the store's visitors whatever sensors are chosen, since a sale
   * belongs to no door (docs/decisions/0015-sensor-subset-figures.md).
   */
  kpis: Totals;
  /** The chosen sensors when they are not all the store's (see sensorSubset), else null. */
  subset: number[] | null;
  /** The footfall KPI: the chosen sensors' visitors, the store's with no subset. */
  visitors: number;
  /** Share of those visitors the cleaning estimated (imputed or corrected), null with none. */
  estimatedShare: number | null;
  activeSensors: number;
  /** Days of the range whose build failed its data tests: not published as good. */
  failedDays: FailedDay[];
  quality: DayQuality;
  /**
   * When the range is one day: that day's row (null when it has none) and its context. The
   * store's, with or without a subset: these charts set visitors against sales.
   */
  oneDay: { day: StoreDay | null; contextDays: StoreDay[]; hours: StoreHour[] } | null;
  days: DayFigures[];
  /** The store's hours themselves, for an hourly range only (its charts draw them). */
  hours: HourFigures[];
  hoursOfDay: HourOfDayFigures[];
  /** Footfall from the chosen sensors with a subset; conversion always the store's. */
  heat: HeatCell[];
  /** The sensors with readings in the dates and hours, whether chosen or not. */
  sensors: number[];
  sensorPoints: SensorPoint[];
  /** The store's IANA zone, to label hours that have no row; null when dim_store does not know it. */
  timezone: string | null;
}

export type StorePage =
  | { kind: 'no-store'; stores: StoreOption[] }
  | { kind: 'no-data'; stores: StoreOption[]; store: StoreOption }
  | { kind: 'invalid'; stores: StoreOption[]; store: StoreOption; message: string; latest: string }
  | {
      kind: 'view';
      stores: StoreOption[];
      store: StoreOption;
      latest: string;
      latestComplete: string | null;
      /** True when no end date was asked for: the latest complete day was chosen. */
      defaulted: boolean;
      view: StoreView;
    };

export async function storeOptions(db: Knex): Promise<StoreOption[]> {
  return (await listStores(db)).map((s) => ({
    id: s.storeId,
    label: formatStoreLabel(s.cityStore, s.storeId),
  }));
}

export async function readStorePage(db: Knex, storeId: number, params: URLSearchParams): Promise<StorePage> {
  const stores = await storeOptions(db);
  const store = stores.find((s) => s.id === storeId);
  if (!store) return { kind: 'no-store', stores };
  const latest = await latestDate(db, storeId);
  if (latest === null) return { kind: 'no-data', stores, store };
  // Analysts land on the last full day, not on today's, which fills up hour by hour.
  const latestComplete = await latestCompleteDate(db, storeId);
  const parsed = parseStoreFilters(params, latestComplete ?? latest);
  if (!parsed.ok) return { kind: 'invalid', stores, store, message: parsed.message, latest };
  const f = parsed.value;
  const grain = granularity(f.from, f.to);
  const allHours = f.hourFrom === 0 && f.hourTo === 23;

  const hours = grain === 'hour' ? await storeHourFigures(db, storeId, f) : [];
  // With every hour, a day's figures are its store_daily row; an hour range needs the hours.
  const days: DayFigures[] = allHours
    ? (await storeDays(db, storeId, f.from, f.to)).map((d) => ({
        date: d.date,
        ...totals([d]),
        visitorsMeasured: d.visitorsMeasured,
      }))
    : await storeDaySums(db, storeId, f);
  const { sensors, points: sensorPoints } = await sensorSeries(db, storeId, f, grain);

  const kpis = totals(days);
  const subset = sensorSubset(f.sensors, sensors);
  const storeHeat = await storeHeatSums(db, storeId, f);
  const sensorVisitors = sensorPoints.reduce((n, p) => n + p.visitors, 0);
  const sensorMeasured = sensorPoints.reduce((n, p) => n + p.measured, 0);

  let oneDay: StoreView['oneDay'] = null;
  if (f.from === f.to) {
    const contextDays = await storeDays(db, storeId, addDays(f.to, 1 - CONTEXT_DAYS), f.to);
    const day = contextDays.find((d) => d.date === f.to) ?? null;
    oneDay = { day, contextDays, hours: day ? await storeHours(db, storeId, f.to) : [] };
  }

  return {
    kind: 'view',
    stores,
    store,
    latest,
    latestComplete,
    defaulted: !params.has('to') || params.get('to') === '',
    view: {
      filters: f,
      grain,
      kpis,
      subset,
      visitors: subset ? sensorVisitors : kpis.visitors,
      estimatedShare: subset
        ? estimatedShare(sensorVisitors, sensorMeasured)
        : estimatedShare(
            kpis.visitors,
            days.reduce((n, d) => n + d.visitorsMeasured, 0),
          ),
      activeSensors: new Set(sensorPoints.map((p) => p.sensorId)).size,
      failedDays: await failedDays(db, f.from, f.to, Date.now()),
      quality: await rangeQuality(db, storeId, f.from, f.to),
      oneDay,
      days,
      hours,
      hoursOfDay: await storeHourOfDaySums(db, storeId, f),
      heat: subset ? subsetHeat(storeHeat, await sensorHeatSums(db, storeId, f, subset)) : storeHeat,
      sensors,
      sensorPoints,
      timezone: await storeTimezone(db, storeId),
    },
  };
}
