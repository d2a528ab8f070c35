import { error } from '@sveltejs/kit';
import { m } from '#web/paraglide/messages.js';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '#web/server/db.ts';
import { storeExists } from '#web/server/dashboard.ts';
import { readStoreForecast, staffingCsv } from '#web/server/forecast.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { RequestHandler } from './$types';

/** The store's latest staffing plan, hour by hour with the forecast behind it, as CSV. */
export const GET: RequestHandler = async ({ params }) => {
  if (!/^\d{1,9}$/.test(params.id)) error(404, m.error_no_store({ id: params.id }));
  const id = Number(params.id);
  const [exists, forecast] = await readWarehouse('staffing CSV', () =>
    Promise.all([storeExists(getDb(), id), readStoreForecast(getDb(), id)]),
  );
  if (!exists) error(404, m.error_no_store({ id: params.id }));
  if (!forecast) error(404, m.forecast_none());
  return new Response(stringify(staffingCsv(forecast)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="store-${params.id}-staffing-${forecast.origin}.csv"`,
    },
  });
};
