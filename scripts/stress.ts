/**
 * The fault scenarios of issue 12, full variant: a 3-day backfill of 10 stores x 8 sensors per
 * scenario, every scenario on SQLite and (with DATABASE_URL_PG) PostgreSQL, the two series side
 * by side on this script's own Temporal dev server and Azurite. Prints docs/reliability.md's
 * table; exits 1 if any row was lost, doubled or differs from the clean run. The short variant
 * runs in CI (tests/integration/stress.test.ts).
 * Usage: node scripts/stress.ts [--short] [--only 1,3,5] [--json out.json]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { azuriteConnectionString } from '../lib/config.ts';
import {
  FULL_PLAN,
  planFor,
  problems,
  runScenarios,
  SHORT_PLAN,
  type ScenarioResult,
} from '../tests/support/stress.ts';
import { freePort, startAzurite, startTemporalDevServer } from './services.ts';

const { values } = parseArgs({
  options: { short: { type: 'boolean' }, only: { type: 'string' }, json: { type: 'string' } },
});
const plan = values.short ? SHORT_PLAN : FULL_PLAN;
const only = values.only ? new Set(values.only.split(',').map(Number)) : undefined;
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-stress-'));
const [tPort, bPort] = [await freePort(), await freePort()];
const temporal = await startTemporalDevServer({ port: tPort, logFile: path.join(dir, 'temporal.log') });
const azurite = await startAzurite({
  port: bPort,
  dataDir: path.join(dir, 'azurite'),
  logFile: path.join(dir, 'azurite.log'),
});
const services = {
  temporalAddress: `127.0.0.1:${tPort}`,
  blobConnectionString: azuriteConnectionString(bPort),
};
const databases: { name: 'sqlite' | 'postgres'; url: string }[] = [
  { name: 'sqlite', url: `sqlite:${path.join(dir, 'warehouse.sqlite')}` },
];
if (process.env.DATABASE_URL_PG) databases.push({ name: 'postgres', url: process.env.DATABASE_URL_PG });
else console.warn('DATABASE_URL_PG is not set: PostgreSQL scenarios skipped');

const row = (r: ScenarioResult) =>
  `| ${r.scenario} | ${r.database} | ${r.faults} | ${r.tally.rowsExpected} | ${r.tally.rowsFound} | ${r.tally.duplicated} | ${r.tally.lost} | ${r.tally.lakeHoursOk}/${r.tally.lakeHoursExpected} | ${r.daysMatching}/${r.days} | ${r.seconds.toFixed(0)} | ${r.recoverSeconds.toFixed(0)} |`;
const results: (ScenarioResult | { scenario: number; database: string; error: string })[] = [];
let failed = 0;
try {
  console.log(
    `plan: ${plan.fromDate} to ${plan.toDate} (PostgreSQL: the days after), ${plan.stores} stores x ${plan.sensorsPerStore} sensors; load ${loadavg()}`,
  );
  await Promise.all(
    databases.map((database) =>
      runScenarios(
        { services, plan: planFor(plan, database.name), database },
        (s) => !only || only.has(s.n),
        (n, r) => {
          if (r instanceof Error) {
            failed += 1;
            results.push({ scenario: n, database: database.name, error: r.message });
            console.log(`scenario ${n} on ${database.name} failed: ${r.stack ?? r.message}`);
            return;
          }
          results.push(r);
          const issues = problems(r);
          if (issues.length) failed += 1;
          console.log(
            [row(r), ...r.notes.map((n) => `    ${n}`), ...issues.map((p) => `    PROBLEM: ${p}`)].join('\n'),
          );
        },
      ),
    ),
  );
  console.log(`\nload after: ${loadavg()}`);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2));
} finally {
  await azurite.stop();
  await temporal.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
