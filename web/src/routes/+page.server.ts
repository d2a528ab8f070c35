import { error } from '@sveltejs/kit';
import type { Knex } from 'knex';
import { addDays, datesInRange, parseIsoDate } from '#lib/time.ts';
import { hourPoints } from '#web/chart/hours.ts';
import type { DayPoint } from '#web/chart/types.ts';
import { formatStoreLabel } from '#web/format.ts';
import { getDb } from '#web/server/db.ts';
import { latestCompleteDate, latestDate, listStores, storeDays, storeHours } from '#web/server/dashboard.ts';
import { pipelineHealth } from '#web/server/pipeline.ts';
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

async function read(db: Knex, url: URL, nowMs: number) {
  const pipeline = await pipelineHealth(db, nowMs);
  const stores = (await listStores(db)).map((s) => ({
    id: s.storeId,
    label: formatStoreLabel(s.cityStore, s.storeId),
  }));
  const notices: string[] = [];
  const empty = {
    pipeline,
    stores,
    notices,
    storeId: null,
    date: null,
    latest: null,
    defaulted: false,
    day: null,
    days: [],
    points: [],
    hours: hourPoints([]),
  };

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
  const defaulted = date === null;
  if (defaulted) {
    // Analysts land on the last full day, not on today's, which fills up hour by hour.
    const complete = await latestCompleteDate(db, store.id);
    if (dateParam !== '') {
      const instead = complete === null ? 'the latest day' : 'the latest complete day';
      notices.push(`"${dateParam}" is not a valid date; showing ${instead} instead.`);
    }
    date = complete ?? latest;
  }
  if (date === null) return { ...empty, storeId: store.id };

  const from = addDays(date, 1 - CHART_DAYS);
  const days = datesInRange(from, date);
  const rows = await storeDays(db, store.id, from, date);
  // Days without a row get no mark, so a missing day shows as a gap rather than vanishing from the axis.
  const points: DayPoint[] = rows.map((r) => ({
    index: days.indexOf(r.date),
    key: r.date,
    visitors: r.visitors,
    transactions: r.transactions,
  }));
  const day = rows.find((r) => r.date === date) ?? null;
  const hours = hourPoints(day ? await storeHours(db, store.id, date) : []);
  return { pipeline, stores, notices, storeId: store.id, date, latest, defaulted, day, days, points, hours };
}

export const load: PageServerLoad = async ({ url }) => {
  try {
    return await read(getDb(), url, Date.now());
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
