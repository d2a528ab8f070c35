/** What activities need from the outside world, built once per worker process. */
import type { Knex } from 'knex';
import type { LakeStore } from '../lib/lake/blob.ts';

export interface ActivityDeps {
  db: Knex;
  lake: LakeStore;
  /** Base URL of the chain's systems (the simulator API). */
  apiUrl: string;
  /** Where sensor-health alerts are posted (ALERT_WEBHOOK_URL); none are sent without it. */
  alertWebhookUrl?: string;
}

/** Who is doing the work: recorded as lineage on every blob and raw row. */
export interface RunRef {
  workflowId: string;
  runId: string;
}
