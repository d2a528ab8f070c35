import { loadConfig } from '#lib/config.ts';
import { getDb } from '#web/server/db.ts';
import { pipelineHealth } from '#web/server/pipeline.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const config = loadConfig(process.env);
  const health = await readWarehouse('pipeline', () => pipelineHealth(getDb(), Date.now()));
  return { health, temporal: { base: config.temporalUiUrl, namespace: config.temporal.namespace } };
};
