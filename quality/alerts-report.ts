/** Markdown of the sensor-health alert evaluation (quality/alerts.ts): the section of docs/quality.md on alerts. */
import { ALERT_KINDS } from '../lib/alerts/model.ts';
import { ALERT_WITHIN_OPEN_HOURS, MIN_EPISODE_OPEN_HOURS, type AlertEvaluation } from './alerts.ts';

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);
const share = (a: number, b: number) => (b > 0 ? `${pct(a / b)} (${a}/${b})` : 'n/a (0/0)');
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: string[][]) =>
  [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');

function faultRates(r: AlertEvaluation): string {
  const f = r.faults;
  return (
    `missing ${pct(f.missing)}, spike ${pct(f.spike)}, dead ${pct(f.dead)} of open readings, ` +
    `outage ${pct(f.outagePerSensorDay)} of sensor-days, drift ${pct(f.driftPerSensorWeek)} of sensor-weeks`
  );
}

export function renderAlertsSection(runs: readonly { label: string; report: AlertEvaluation }[]): string {
  const first = runs[0]!.report;
  const n = first.params.openAfter;
  const out = [
    '## Sensor-health alerts against the fault record',
    '',
    `Every hour of each range checked in-process as the hourly workflow does (the cleaning on the store-local day so far, ` +
      `drift from the day builds' flags), then the alert state machine (opening after ${ALERT_KINDS.map((k) => `${n[k]} ${k}`).join(', ')} ` +
      `opening hours) against the faults the simulator applied. Recall: outage and dead episodes (one fault's run on one sensor) of at ` +
      `least ${MIN_EPISODE_OPEN_HOURS} opening hours with an alert of the matching kind (silent, dead) open by their ${ALERT_WITHIN_OPEN_HOURS}nd ` +
      `opening hour. Precision: alerts whose opening hours were all real faults of their kind (silent: outage or missing). ` +
      `The default fault rates make dead episodes of 3 hours too rare to measure (a dead reading is drawn per hour), hence the run at ` +
      `a dead rate of 10 %. Details: docs/alerts.md.`,
    '',
  ];
  for (const { label, report: r } of runs) {
    out.push(
      `### ${label}: ${r.from} to ${r.to}`,
      '',
      `${r.chain} chain, ${r.stores} stores, ${r.sensors} sensors, ${r.days} days; fault rates: ${faultRates(r)}. Evaluated in ${(r.elapsedMs / 1000).toFixed(1)} s.`,
      '',
      table(
        [
          'episodes',
          'eligible',
          `alerted within ${ALERT_WITHIN_OPEN_HOURS} opening hours`,
          'later',
          'missed',
        ],
        Object.entries(r.recall).map(([fault, x]) => [
          fault,
          String(x.episodes),
          share(x.inTime, x.episodes),
          String(x.late),
          String(x.missed),
        ]),
      ),
      '',
      table(
        ['alert kind', 'alerts', 'matching a real fault'],
        ALERT_KINDS.map((k) => [
          k,
          String(r.alerts[k].alerts),
          share(r.alerts[k].matching, r.alerts[k].alerts),
        ]),
      ),
      '',
      table(
        ['goal', 'value', 'target', 'met'],
        r.goals.map((g) => [
          g.name,
          pct(g.value),
          `>= ${pct(g.limit)}`,
          g.met === null ? 'n/a' : g.met ? 'yes' : 'no',
        ]),
      ),
      '',
    );
  }
  return out.join('\n');
}
