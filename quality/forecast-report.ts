/**
 * Markdown of the forecast backtest (quality/forecast.ts): the forecast next to seasonal naive
 * and the oracle, then issue 11's goals. A section of docs/quality.md.
 */
import {
  FORECAST_METHOD_LABELS,
  FORECAST_METHODS,
  type ForecastGoal,
  type ForecastReport,
} from './forecast.ts';

const pct = (v: number | null, digits = 2) => (v === null ? 'n/a' : `${(v * 100).toFixed(digits)} %`);
const signedPct = (v: number | null) =>
  v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)} %`;
const count = (n: number) => n.toLocaleString('en-US');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function goalValue(g: ForecastGoal): string {
  if (g.value === null) return 'n/a';
  return g.comparison === 'within' ? pct(g.value, 1) : `${g.value.toFixed(3)}x`;
}

function goalLimit(g: ForecastGoal): string {
  if (Array.isArray(g.limit)) return `${pct(g.limit[0], 0)} to ${pct(g.limit[1], 0)}`;
  return `${g.comparison} ${g.limit.toFixed(2)}x`;
}

export function renderForecastSection(r: ForecastReport): string {
  const m = FORECAST_METHODS.map((k) => r.methods[k]);
  const day = m[0]!.visitors.storeDay.n;
  const hour = m[0]!.visitors.storeHour.n;
  const sideBySide = table(
    ['', ...FORECAST_METHODS.map((k) => FORECAST_METHOD_LABELS[k])],
    [
      [`visitors, store-day (${count(day)}) MAPE`, ...m.map((x) => pct(x.visitors.storeDay.mape))],
      [`visitors, store-day bias`, ...m.map((x) => signedPct(x.visitors.storeDay.bias))],
      [`visitors, store-hour (${count(hour)}) MAPE`, ...m.map((x) => pct(x.visitors.storeHour.mape))],
      [`visitors, store-hour bias`, ...m.map((x) => signedPct(x.visitors.storeHour.bias))],
      [`transactions, store-day MAPE`, ...m.map((x) => pct(x.transactions.storeDay.mape))],
      [
        '80 % interval coverage, store-day / store-hour',
        `${pct(r.coverage.storeDay, 1)} / ${pct(r.coverage.storeHour, 1)}`,
        'n/a',
        'n/a',
      ],
    ],
  );
  const goals = table(
    ['goal', 'measured', 'target', 'met'],
    r.goals.map((g) => [g.name, goalValue(g), goalLimit(g), g.met === null ? 'n/a' : g.met ? 'yes' : 'no']),
  );
  const notes = r.notes.map((n) => `> ${n}`).join('\n>\n');
  const history =
    r.source === 'warehouse'
      ? 'the cleaned history in analytics.store_hourly (what the nightly forecast reads)'
      : "the simulator's true footfall (offline: no warehouse, no cleaning)";
  return [
    `## 7-day forecast backtest, origins ${r.firstOrigin} to ${r.lastOrigin}`,
    '',
    ...(notes ? [notes, ''] : []),
    `${r.origins} forecast origins (each the night after a built day), ${r.stores} stores, model ${r.modelVersion} ` +
      `(docs/forecast.md) fitted at each origin on the ${r.historyDays} days up to it, from ${history}; each forecast ` +
      `covers the 7 local days after its origin, so every day is forecast at horizons 1 to 7. Truth: the simulator's ` +
      `${r.chain} chain. Seasonal naive: the same store, weekday and local hour a week earlier (from the same history). ` +
      "Oracle: the simulator's expected footfall before its random day and hour noise (and, for transactions, that " +
      'times its conversion rate). Store-hour errors: open hours with at least 20 true visitors; store-day errors: ' +
      `open store-days. Evaluated in ${(r.elapsedMs / 1000).toFixed(1)} s.`,
    '',
    sideBySide,
    '',
    "Goals (issue 11's, on visitors; ratios are our MAPE over the reference's):",
    '',
    goals,
  ].join('\n');
}
