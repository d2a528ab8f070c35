import { error } from '@sveltejs/kit';
import { m } from '#web/paraglide/messages.js';
import { parseRange } from '#web/filters.ts';
import { latestCompleteChainDate } from '#web/server/chain.ts';
import { openAlerts } from '#web/server/alerts.ts';
import { getDb } from '#web/server/db.ts';
import { failedDays } from '#web/server/builds.ts';
import { sensorQuality } from '#web/server/sensors.ts';
import { storeOptions } from '#web/server/store-page.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import { addDays } from '#lib/time.ts';
import type { PageServerLoad } from './$types';

/** Sensors listed, worst first; the rest are counted. */
const SHOWN = 200;

export const load: PageServerLoad = async ({ url }) =>
  readWarehouse('data quality', async () => {
    const db = getDb();
    const latest = await latestCompleteChainDate(db);
    const stores = await storeOptions(db);
    if (latest === null) return { kind: 'no-data' as const, stores };
    const params = new URLSearchParams(url.searchParams);
    if (!params.has('from') && !params.has('to')) params.set('from', addDays(latest, -6));
    const range = parseRange(params, latest, 92);
    if (!range.ok) return { kind: 'invalid' as const, stores, message: range.message };
    const storeParam = url.searchParams.get('store') ?? '';
    if (storeParam !== '' && !/^\d{1,9}$/.test(storeParam)) error(400, m.filter_store_number());
    const storeId = storeParam === '' ? undefined : Number(storeParam);
    const sensors = await sensorQuality(db, range.value.from, range.value.to, storeId);
    return {
      kind: 'view' as const,
      alerts: await openAlerts(db, storeId),
      stores,
      storeId: storeId ?? null,
      ...range.value,
      sensors: sensors.slice(0, SHOWN),
      total: sensors.length,
      failedDays: await failedDays(db, range.value.from, range.value.to, Date.now()),
    };
  });
