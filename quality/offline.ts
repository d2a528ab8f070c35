/**
 * Prints the evaluation of date ranges as markdown, for tuning and for docs/cleaning.md:
 *
 *   node quality/offline.ts --from 2026-10-01 --to 2026-10-28
 *   node quality/offline.ts --range 2026-10-01:2026-10-28 --range 2026-03-02:2026-03-29 [--warmup DAYS] [--json]
 *
 * With several ranges, a summary line per range comes first.
 */
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../lib/time.ts';
import { evaluate } from './evaluate.ts';
import { renderReport, renderSummary } from './report.ts';

const USAGE =
  'usage: node quality/offline.ts (--from YYYY-MM-DD --to YYYY-MM-DD | --range FROM:TO ...) [--warmup DAYS] [--json]';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    range: { type: 'string', multiple: true, default: [] },
    warmup: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const ranges = values.range.map((r) => {
  const [from, to] = r.split(':');
  return { from: from ?? '', to: to ?? '' };
});
if (values.from || values.to) ranges.unshift({ from: values.from ?? '', to: values.to ?? '' });
if (ranges.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const warmupDays = values.warmup === undefined ? undefined : Number(values.warmup);
if (warmupDays !== undefined && !(Number.isInteger(warmupDays) && warmupDays >= 0)) {
  console.error(`--warmup must be a whole number of days\n${USAGE}`);
  process.exit(2);
}
const reports = ranges.map(({ from, to }) =>
  evaluate({ from: parseIsoDate(from), to: parseIsoDate(to), warmupDays }),
);
if (values.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
else {
  if (reports.length > 1) console.log(`${renderSummary(reports)}\n`);
  for (const r of reports) console.log(renderReport(r));
}
