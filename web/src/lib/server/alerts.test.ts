import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '#lib/db/connect.ts';
import { ANALYTICS, tableRef } from '#lib/db/naming.ts';
import { migrateLatest } from '#migrations/index.ts';
import { openAlerts, openAlertsByStore } from './alerts.ts';

function alert(
  storeId: number,
  sensorId: number,
  kind: string,
  openedAt: string,
  resolvedAt: string | null = null,
) {
  const startedAt = openedAt.replace(/T(\d\d)/, (_, h) => `T${String(Number(h) - 1).padStart(2, '0')}`);
  return {
    episode_key: `${storeId}:${sensorId}:${kind}:${startedAt.slice(0, 13)}`,
    store_id: storeId,
    sensor_id: sensorId,
    kind,
    started_at: startedAt,
    opened_at: openedAt,
    resolved_at: resolvedAt,
    evidence: '[]',
    notified_opened_at: storeId === 1 ? '2026-11-24T10:00:05.000Z' : null,
    created_at: '2026-11-24T10:00:00.000Z',
    updated_at: '2026-11-24T10:00:00.000Z',
  };
}

describe('alert queries', () => {
  let db: Knex;
  beforeEach(async () => {
    db = connect('sqlite::memory:');
    await migrateLatest(db);
    await db(tableRef(db, 'analytics', ANALYTICS.sensorAlerts).qualified).insert([
      alert(1, 2, 'silent', '2026-11-24T10:00:00Z'),
      alert(1, 3, 'dead', '2026-11-24T12:00:00Z'),
      alert(2, 1, 'spiking', '2026-11-24T11:00:00Z'),
      alert(2, 4, 'silent', '2026-11-23T09:00:00Z', '2026-11-23T12:00:00Z'),
    ]);
  });
  afterEach(() => db.destroy());

  it('lists open alerts newest first, of a store or all, with how many are open', async () => {
    const all = await openAlerts(db, undefined, 2);
    expect(all.total).toBe(3);
    expect(all.alerts.map((a) => [a.storeId, a.sensorId, a.kind, a.openedAt, a.notified])).toEqual([
      [1, 3, 'dead', '2026-11-24T12:00:00Z', true],
      [2, 1, 'spiking', '2026-11-24T11:00:00Z', false],
    ]);
    const one = await openAlerts(db, 2);
    expect(one).toMatchObject({
      total: 1,
      alerts: [{ episodeKey: '2:1:spiking:2026-11-24T10', startedAt: '2026-11-24T10:00:00Z' }],
    });
  });

  it('counts the open alerts per store, most first', async () => {
    expect(await openAlertsByStore(db)).toEqual([
      { storeId: 1, open: 2 },
      { storeId: 2, open: 1 },
    ]);
  });
});
