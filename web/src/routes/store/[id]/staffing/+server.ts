import { error } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '#web/server/db.ts';
import { readStoreForecast, staffingCsv } from '#web/server/forecast.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { RequestHandler } from './$types';

/** The store's latest staffing plan, hour by hour with the forecast behind it, as CSV. */
export const GET: RequestHandler = async ({ params }) => {
  if (!/^\d{1,9}$/.test(params.id)) error(404, `There is no store "${params.id}".`);
  const forecast = await readWarehouse('staffing CSV', () => readStoreForecast(getDb(), Number(params.id)));
  if (!forecast) error(404, `There is no forecast for store ${params.id} yet.`);
  return new Response(stringify(staffingCsv(forecast)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="store-${params.id}-staffing-${forecast.origin}.csv"`,
    },
  });
};
