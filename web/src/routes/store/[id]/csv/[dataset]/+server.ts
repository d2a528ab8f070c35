import { error } from '@sveltejs/kit';
import { m } from '#web/paraglide/messages.js';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '#web/server/db.ts';
import { readStorePage } from '#web/server/store-page.ts';
import { storeCsv, STORE_DATASETS, type StoreDataset } from '#web/server/csv.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { RequestHandler } from './$types';

/** The figures of one chart of the store view, with the same filters as the page. */
export const GET: RequestHandler = async ({ params, url }) => {
  if (!/^\d{1,9}$/.test(params.id)) error(404, m.error_no_store({ id: params.id }));
  if (!(STORE_DATASETS as readonly string[]).includes(params.dataset)) {
    error(404, m.error_no_dataset({ dataset: params.dataset, choices: STORE_DATASETS.join(', ') }));
  }
  const dataset = params.dataset as StoreDataset;
  const page = await readWarehouse('store CSV', () =>
    readStorePage(getDb(), Number(params.id), url.searchParams),
  );
  if (page.kind === 'no-store') error(404, m.error_no_store({ id: params.id }));
  if (page.kind === 'invalid') error(400, page.message);
  const rows = page.kind === 'view' ? storeCsv(page.view, dataset) : storeCsv(null, dataset);
  const range = page.kind === 'view' ? `${page.view.filters.from}_${page.view.filters.to}` : 'empty';
  return new Response(stringify(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="store-${params.id}-${dataset}-${range}.csv"`,
    },
  });
};
