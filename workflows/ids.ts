/**
 * Business-key workflow ids: one workflow per UTC hour and per store-local day, so a
 * second start of the same hour or day joins or replaces the first instead of racing it.
 * Pure, shared by workflows, the worker's clients and the CLI.
 */
export const collectHourId = (hourUtc: string): string => `collect-hour-${hourUtc.slice(0, 13)}`;
export const transformDayId = (date: string): string => `transform-day-${date}`;
export const backfillId = (fromHour: string, toHour: string): string =>
  `backfill-${fromHour.slice(0, 13)}-to-${toHour.slice(0, 13)}`;
