/**
 * Business-key workflow ids: one workflow per UTC hour, per store-local day and per range,
 * so a second start of the same hour or day waits for the first instead of racing it. An id
 * is its workflow type in kebab-case followed by the key (ingestHour -> ingest-hour-...).
 * Each comes with the one-line summary the Temporal UI shows next to the run. Pure, shared
 * by workflows, the CLI and the launcher.
 */
import type { SearchAttributePair } from '@temporalio/common';
import { searchAttributes } from '../lib/search-attributes.ts';

export interface WorkflowStart {
  workflowId: string;
  staticSummary: string;
  /** DataHour, DataDate, Step (lib/search-attributes.ts): set at start, so they are there from the first event. */
  typedSearchAttributes: SearchAttributePair[];
}

export const ingestHourId = (hourUtc: string): string => `ingest-hour-${hourUtc.slice(0, 13)}`;
export const buildDayId = (date: string): string => `build-day-${date}`;
/** A backfill of some stores only is its own run: it neither attaches to nor blocks the whole chain's. */
export const backfillDaysId = (fromDate: string, toDate: string, stores?: readonly number[]): string =>
  `backfill-days-${fromDate}-to-${toDate}${stores ? `-stores-${stores.join('-')}` : ''}`;

/** One per run of ingestHour that has notifications: a replay of the hour is another run. */
export const notifyAlertsId = (hourUtc: string, parentRunId: string): string =>
  `notify-alerts-${hourUtc.slice(0, 13)}-${parentRunId}`;
/** The origin is the last built day the forecast reads; it covers the 7 days after it. */
export const forecastDaysId = (originDate: string): string => `forecast-days-${originDate}`;

export const ingestHourStart = (hourUtc: string): WorkflowStart => ({
  workflowId: ingestHourId(hourUtc),
  staticSummary: `Ingest ${hourUtc}: visitors and transactions, API -> lake -> raw`,
  typedSearchAttributes: searchAttributes('ingest-hour', { hourUtc, date: hourUtc.slice(0, 10) }),
});

export const buildDayStart = (date: string): WorkflowStart => ({
  workflowId: buildDayId(date),
  staticSummary: `Build ${date} (store-local): raw -> analytics.store_hourly, store_daily`,
  typedSearchAttributes: searchAttributes('build-day', { date }),
});

export const backfillDaysStart = (
  fromDate: string,
  toDate: string,
  stores?: readonly number[],
): WorkflowStart => ({
  workflowId: backfillDaysId(fromDate, toDate, stores),
  staticSummary: stores
    ? `Backfill ${fromDate} to ${toDate}, stores ${stores.join(', ')}: fetch their missing hours again, then build each day in order`
    : `Backfill ${fromDate} to ${toDate}: ingest the missing hours, then build each day in order`,
  typedSearchAttributes: searchAttributes('backfill-days', { date: fromDate }),
});

export const forecastDaysStart = (originDate: string): WorkflowStart => ({
  workflowId: forecastDaysId(originDate),
  staticSummary: `Forecast the 7 days after ${originDate}: analytics.store_hourly -> forecast_store_hourly, staffing_store_hourly`,
  typedSearchAttributes: searchAttributes('forecast-days', { date: originDate }),
});

/** The schedules' ids, which are also the ids of the workflows they start (plus a timestamp). */
export const SCHEDULES = { ingestHourly: 'ingest-hourly', buildNightly: 'build-nightly' } as const;
