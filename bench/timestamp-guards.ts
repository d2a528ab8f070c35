/**
 * What the SQLite timestamp triggers (decision 0021) cost where they cost most: the day build's
 * largest insert, a 1,000-store x 20-sensor day of sensor_hourly rows (480,000), through
 * insertChunked in one transaction as the build writes it. Guarded and unguarded runs alternate
 * on the same file, so machine load affects both alike; the ratio of the medians is the figure.
 *
 *   node bench/timestamp-guards.ts [--stores 1000] [--sensors 20] [--repeat 5]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { printResult } from './result.ts';
import { insertChunked } from '../lib/db/batch.ts';
import { connect } from '../lib/db/connect.ts';
import { dropSqliteTimestampGuards, guardSqliteTimestamps } from '../lib/db/timestamps.ts';
import { toIsoHour } from '../lib/db/values.ts';
import { migrateLatest } from '../migrations/index.ts';

const { values } = parseArgs({
  options: {
    stores: { type: 'string', default: '1000' },
    sensors: { type: 'string', default: '20' },
    repeat: { type: 'string', default: '5' },
  },
});
const stores = Number(values.stores);
const sensors = Number(values.sensors);
const repeat = Number(values.repeat);
if (!(stores >= 1 && sensors >= 1 && repeat >= 1))
  throw new Error('--stores, --sensors and --repeat must be >= 1');

const TABLE = 'analytics_sensor_hourly';
const rows: object[] = [];
for (let h = 0; h < 24; h++) {
  const hour_utc = toIsoHour(new Date(Date.UTC(2026, 10, 16, 23 + h)));
  for (let s = 1; s <= stores; s++)
    for (let k = 1; k <= sensors; k++)
      rows.push({
        store_id: s,
        sensor_id: k,
        hour_utc,
        local_date: '2026-11-17',
        local_hour: h,
        reading: 10 + ((s + k + h) % 7),
        visitors: 10 + ((s + k + h) % 7),
        status: 'measured',
        reason: 'none',
        method: 'measured',
      });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-ts-guards-'));
const db = connect(`sqlite:${path.join(dir, 'w.sqlite')}`);
try {
  await migrateLatest(db);
  const times: Record<'guarded' | 'unguarded', number[]> = { guarded: [], unguarded: [] };
  for (let i = 0; i < repeat; i++) {
    for (const mode of ['guarded', 'unguarded'] as const) {
      await dropSqliteTimestampGuards(db, TABLE);
      if (mode === 'guarded') await guardSqliteTimestamps(db, TABLE);
      await db(TABLE).delete();
      const t0 = performance.now();
      await db.transaction((trx) =>
        insertChunked(trx, 'sqlite', TABLE, rows, { built_at: new Date('2026-11-18T03:00:00.123Z') }),
      );
      times[mode].push((performance.now() - t0) / 1000);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [g, u] = [median(times.guarded), median(times.unguarded)];
  console.log(`| rows | guarded runs (s) | unguarded runs (s) | median guarded / unguarded | load average |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  console.log(
    `| ${rows.length} | ${times.guarded.map((t) => t.toFixed(2)).join(' / ')} | ${times.unguarded.map((t) => t.toFixed(2)).join(' / ')} | ${g.toFixed(2)} / ${u.toFixed(2)} = ${(g / u).toFixed(2)} | ${os.loadavg()[0]!.toFixed(1)} |`,
  );
  printResult([
    { id: 'insert-guarded', label: 'sensor_hourly day insert, guarded', unit: 's', value: g },
    { id: 'insert-unguarded', label: 'sensor_hourly day insert, unguarded', unit: 's', value: u },
  ]);
} finally {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
