/**
 * `npm run evaluate -- --from D --to D`: scores the warehouse's footfall against the simulator's
 * ground truth (quality/warehouse.ts) and writes docs/quality.md; `--offline` simulates and
 * cleans in-process instead (quality/evaluate.ts), no warehouse needed. A second section is
 * the 7-day forecast's backtest (quality/forecast.ts) over the origins from-1 ... to-1, from the
 * warehouse's cleaned history (offline: the simulator's true footfall).
 *
 *   --from 2026-10-05 --to 2026-11-01   store-local dates scored (built days only)
 *   --database-url URL                  default DATABASE_URL, else .data/warehouse.sqlite
 *   --chain reference|world             the chain the warehouse was filled from (default reference)
 *   --out docs/quality.md               where the markdown goes; `-` prints it
 *   --offline                           no warehouse: simulate raw in-process
 *   --json                              print the report as JSON as well
 *
 * The sensor-health alerts are always evaluated in-process (quality/alerts.ts) over the same
 * dates, at the chain's default fault rates and with frequent dead readings, as a second section.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { CHAINS, DEFAULT_FAULT_RATES } from '../api/model/index.ts';
import { DEFAULT_SQLITE_FILE, PROJECT_ROOT, SIMULATOR_CHAINS, type SimulatorChain } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { databaseMessage } from '../lib/db/errors.ts';
import { warehouseHistory } from '../lib/forecast/history.ts';
import { addDays } from '../lib/time.ts';
import { evaluateAlerts } from '../quality/alerts.ts';
import { renderAlertsSection } from '../quality/alerts-report.ts';
import { evaluate } from '../quality/evaluate.ts';
import { backtestForecast, truthHistory, type ForecastReport } from '../quality/forecast.ts';
import { renderForecastSection } from '../quality/forecast-report.ts';
import { renderDocument } from '../quality/report.ts';
import type { EvaluationReport } from '../quality/scoring.ts';
import { EvaluationInputError, evaluateWarehouse } from '../quality/warehouse.ts';
import { parseScriptArgs } from './cli/args.ts';

const USAGE =
  'usage: npm run evaluate -- --from YYYY-MM-DD --to YYYY-MM-DD [--database-url URL | --offline] [--chain reference|world] [--out docs/quality.md|-] [--json]';

const { values, fail, dateRange } = parseScriptArgs(USAGE, {
  from: { type: 'string' },
  to: { type: 'string' },
  'database-url': { type: 'string' },
  chain: { type: 'string', default: 'reference' },
  out: { type: 'string', default: 'docs/quality.md' },
  offline: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
});
const { from, to } = dateRange();
if (!(SIMULATOR_CHAINS as readonly string[]).includes(values.chain))
  fail(`--chain must be one of ${SIMULATOR_CHAINS.join(', ')}`);
const chainName = values.chain as SimulatorChain;
if (values.offline && values['database-url']) fail('--offline reads no warehouse: drop --database-url');
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? `sqlite:${DEFAULT_SQLITE_FILE}`;

// Connecting would create an empty SQLite file where a path was mistyped.
const sqliteFile = /^(sqlite|file):/.test(databaseUrl)
  ? databaseUrl.replace(/^(sqlite|file):(\/\/)?/, '')
  : null;
if (!values.offline && sqliteFile && sqliteFile !== ':memory:' && !fs.existsSync(sqliteFile))
  fail(`no warehouse at ${sqliteFile}: backfill it first, or pass --database-url`);

let report: EvaluationReport;
let forecast: ForecastReport;
// Each origin forecasts the 7 days after it: the night before each scored day is an origin.
const origins = {
  firstOrigin: addDays(from, -1),
  lastOrigin: addDays(to, -1),
  chain: CHAINS[chainName],
  chainName,
};
if (values.offline) {
  report = evaluate({ from, to, chain: CHAINS[chainName], chainName });
  forecast = await backtestForecast({
    ...origins,
    source: 'offline',
    history: truthHistory(CHAINS[chainName]),
  });
} else {
  const db = connect(databaseUrl);
  try {
    report = await evaluateWarehouse({ db, from, to, chain: CHAINS[chainName], chainName });
    forecast = await backtestForecast({ ...origins, source: 'warehouse', history: warehouseHistory(db) });
  } catch (err) {
    if (err instanceof EvaluationInputError) fail(`${redact(databaseUrl)}: ${err.message}`);
    console.error(`evaluation failed on ${redact(databaseUrl)}: ${databaseMessage(err)}`);
    process.exit(1);
  } finally {
    await db.destroy();
  }
}

// The command as a reader would type it again, with the URL's password hidden.
const args = process.argv
  .slice(2)
  .map((a) => (a.includes('://') ? redact(a) : a))
  .join(' ');
// Formatted like every other file, so the format check passes on a freshly written report.
const file = path.resolve(PROJECT_ROOT, values.out);
const markdown = await prettier.format(
  [
    renderDocument(report, {
      command: `npm run evaluate -- ${args}`,
      date: new Date().toISOString().slice(0, 10),
    }),
    renderForecastSection(forecast),
    renderAlertsSection(
      [
        { label: 'Default fault rates', faults: DEFAULT_FAULT_RATES },
        { label: 'Dead readings at 10 %', faults: { ...DEFAULT_FAULT_RATES, dead: 0.1 } },
      ].map(({ label, faults }) => ({
        label,
        report: evaluateAlerts({ from, to, chain: CHAINS[chainName], chainName, faults }),
      })),
    ),
  ].join('\n'),
  { ...(await prettier.resolveConfig(file)), parser: 'markdown' },
);
if (values.json) console.log(JSON.stringify({ ...report, forecast }, null, 2));
if (values.out === '-') console.log(markdown);
else {
  fs.writeFileSync(file, markdown);
  const c = report.methods.cleaned.storeDay;
  const met = report.goals.filter((g) => g.met === true).length;
  const judged = report.goals.filter((g) => g.met !== null).length;
  console.log(
    `${path.relative(PROJECT_ROOT, file)}: ${report.storeDays} store-days, ours store-day MAPE ` +
      `${((c.mape ?? 0) * 100).toFixed(2)} %, bias ${((c.bias ?? 0) * 100).toFixed(2)} %, ${met}/${judged} goals met; ` +
      `forecast ${forecast.origins} origins, store-day MAPE ${((forecast.methods.forecast.visitors.storeDay.mape ?? 0) * 100).toFixed(2)} % ` +
      `(oracle ${((forecast.methods.oracle.visitors.storeDay.mape ?? 0) * 100).toFixed(2)} %), ` +
      `${forecast.goals.filter((g) => g.met === true).length}/${forecast.goals.length} goals met`,
  );
}
