/**
 * The timed child of bench/build-day.ts: builds one day `--repeat` times in this process and
 * prints its wall time per run, CPU time and peak RSS as JSON. A file of its own so that the
 * process measured loads what a build needs (the activities and the database client), not the
 * benchmark's simulator API and seeding.
 *
 *   node bench/build-day-child.ts --url <warehouse> --api-url <simulator API> --repeat 3 --day 2026-11-17
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { BlobServiceClient } from '@azure/storage-blob';
import { createActivities } from '../activities/index.ts';
import { azuriteConnectionString } from '../lib/config.ts';
import { connect } from '../lib/db/connect.ts';
import { LakeStore } from '../lib/lake/blob.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'api-url': { type: 'string' },
    repeat: { type: 'string', default: '3' },
    day: { type: 'string', default: '2026-11-17' },
  },
});
if (!values.url || !values['api-url']) throw new Error('--url and --api-url are required');

export interface ChildResult {
  runsMs: number[];
  cpuMs: number;
  peakRssMb: number;
  /** RSS once the modules are loaded and the database connected, before the first build. */
  baseRssMb: number;
  stores: number;
  hours: number;
}

/**
 * This process's own peak RSS: Linux's VmHWM (high-water mark of this process image since exec).
 * Not resourceUsage().maxRSS: a spawned child inherits the parent's high-water mark at fork,
 * which here is the seeding's. Elsewhere, the largest process.memoryUsage() sample.
 */
let sampledPeak = 0;
function sampleRss(): void {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
}
function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // no procfs: fall back to the samples
  }
  return sampledPeak / 2 ** 20;
}

/** Never contacted: building a day reads and writes SQL only. */
function unusedLake(): LakeStore {
  return new LakeStore(
    BlobServiceClient.fromConnectionString(azuriteConnectionString()).getContainerClient('unused'),
  );
}

const db = connect(values.url);
// The build asks the API for the day's public holidays (dim_date), as the worker does.
const { buildDayModels } = createActivities({ db, lake: unusedLake(), apiUrl: values['api-url'] });
await db.raw('select 1');
const baseRssMb = process.memoryUsage().rss / 2 ** 20;
const runsMs: number[] = [];
let built = { stores: 0, hours: 0 };
const cpu0 = process.cpuUsage();
const timer = setInterval(sampleRss, 10);
for (let i = 0; i < Number(values.repeat); i++) {
  const t0 = performance.now();
  built = await buildDayModels({ date: values.day });
  runsMs.push(performance.now() - t0);
  sampleRss();
}
clearInterval(timer);
const cpu = process.cpuUsage(cpu0);
await db.destroy();
const result: ChildResult = {
  runsMs,
  cpuMs: (cpu.user + cpu.system) / 1000 / runsMs.length,
  peakRssMb: peakRssMb(),
  baseRssMb,
  stores: built.stores,
  hours: built.hours,
};
console.log(JSON.stringify(result));
