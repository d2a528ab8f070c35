/**
 * Sensor-health alerts through the real pipeline: the simulator's fault settings plant a
 * two-hour outage on one sensor (no other fault anywhere), ingestHour runs on the Temporal
 * dev server over the warehouse, and a local HTTP receiver stands in for ALERT_WEBHOOK_URL.
 * One alert opens on the outage's second opening hour with one webhook; replaying the same
 * hours opens nothing and posts nothing; the first hour with readings again resolves it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FAULTS, REFERENCE_CHAIN, Simulator, type FaultRates } from '../../api/model/index.ts';
import { inOutage } from '../../api/model/sensors.ts';
import { makeCheckSensorHealth } from '../../activities/check-sensor-health.ts';
import { makeSyncStores } from '../../activities/sync-stores.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { toIsoHour } from '../../lib/db/values.ts';
import { addDays, addHours, formatUtcHour, hourToMs, HOUR_MS, toLocal } from '../../lib/time.ts';
import type { WebhookBody } from '../../lib/alerts/webhook.ts';
import { ingestHour } from '../../workflows/index.ts';
import { ingestHourId } from '../../workflows/ids.ts';
import { testDatabases } from '../support/databases.ts';
import { useStack, type Stack } from '../support/stack.ts';

const FAULTS: FaultRates = { ...NO_FAULTS, outagePerSensorDay: 0.05 };

/**
 * The first outage from `from` on that lasts exactly two hours, both open, followed by an
 * open hour, while no other sensor of the chain is out during those three hours.
 */
function plantedOutage(from: string): { storeId: number; sensorId: number; start: string } {
  const sim = new Simulator({ faults: FAULTS });
  const sensors = REFERENCE_CHAIN.stores.flatMap((store) =>
    store.sensors.map((sensor) => ({ store, sensor })),
  );
  const out = (s: (typeof sensors)[number], ms: number) => inOutage(s.sensor, ms, FAULTS.outagePerSensorDay);
  for (let ms = hourToMs(from); ms < hourToMs(from) + 60 * 24 * HOUR_MS; ms += HOUR_MS) {
    for (const s of sensors) {
      if (out(s, ms - HOUR_MS) || !out(s, ms) || !out(s, ms + HOUR_MS) || out(s, ms + 2 * HOUR_MS)) continue;
      const open = [0, 1, 2].every(
        (k) => sim.truth(s.store, formatUtcHour(ms + k * HOUR_MS)).openFraction === 1,
      );
      const alone = sensors.every((o) => o === s || [0, 1, 2].every((k) => !out(o, ms + k * HOUR_MS)));
      if (open && alone)
        return { storeId: s.store.store_id, sensorId: s.sensor.sensor_id, start: formatUtcHour(ms) };
    }
  }
  throw new Error(`no planted outage within 60 days of ${from}`);
}

interface Received {
  idempotencyKey: string | undefined;
  body: WebhookBody;
}

/** The webhook receiver: answers 200 and keeps what it was sent. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      received.push({
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(text),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const receiver = await startReceiver();
afterAll(() => receiver.close());
const planted = plantedOutage('2026-11-09T00:00:00Z');
const [H0, H1, H2] = [0, 1, 2].map((k) => addHours(planted.start, k)) as [string, string, string];

describe.each(testDatabases())('sensor-health alerts on $name', ({ url }) => {
  const stack = useStack(url, { faults: FAULTS, alertWebhookUrl: receiver.url });

  /** Runs the hour (again: a new run of the same id) and waits for the webhook deliveries it started. */
  async function runHour(s: Stack, hourUtc: string) {
    const result = await s.client.workflow.execute(ingestHour, {
      workflowId: ingestHourId(hourUtc),
      taskQueue: s.taskQueue,
      args: [{ hourUtc }],
    });
    if (result.alerts?.notifyWorkflowId)
      await s.client.workflow.getHandle(result.alerts.notifyWorkflowId).result();
    return result;
  }

  async function alerts(s: Stack) {
    const rows = (await s.db(tableRef(s.db, 'analytics', ANALYTICS.sensorAlerts).qualified)) as Record<
      string,
      unknown
    >[];
    return rows.map((r) => ({
      episode_key: r.episode_key,
      store_id: Number(r.store_id),
      sensor_id: Number(r.sensor_id),
      kind: r.kind,
      started_at: toIsoHour(r.started_at),
      opened_at: toIsoHour(r.opened_at),
      resolved_at: r.resolved_at === null ? null : toIsoHour(r.resolved_at),
      notified: [r.notified_opened_at !== null, r.notified_resolved_at !== null],
    }));
  }

  it('opens one alert with one webhook, survives a replay, resolves when readings return', async () => {
    const s = stack();
    const mine = (r: Received) => r.body.store_id === planted.storeId;
    const before = receiver.received.length;
    const key = `${planted.storeId}:${planted.sensorId}:silent:${H0.slice(0, 13)}`;
    // The store list, as the hourly build-nightly schedule keeps it.
    await makeSyncStores({ db: s.db, lake: s.lake, apiUrl: s.apiUrl })();

    expect((await runHour(s, H0)).alerts).toMatchObject({ opened: 0, notifications: 0 });
    expect((await runHour(s, H1)).alerts).toMatchObject({ opened: 1, notifications: 1 });
    const open = { episode_key: key, store_id: planted.storeId, sensor_id: planted.sensorId, kind: 'silent' };
    expect(await alerts(s)).toEqual([
      { ...open, started_at: H0, opened_at: H1, resolved_at: null, notified: [true, false] },
    ]);
    const opened = receiver.received.slice(before);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      idempotencyKey: `${key}:opened`,
      body: {
        idempotency_key: `${key}:opened`,
        event: 'opened',
        episode_key: key,
        started_at: H0,
        opened_at: H1,
      },
    });
    expect(opened[0]!.body.evidence.map((e) => [e.hour_utc, e.condition, e.reading])).toEqual([
      [H0, 'silent', null],
      [H1, 'silent', null],
    ]);

    // The same hours again: new runs, the same verdicts, no second alert or webhook.
    for (const h of [H0, H1])
      expect((await runHour(s, h)).alerts).toMatchObject({ opened: 0, resolved: 0, notifications: 0 });
    expect(receiver.received.slice(before)).toHaveLength(1);

    expect((await runHour(s, H2)).alerts).toMatchObject({ opened: 0, resolved: 1, notifications: 1 });
    expect(await alerts(s)).toEqual([
      { ...open, started_at: H0, opened_at: H1, resolved_at: H2, notified: [true, true] },
    ]);
    const all = receiver.received.slice(before).filter(mine);
    expect(all.map((r) => [r.idempotencyKey, r.body.event, r.body.resolved_at])).toEqual([
      [`${key}:opened`, 'opened', null],
      [`${key}:resolved`, 'resolved', H2],
    ]);

    // And the whole episode replayed after it resolved: still one alert, nothing posted.
    for (const h of [H0, H1, H2]) expect((await runHour(s, h)).alerts).toMatchObject({ notifications: 0 });
    expect(await alerts(s)).toHaveLength(1);
    expect(receiver.received.slice(before)).toHaveLength(2);
  });

  it('reads the history again when a day of its window is built (again) since the last check', async () => {
    const s = stack();
    const store = REFERENCE_CHAIN.stores.find((x) => x.store_id === planted.storeId)!;
    // A sensor of the planted store other than the planted one: healthy at H2, no history yet.
    const sensorId = store.sensors.find((x) => x.sensor_id !== planted.sensorId)!.sensor_id;
    const date = toLocal(H2, store.timezone).localDate;
    const table = (name: string) => tableRef(s.db, 'analytics', name).qualified;
    await makeSyncStores({ db: s.db, lake: s.lake, apiUrl: s.apiUrl })();
    await runHour(s, H2);
    // One instance across the checks, as a worker keeps it: its kept history is what is tested.
    const check = makeCheckSensorHealth({ db: s.db, lake: s.lake, apiUrl: s.apiUrl });
    const condition = async () => {
      await check({ hourUtc: H2 });
      const row = (await s
        .db(table(ANALYTICS.sensorHealthHourly))
        .where({ store_id: planted.storeId, sensor_id: sensorId })
        .where('hour_utc', H2)
        .first()) as Record<string, unknown>;
      return row.condition;
    };
    const days = [3, 2, 1].map((k) => addDays(date, -k));
    /** What a build of `days` writes in one transaction: the sensor's baselines and the day_builds rows. */
    const build = (driftFlagged: boolean) =>
      s.db.transaction(async (trx) => {
        const builtAt = new Date().toISOString();
        for (const name of [ANALYTICS.sensorDailyBaseline, ANALYTICS.dayBuilds])
          await trx(table(name)).whereIn('local_date', days).delete();
        if (driftFlagged)
          await trx(table(ANALYTICS.sensorDailyBaseline)).insert(
            days.map((d) => ({
              store_id: planted.storeId,
              sensor_id: sensorId,
              local_date: d,
              share: 0.3,
              hours: 11,
              spread: 0.1,
              drift_ratio: 1.3,
              drift_score: 0.5,
              drift_flagged: true,
              built_at: builtAt,
            })),
          );
        await trx(table(ANALYTICS.dayBuilds)).insert(
          days.map((d) => ({
            local_date: d,
            status: 'published',
            stores: 10,
            hours: 240,
            built_at: builtAt,
          })),
        );
      });

    expect(await condition()).toBe('healthy');
    // The three days built, each flagging the sensor's drift: the next check sees it drifting.
    await build(true);
    expect(await condition()).toBe('drifting');
    // Built again without the drift: healthy again, not the history kept from before.
    await build(false);
    expect(await condition()).toBe('healthy');
    for (const name of [ANALYTICS.sensorDailyBaseline, ANALYTICS.dayBuilds])
      await s.db(table(name)).whereIn('local_date', days).delete();
  });
});
