/**
 * Prints the evaluation of a date range as markdown, for tuning and for docs/cleaning.md:
 *
 *   node quality/offline.ts --from 2026-10-01 --to 2026-10-28 [--warmup DAYS] [--json]
 */
import { parseArgs } from 'node:util';
import { parseIsoDate } from '../lib/time.ts';
import { evaluate } from './evaluate.ts';
import { renderReport } from './report.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    warmup: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.from || !values.to) {
  console.error('usage: node quality/offline.ts --from YYYY-MM-DD --to YYYY-MM-DD [--warmup DAYS] [--json]');
  process.exit(2);
}
const report = evaluate({
  from: parseIsoDate(values.from),
  to: parseIsoDate(values.to),
  warmupDays: values.warmup === undefined ? undefined : Number(values.warmup),
});
console.log(values.json ? JSON.stringify(report, null, 2) : renderReport(report));
