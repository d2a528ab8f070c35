/**
 * The custom search attributes of the pipeline's runs, so the Temporal UI and CLI can list
 * runs by the data time they process ("failed ingest-hour runs of last week"), not only by
 * when they ran. Registered on the dev server by scripts/services.ts and on a real cluster
 * by the command in docs/operations.md. Pure: workflows, the CLI and the launcher share it.
 */
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

/** The UTC hour an ingestHour run ingests. */
export const DATA_HOUR = defineSearchAttributeKey('DataHour', SearchAttributeType.DATETIME);
/** The date a run is about: the store-local date of a build, the UTC date of an hour, the first date of a range. */
export const DATA_DATE = defineSearchAttributeKey('DataDate', SearchAttributeType.KEYWORD);
/** Which pipeline step the run is: ingest-hour, build-day, backfill-days or forecast-days. */
export const STEP = defineSearchAttributeKey('Step', SearchAttributeType.KEYWORD);

/** Name and Temporal type of each, as `temporal operator search-attribute create` takes them. */
export const CUSTOM_SEARCH_ATTRIBUTES: readonly { name: string; type: 'Datetime' | 'Keyword' }[] = [
  { name: DATA_HOUR.name, type: 'Datetime' },
  { name: DATA_DATE.name, type: 'Keyword' },
  { name: STEP.name, type: 'Keyword' },
];

export type Step = 'ingest-hour' | 'build-day' | 'backfill-days' | 'forecast-days';

export function searchAttributes(
  step: Step,
  data: { hourUtc?: string; date: string },
): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [
    { key: STEP, value: step },
    { key: DATA_DATE, value: data.date },
  ];
  if (data.hourUtc) pairs.push({ key: DATA_HOUR, value: new Date(data.hourUtc) });
  return pairs;
}
