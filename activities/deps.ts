/** What activities need from the outside world, built once per worker process. */
import type { Knex } from 'knex';
import type { StaffingParams } from '../lib/forecast/staffing.ts';
import type { LakeStore } from '../lib/lake/blob.ts';

export interface ActivityDeps {
  db: Knex;
  lake: LakeStore;
  /** Base URL of the chain's systems (the simulator API). */
  apiUrl: string;
  /** Where sensor-health alerts are posted (ALERT_WEBHOOK_URL); none are sent without it. */
  alertWebhookUrl?: string;
  /** Visitors-per-staff ratios of the staffing plan (lib/config.ts); the documented defaults when absent. */
  staffing?: StaffingParams;
}

/** Who is doing the work: recorded as lineage on every blob and raw row. */
export interface RunRef {
  workflowId: string;
  runId: string;
}
