/**
 * Markdown rendering of an evaluation report: the three methods side by side, then the goals;
 * renderDocument wraps one as docs/quality.md.
 */
import { latencyDays, type ErrorStats } from '../lib/analytics/accuracy.ts';
import { FAULTS } from '../api/model/index.ts';
import { addDays } from '../lib/time.ts';
import {
  METHOD_LABELS,
  METHOD_NAMES,
  type EvaluationReport,
  type Goal,
  type MethodReport,
} from './scoring.ts';

const pct = (v: number | null, digits = 2) => (v === null ? 'n/a' : `${(v * 100).toFixed(digits)} %`);
const signedPct = (v: number | null, digits = 2) =>
  v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(digits)} %`;
const count = (n: number) => n.toLocaleString('en-US');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function errorRows(grain: string, pick: (m: MethodReport) => ErrorStats, r: EvaluationReport): string[][] {
  const stats = METHOD_NAMES.map((m) => pick(r.methods[m]));
  return [
    [`${grain} MAPE`, ...stats.map((s) => pct(s.mape))],
    [`${grain} bias`, ...stats.map((s) => signedPct(s.bias))],
    [`${grain} p95 error`, ...stats.map((s) => pct(s.p95))],
    [`${grain} worst error`, ...stats.map((s) => signedPct(s.worst))],
  ];
}

function goalValue(g: Goal): string {
  if (g.value === null) return 'n/a';
  if (g.name.startsWith('drift')) return g.value === Infinity ? 'missed' : `${g.value} d`;
  return pct(g.value);
}

function goalLimit(g: Goal): string {
  return `${g.comparison} ${g.name.startsWith('drift') ? `${g.limit} d` : pct(g.limit, 1)}`;
}

export function renderReport(r: EvaluationReport): string {
  const faults = FAULTS.filter((f) => f !== 'none');
  const detectionRows = faults.map((f) => [
    `${f} detected`,
    ...METHOD_NAMES.map((m) => {
      const t = r.methods[m].detection.byFault[f];
      return t && t.n > 0 ? `${pct(t.flagged / t.n, 1)} (${count(t.flagged)}/${count(t.n)})` : 'n/a';
    }),
  ]);
  const fa = METHOD_NAMES.map((m) => r.methods[m].detection.falseAlarms);
  const conv = METHOD_NAMES.map((m) => r.methods[m].conversion);
  const sideBySide = table(
    ['', ...METHOD_NAMES.map((m) => METHOD_LABELS[m])],
    [
      ...errorRows(`store-day (${count(r.openStoreDays)})`, (m) => m.storeDay, r),
      ...errorRows(`store-hour (${count(r.scoredStoreHours)})`, (m) => m.storeHour, r),
      [
        'conversion-rate error (points)',
        ...conv.map((c) => (c.meanAbs === null ? 'n/a' : (c.meanAbs * 100).toFixed(3))),
      ],
      ['conversion-rate relative error', ...conv.map((c) => pct(c.mape))],
      ...detectionRows,
      [
        'false alarms (healthy open readings)',
        ...fa.map((t) => `${pct(t.flagged / t.n, 2)} (${count(t.flagged)}/${count(t.n)})`),
      ],
    ],
  );
  const goals = table(
    ['goal', 'measured', 'target', 'met'],
    r.goals.map((g) => [
      g.name,
      goalValue(g),
      goalLimit(g),
      g.met === null ? 'not measurable' : g.met ? 'yes' : '**no**',
    ]),
  );
  const reasonNames = [...new Set(Object.values(r.reasons).flatMap((x) => Object.keys(x)))].sort();
  const reasons = table(
    ['true fault', ...reasonNames],
    Object.keys(r.reasons)
      .sort()
      .map((f) => [
        f,
        ...reasonNames.map((n) => count(r.reasons[f]![n as keyof (typeof r.reasons)[string]] ?? 0)),
      ]),
  );
  const methodsUsed = table(
    ['method', 'open sensor-hours'],
    Object.entries(r.methodsUsed)
      .sort((a, b) => b[1] - a[1])
      .map(([m, n]) => [m, count(n)]),
  );
  const drift =
    r.drift.list.length === 0
      ? 'No drift started in the range.'
      : table(
          ['store', 'sensor', 'first drifting day', 'last', 'flagged on', 'latency'],
          r.drift.list.map((e) => {
            const latency = latencyDays(e);
            return [
              String(e.store_id),
              String(e.sensor_id),
              e.days[0]!,
              e.days[e.days.length - 1]!,
              e.flagged ?? 'never',
              latency === null ? '-' : `day ${latency}`,
            ];
          }),
        );
  return [
    `## ${r.from} to ${r.to}`,
    '',
    `${count(r.stores)} stores, ${count(r.sensors)} sensors, ${count(r.storeDays)} store-days (${count(r.openStoreDays)} open), ` +
      (r.source === 'offline'
        ? `readings simulated in-process, history warmed up over the ${r.warmupDays} days before; `
        : `read from the warehouse (raw readings for the raw sums and the original's rule, analytics.store_daily and store_hourly for ours); `) +
      `truth: the simulator's ${r.chain} chain; fault rates: missing ${pct(r.faults.missing, 1)}, ` +
      `spike ${pct(r.faults.spike, 1)}, dead ${pct(r.faults.dead, 1)}, outage ${pct(r.faults.outagePerSensorDay, 1)} of sensor-days, ` +
      `drift ${pct(r.faults.driftPerSensorWeek, 1)} of sensor-weeks. Store-hour errors: open hours with at least 20 true visitors. ` +
      `Evaluated in ${(r.elapsedMs / 1000).toFixed(1)} s.`,
    '',
    sideBySide,
    '',
    `Detection, reasons and drift of the cleaned method: ${r.detectionSource}.`,
    '',
    'Goals (cleaned):',
    '',
    goals,
    '',
    'Cleaning: reasons given, by true fault (sensor-hours, open and closed):',
    '',
    reasons,
    '',
    methodsUsed,
    '',
    'Drift episodes:',
    '',
    drift,
    '',
  ].join('\n');
}

/** One line per evaluated range: the cleaning's numbers against the goals. */
export function renderSummary(reports: readonly EvaluationReport[]): string {
  const detected = (r: EvaluationReport, fault: string) => {
    const t = r.methods.cleaned.detection.byFault[fault];
    return t && t.n > 0 ? pct(t.flagged / t.n, 1) : 'n/a';
  };
  return table(
    [
      'range',
      'store-day MAPE',
      'bias',
      'worst day',
      'store-hour MAPE',
      'spike / dead / missing / outage detected',
      'false alarms',
      'drift: latest flag day (episodes)',
      'goals met',
    ],
    reports.map((r) => {
      const c = r.methods.cleaned;
      const fa = c.detection.falseAlarms;
      const judged = r.drift.episodes - r.drift.tooShort;
      return [
        `${r.from} to ${r.to}`,
        pct(c.storeDay.mape),
        signedPct(c.storeDay.bias),
        signedPct(c.storeDay.worst),
        pct(c.storeHour.mape),
        ['spike', 'dead', 'missing', 'outage'].map((f) => detected(r, f)).join(' / '),
        pct(fa.flagged / fa.n),
        judged === 0
          ? 'none started'
          : r.drift.missed > 0
            ? `missed (${judged})`
            : `${r.drift.max} (${judged})`,
        `${r.goals.filter((g) => g.met === true).length}/${r.goals.filter((g) => g.met !== null).length}`,
      ];
    }),
  );
}

export interface DocumentInfo {
  /** The command line that produced the document. */
  command: string;
  /** When it was produced (ISO date). */
  date: string;
}

/** docs/quality.md: what was measured, how to reproduce it, then the report. */
export function renderDocument(r: EvaluationReport, info: DocumentInfo): string {
  const notes = r.notes.map((n) => `> ${n}`).join('\n>\n');
  return [
    "# Footfall accuracy against the simulator's ground truth",
    '',
    ...(notes ? [notes, ''] : []),
    `Produced by \`${info.command}\` on ${info.date}: ${r.source === 'offline' ? 'in-process (no warehouse)' : 'from the warehouse'}, ` +
      `the ${r.chain} chain, ${r.from} to ${r.to}. The three methods side by side: raw sums (readings added as they come), ` +
      `the original's rule (fixed range 1-120, day-average fill) and ours; the goals are issue 8's, judged on ours.`,
    '',
    ...(r.source === 'warehouse'
      ? [
          `To reproduce: fill a warehouse through the real workflows from ${r.warmupDays} days before the range ` +
            `(the build's history) to its end, e.g. \`node scripts/backfill-standalone.ts --from ${addDays(r.from, -r.warmupDays)} ` +
            `--to ${r.to} --database-url sqlite:.data/quality.sqlite\` (its own Temporal, Azurite, API and worker on free ports), then run the command above.`,
          '',
        ]
      : []),
    renderReport(r),
  ].join('\n');
}
