import { error } from '@sveltejs/kit';
import { m } from '#web/paraglide/messages.js';
import { getDb } from '#web/server/db.ts';
import { readStoreForecast } from '#web/server/forecast.ts';
import { readStorePage } from '#web/server/store-page.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
  if (!/^\d{1,9}$/.test(params.id)) error(404, m.error_no_store({ id: params.id }));
  const [page, forecast] = await readWarehouse('store view', () =>
    Promise.all([
      readStorePage(getDb(), Number(params.id), url.searchParams),
      readStoreForecast(getDb(), Number(params.id)),
    ]),
  );
  if (page.kind === 'no-store') error(404, m.error_no_store({ id: params.id }));
  return { ...page, forecast };
};
