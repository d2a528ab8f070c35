/**
 * Business-key workflow ids: one workflow per UTC hour and per store-local day, so a
 * second start of the same hour or day joins or replaces the first instead of racing it.
 * Each comes with the one-line summary the Temporal UI shows next to the run. Pure, shared
 * by workflows, the CLI and the launcher.
 */
export interface WorkflowStart {
  workflowId: string;
  staticSummary: string;
}

export const collectHourId = (hourUtc: string): string => `collect-hour-${hourUtc.slice(0, 13)}`;
export const transformDayId = (date: string): string => `transform-day-${date}`;
export const backfillId = (fromDate: string, toDate: string): string => `backfill-${fromDate}-to-${toDate}`;

export const collectHourStart = (hourUtc: string): WorkflowStart => ({
  workflowId: collectHourId(hourUtc),
  staticSummary: `Collect ${hourUtc}: visitors and transactions, API -> lake -> raw`,
});

export const transformDayStart = (date: string): WorkflowStart => ({
  workflowId: transformDayId(date),
  staticSummary: `Transform ${date} (store-local): raw -> analytics.store_hourly, store_daily`,
});

export const backfillStart = (fromDate: string, toDate: string): WorkflowStart => ({
  workflowId: backfillId(fromDate, toDate),
  staticSummary: `Backfill ${fromDate} to ${toDate}: every hour, then each day`,
});
