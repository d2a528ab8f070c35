/**
 * Cost of the pure cleaning for a whole chain and day: building every store's history from
 * the summary rows of the window, then cleaning every store-day, for a synthetic chain
 * (default 1,000 stores x 20 sensors) at the default fault rates. The first days fill the
 * history window and are timed too; the simulation of the readings is not timed.
 * Usage: node --expose-gc bench/cleaning-day.ts [--stores 1000] [--sensors 20] [--days 35]
 */
import { parseArgs } from 'node:util';
import { printResult } from './result.ts';
import { generateChain, Simulator } from '../api/model/index.ts';
import { cleanStoreDay } from '../lib/analytics/cleaning/clean.ts';
import { chainHistory, historyWindow } from '../lib/analytics/cleaning/history.ts';
import type { SensorDaySummary, StoreDayInput, StoreHourSummary } from '../lib/analytics/cleaning/model.ts';
import { addDays, datesInRange, utcHoursOfLocalDay } from '../lib/time.ts';

const { values } = parseArgs({
  options: {
    stores: { type: 'string', default: '1000' },
    sensors: { type: 'string', default: '20' },
    days: { type: 'string', default: '35' },
    from: { type: 'string', default: '2026-10-05' },
  },
});
const chain = generateChain({ stores: Number(values.stores), sensorsPerStore: Number(values.sensors) });
const sim = new Simulator({ chain });
const gc = (globalThis as { gc?: () => void }).gc;

function inputs(date: string): StoreDayInput[] {
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  // Every store of a generated chain is in Europe/Paris.
  const hours = utcHoursOfLocalDay(date, 'Europe/Paris');
  return chain.stores.map((store) => {
    const readings = store.sensors.map(() => [] as (number | null)[]);
    const dayHours = hours.map((hour) => {
      const truth = sim.truth(store, hour);
      sim.visitorRows(store, hour).forEach((row, i) => readings[i]!.push(row.visitors));
      return { hour_utc: hour, local_hour: truth.local.localHour, open_fraction: truth.openFraction };
    });
    return {
      store_id: store.store_id,
      local_date: date,
      weekday,
      hours: dayHours,
      sensors: store.sensors.map((s, i) => ({ sensor_id: s.sensor_id, readings: readings[i]! })),
    };
  });
}

let sensorDays: SensorDaySummary[] = [];
let profileHours: StoreHourSummary[] = [];
let peakRss = 0;
const rows: string[] = [];
const totals: number[] = [];
const dates = datesInRange(values.from, addDays(values.from, Number(values.days) - 1));
for (const date of dates) {
  const day = inputs(date);
  gc?.();
  const t0 = performance.now();
  const histories = chainHistory(date, sensorDays, profileHours);
  const t1 = performance.now();
  const { from } = historyWindow(addDays(date, 1));
  const nextSensorDays = sensorDays.filter((r) => r.local_date >= from);
  const nextProfileHours = profileHours.filter((r) => r.local_date >= from);
  let sensorHours = 0;
  for (const input of day) {
    const result = cleanStoreDay(input, histories.get(input.store_id));
    sensorHours += result.sensorHours.length;
    for (const r of result.sensorDays) nextSensorDays.push(r);
    for (const r of result.profileHours) nextProfileHours.push(r);
  }
  const t2 = performance.now();
  sensorDays = nextSensorDays;
  profileHours = nextProfileHours;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  totals.push(t2 - t0);
  rows.push(
    `| ${date} | ${sensorDays.length.toLocaleString('en-US')} | ${profileHours.length.toLocaleString('en-US')} | ` +
      `${sensorHours.toLocaleString('en-US')} | ${(t1 - t0).toFixed(0)} | ${(t2 - t1).toFixed(0)} | ` +
      `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} |`,
  );
}
console.log(`${chain.stores.length} stores x ${values.sensors} sensors, Node ${process.version}`);
console.log(
  '| day | sensor-day rows kept | profile-hour rows kept | sensor-hours cleaned | history ms | cleaning ms | heap MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (simulated readings of one day included)`);
// The last week's days: by then the history window is full, as every day is in production.
const lastWeek = totals.slice(-7).sort((a, b) => a - b);
printResult([
  {
    id: 'day-ms',
    label: 'history + cleaning of one chain-day, median of the last 7 days',
    unit: 'ms',
    value: Math.round(lastWeek[Math.floor((lastWeek.length - 1) / 2)]!),
  },
  { id: 'rss', label: 'peak RSS', unit: 'MB', value: Math.round(peakRss / 2 ** 20) },
]);
