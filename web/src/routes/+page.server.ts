import { redirect } from '@sveltejs/kit';
import { openAlertsByStore } from '#web/server/alerts.ts';
import { getDb } from '#web/server/db.ts';
import { readChainPage } from '#web/server/chain-page.ts';
import { storeOptions } from '#web/server/store-page.ts';
import { readWarehouse } from '#web/server/warehouse.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  // Links to the old one-store page (?store=1&date=...) open the store view on that day.
  const store = url.searchParams.get('store');
  if (store !== null && /^\d{1,9}$/.test(store)) {
    const date = url.searchParams.get('date');
    redirect(
      308,
      `/store/${store}${date ? `?from=${encodeURIComponent(date)}&to=${encodeURIComponent(date)}` : ''}`,
    );
  }
  return readWarehouse('chain overview', async () => ({
    ...(await readChainPage(getDb(), url.searchParams)),
    alertCounts: await openAlertsByStore(getDb()),
    alertStores: await storeOptions(getDb()),
  }));
};
