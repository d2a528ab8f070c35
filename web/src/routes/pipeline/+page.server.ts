import { loadConfig } from '#lib/config.ts';
import { openAlerts } from '#web/server/alerts.ts';
import { latestFailedDays } from '#web/server/builds.ts';
import { getDb } from '#web/server/db.ts';
import { pipelineHealth } from '#web/server/pipeline.ts';
import { storeOptions } from '#web/server/store-page.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const config = loadConfig(process.env);
  const health = await readWarehouse('pipeline', () => pipelineHealth(getDb(), Date.now()));
  const [alerts, stores] = await readWarehouse('sensor alerts', () =>
    Promise.all([openAlerts(getDb()), storeOptions(getDb())]),
  );
  const failedDays = await readWarehouse('failed days', () => latestFailedDays(getDb(), Date.now()));
  return {
    health,
    failedDays,
    alerts,
    stores,
    temporal: { base: config.temporalUiUrl, namespace: config.temporal.namespace },
  };
};
