/**
 * The sensor-health check in ingestHour on Temporal's time-skipping test server, with stub
 * activities: it runs after the loads, hands notifications to an abandoned notifyAlerts
 * child, and neither a failing webhook nor a failing check fails the hour. Runs recorded
 * before the check replay without it (patched()).
 */
import { ApplicationFailure } from '@temporalio/common';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExtractInput, LoadInput, SensorHealthResult } from '../activities/index.ts';
import type { AlertNotification } from '../lib/alerts/webhook.ts';
import { workflowTestWorker } from '../tests/support/workflow-env.ts';
import { ingestHourId, notifyAlertsId } from './ids.ts';
import { ingestHour, notifyAlerts } from './index.ts';

const TASK_QUEUE = 'alert-workflow-tests';

let steps: string[];
let check: (hourUtc: string) => SensorHealthResult;
let notify: (n: AlertNotification) => { delivered: boolean };

const activities = {
  async extractHour(input: ExtractInput) {
    steps.push(`extract ${input.dataset}`);
    const blobPath = `${input.dataset}/${input.hourUtc}.parquet`;
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath, rows: 1, sha256: 'x' };
  },
  async loadHour(input: LoadInput) {
    steps.push(`load ${input.dataset}`);
    return { dataset: input.dataset, hourUtc: input.hourUtc, blobPath: input.blobPath, rows: 1, sha256: 'x' };
  },
  async builtDaysOfHour() {
    return [];
  },
  async checkSensorHealth({ hourUtc }: { hourUtc: string }) {
    steps.push('check');
    return check(hourUtc);
  },
  async notifyAlert(n: AlertNotification) {
    steps.push(`notify ${n.episode_key} ${n.event}`);
    return notify(n);
  },
};

const temporal = workflowTestWorker(TASK_QUEUE, activities);

const OPENED: AlertNotification = { event: 'opened', episode_key: '1:2:silent:2026-11-02T12' };
beforeEach(() => {
  steps = [];
  check = (hourUtc) => ({
    hourUtc,
    conditions: { healthy: 1, silent: 1 },
    opened: 1,
    resolved: 0,
    notifications: [OPENED],
  });
  notify = () => ({ delivered: true });
});

const run = (hourUtc: string) =>
  temporal.client.workflow.start(ingestHour, {
    workflowId: ingestHourId(hourUtc),
    taskQueue: TASK_QUEUE,
    args: [{ hourUtc }],
  });

describe('ingestHour with the sensor-health check', () => {
  it('checks the hour after both loads and hands its notifications to notifyAlerts', async () => {
    const handle = await run('2026-11-02T13:00:00Z');
    const result = await handle.result();
    expect(steps.indexOf('check')).toBe(4);
    expect(steps.slice(0, 4).filter((s) => s.startsWith('load'))).toHaveLength(2);
    const childId = notifyAlertsId('2026-11-02T13:00:00Z', handle.firstExecutionRunId);
    expect(result.alerts).toEqual({
      hourUtc: '2026-11-02T13:00:00Z',
      conditions: { healthy: 1, silent: 1 },
      opened: 1,
      resolved: 0,
      notifications: 1,
      notifyWorkflowId: childId,
    });
    expect(await temporal.client.workflow.getHandle(childId).result()).toEqual({ delivered: 1, failed: [] });
    expect(steps).toContain(`notify ${OPENED.episode_key} opened`);
  });

  it('starts no delivery when nothing changed', async () => {
    check = (hourUtc) => ({ hourUtc, conditions: { healthy: 2 }, opened: 0, resolved: 0, notifications: [] });
    const result = await (await run('2026-11-02T14:00:00Z')).result();
    expect(result.alerts).toMatchObject({ notifications: 0 });
    expect(result.alerts!.notifyWorkflowId).toBeUndefined();
    expect(steps.filter((s) => s.startsWith('notify'))).toEqual([]);
  });

  it('ingests the hour while the webhook keeps failing: the delivery retries on its own', async () => {
    notify = () => {
      throw new Error('receiver down');
    };
    const handle = await run('2026-11-02T15:00:00Z');
    const result = await handle.result();
    expect(result.datasets).toHaveLength(2);
    const child = temporal.client.workflow.getHandle(result.alerts!.notifyWorkflowId!);
    expect((await child.describe()).status.name).toBe('RUNNING');
    await child.terminate('test over');
  });

  it('gives up at once on a webhook that refuses the request', async () => {
    let attempts = 0;
    notify = () => {
      attempts++;
      throw ApplicationFailure.nonRetryable('HTTP 400', 'AlertWebhookRejected');
    };
    const result = await (await run('2026-11-02T16:00:00Z')).result();
    await expect(
      temporal.client.workflow.getHandle(result.alerts!.notifyWorkflowId!).result(),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
  });

  it('ingests the hour when the check itself fails', async () => {
    check = () => {
      throw ApplicationFailure.nonRetryable('warehouse unreachable', 'Boom');
    };
    const result = await (await run('2026-11-02T17:00:00Z')).result();
    expect(result.datasets).toHaveLength(2);
    expect(result.alerts).toBeUndefined();
    expect(result.alertsError).toMatch(/warehouse unreachable|Activity task failed/);
  });

  it('a run recorded before the check replays without it', async () => {
    await temporal.replay('before-alerts/ingestHour.json', 'ingestHour before alerts');
  });

  it('notifyAlerts delivers what it was given, in order', async () => {
    const resolved: AlertNotification = { ...OPENED, event: 'resolved' };
    const out = await temporal.client.workflow.execute(notifyAlerts, {
      workflowId: 'notify-alerts-direct',
      taskQueue: TASK_QUEUE,
      args: [{ notifications: [OPENED, resolved] }],
    });
    expect(out).toEqual({ delivered: 2, failed: [] });
    expect(steps).toEqual([`notify ${OPENED.episode_key} opened`, `notify ${OPENED.episode_key} resolved`]);
  });
});
