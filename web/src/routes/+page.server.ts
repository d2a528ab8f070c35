import { error } from '@sveltejs/kit';
import type { Knex } from 'knex';
import { addDays, datesInRange, parseIsoDate } from '../../../lib/time.ts';
import type { ChartPoint } from '$lib/chart/types.ts';
import { formatStoreLabel } from '$lib/format.ts';
import { getDb } from '$lib/server/db.ts';
import { latestDate, listStores, storeDays } from '$lib/server/dashboard.ts';
import type { PageServerLoad } from './$types';

/** The chart shows the chosen day and the 13 before it. */
const CHART_DAYS = 14;

function parseStoreId(raw: string | null): number | null {
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

function parseDate(raw: string): string | null {
  try {
    return parseIsoDate(raw);
  } catch {
    return null;
  }
}

async function read(db: Knex, url: URL) {
  const stores = (await listStores(db)).map((s) => ({
    id: s.storeId,
    label: formatStoreLabel(s.cityStore, s.storeId),
  }));
  const notices: string[] = [];
  const empty = { stores, notices, storeId: null, date: null, latest: null, day: null, days: [], points: [] };

  const storeParam = url.searchParams.get('store') || null;
  const requested = parseStoreId(storeParam);
  const store = stores.find((s) => s.id === requested) ?? stores[0];
  if (!store) return empty;
  if (storeParam !== null && store.id !== requested) {
    notices.push(`There is no store "${storeParam}"; showing ${store.label} instead.`);
  }

  const latest = await latestDate(db, store.id);
  const dateParam = url.searchParams.get('date') ?? '';
  let date = dateParam === '' ? null : parseDate(dateParam);
  if (dateParam !== '' && date === null) {
    notices.push(`"${dateParam}" is not a valid date; showing the latest day instead.`);
  }
  date ??= latest;
  if (date === null) return { ...empty, storeId: store.id };

  const from = addDays(date, 1 - CHART_DAYS);
  const days = datesInRange(from, date);
  const rows = await storeDays(db, store.id, from, date);
  // Days without a row get no mark, so a missing day shows as a gap rather than vanishing from the axis.
  const points: ChartPoint[] = rows.map((r) => ({
    index: days.indexOf(r.date),
    date: r.date,
    visitors: r.visitors,
    transactions: r.transactions,
  }));
  const day = rows.find((r) => r.date === date) ?? null;
  return { stores, notices, storeId: store.id, date, latest, day, days, points };
}

export const load: PageServerLoad = async ({ url }) => {
  try {
    return await read(getDb(), url);
  } catch (e) {
    // The analyst gets a plain message; the operator gets the driver's reason in the server log.
    console.error(`dashboard: cannot read the warehouse: ${e instanceof Error ? e.message : String(e)}`);
    error(
      503,
      'The warehouse database cannot be read, so no figures can be shown. Check that it is running, ' +
        'that DATABASE_URL points to it and that migrations have run, then reload this page.',
    );
  }
};
