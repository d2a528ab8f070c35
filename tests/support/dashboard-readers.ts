/**
 * A dashboard reader for the stress scenarios: reads every page's data through the dashboard's
 * own load functions, in a loop, on its own connection, until SIGTERM; then prints
 * {"reads": N, "errors": [...]} on stdout.
 * Usage: node tests/support/dashboard-readers.ts <DATABASE_URL>
 */
import { connect } from '../../lib/db/connect.ts';
import { readChainPage } from '../../web/src/lib/server/chain-page.ts';
import { pipelineHealth } from '../../web/src/lib/server/pipeline.ts';
import { sensorQuality } from '../../web/src/lib/server/sensors.ts';
import { readStorePage } from '../../web/src/lib/server/store-page.ts';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/support/dashboard-readers.ts <DATABASE_URL>');
  process.exit(2);
}
const db = connect(url);
let stop = false;
process.once('SIGTERM', () => (stop = true));
const pages = [
  () => readChainPage(db, new URLSearchParams({ from: '2026-11-01', to: '2026-11-07' })),
  () => readStorePage(db, 1, new URLSearchParams({ from: '2026-11-01', to: '2026-11-07' })),
  () => sensorQuality(db, '2026-11-01', '2026-11-07'),
  () => pipelineHealth(db, Date.now()),
];
let reads = 0;
const errors: string[] = [];
while (!stop) {
  for (const page of pages) {
    try {
      await page();
      reads += 1;
    } catch (err) {
      errors.push((err as Error).message);
    }
    // Yield, so SIGTERM is seen between reads.
    await new Promise((r) => setImmediate(r));
  }
}
await db.destroy();
process.stdout.write(JSON.stringify({ reads, errors: errors.slice(0, 20) }));
