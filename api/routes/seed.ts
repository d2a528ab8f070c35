/**
 * The original's routes, so its clients keep working: same parameters (store-local
 * wall-clock parts) and answer fields, but 400 for malformed input, 404 only for an
 * unknown store or sensor, and 0 visitors with is_closed (not -1) when closed.
 */
import {
  formatUtcHour,
  isHourOver,
  parseIsoDate,
  TimeInputError,
  toLocal,
  utcHoursOfLocalDay,
} from '../../lib/time.ts';
import { invalidParameter, notFound } from '../http/errors.ts';
import { route, type RouteContext } from '../http/route.ts';
import type { Store } from '../model/index.ts';
import {
  seedTransactionsQuery,
  seedTransactionsResponse,
  seedVisitorsQuery,
  seedVisitorsResponse,
} from '../schemas.ts';
import { ensureAvailable } from './selection.ts';

function storeByName(ctx: RouteContext, name: string): Store {
  const store = ctx.sim.chain.byName.get(name.trim().toLowerCase());
  if (!store) throw notFound(`unknown city_store "${name}" (see GET /v1/stores)`, { city_store: name });
  return store;
}

function localDate(year: number, month: number, day: number): string {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    return parseIsoDate(date);
  } catch (err) {
    if (err instanceof TimeInputError) throw invalidParameter('day', `no such day ${date}`, day);
    throw err;
  }
}

/** The UTC hours of a local hour: none in the spring gap, two in the autumn repeat. */
function hoursOfLocalHour(store: Store, date: string, hour: number): string[] {
  const hours = utcHoursOfLocalDay(date, store.timezone).filter(
    (h) => toLocal(h, store.timezone).localHour === hour,
  );
  if (hours.length === 0) {
    throw invalidParameter(
      'hour',
      `${hour}h does not exist on ${date} in ${store.timezone} (clocks go forward)`,
    );
  }
  return hours;
}

export const seedRoutes = [
  route({
    path: '/visiteurs',
    tag: 'seed-compatible',
    summary: "The original's visitors route: a store or one sensor, for an hour, a day or today so far",
    description:
      "Dates and hours are the store's wall clock (its timezone in /v1/stores). year, month and day go together; hour needs them. " +
      'Without a date: today so far. visiteurs sums the available readings (null if none).',
    query: seedVisitorsQuery,
    response: seedVisitorsResponse,
    errors: [400, 404, 409],
    handle: ({ query }, ctx) => {
      const store = storeByName(ctx, query.city_store);
      const dateParts = [query.year, query.month, query.day].filter((v) => v !== undefined).length;
      if (dateParts !== 0 && dateParts !== 3) {
        throw invalidParameter(
          'year',
          'year, month and day must be given together, or none of them for today',
        );
      }
      if (query.hour !== undefined && dateParts === 0) {
        throw invalidParameter('hour', 'needs year, month and day');
      }
      if (query.sensor_id !== undefined && !store.sensors.some((s) => s.sensor_id === query.sensor_id)) {
        throw notFound(`unknown sensor_id ${query.sensor_id} for ${store.city_store}`, {
          city_store: store.city_store,
          sensor_id: query.sensor_id,
        });
      }
      const now = ctx.now();
      const today = toLocal(formatUtcHour(now), store.timezone).localDate;
      const date = dateParts === 3 ? localDate(query.year!, query.month!, query.day!) : today;
      let hours: string[];
      if (query.hour !== undefined) {
        hours = hoursOfLocalHour(store, date, query.hour);
        ensureAvailable(hours, ctx);
      } else if (date === today) {
        // Today answers the hours already over, as the original did for the current day.
        const all = utcHoursOfLocalDay(date, store.timezone);
        hours = all.filter((h) => isHourOver(h, now));
        if (hours.length === 0) ensureAvailable(all.slice(0, 1), ctx);
      } else {
        hours = utcHoursOfLocalDay(date, store.timezone);
        ensureAvailable(hours, ctx);
      }
      let sum = 0;
      let readings = 0;
      let open = false;
      for (const hour of hours) {
        open ||= ctx.sim.truth(store, hour).openFraction > 0;
        for (const row of ctx.sim.visitorRows(store, hour)) {
          if (query.sensor_id !== undefined && row.sensor_id !== query.sensor_id) continue;
          if (row.visitors === null) continue;
          sum += row.visitors;
          readings++;
        }
      }
      const who =
        query.sensor_id === undefined ? store.city_store : `${store.city_store}, capteur ${query.sensor_id}`;
      const when = query.hour === undefined ? date : `${date} ${query.hour}h`;
      return {
        message: open ? `Visiteurs ${who} le ${when}` : `Magasin ${store.city_store} fermé le ${when}`,
        is_closed: !open,
        visiteurs: readings > 0 ? sum : null,
      };
    },
  }),
  route({
    path: '/transactions',
    tag: 'seed-compatible',
    summary: "The original's sales route: one store, one local hour",
    description:
      "Date and hour are the store's wall clock (its timezone in /v1/stores); all parameters are required.",
    query: seedTransactionsQuery,
    response: seedTransactionsResponse,
    errors: [400, 404, 409],
    handle: ({ query }, ctx) => {
      const store = storeByName(ctx, query.city_store);
      const hours = hoursOfLocalHour(store, localDate(query.year, query.month, query.day), query.hour);
      ensureAvailable(hours, ctx);
      let transactions = 0;
      let cents = 0;
      let open = false;
      for (const hour of hours) {
        const row = ctx.sim.truthTransactionRow(store, hour);
        open ||= row.is_open;
        transactions += row.transactions;
        cents += Math.round(row.revenue * 100);
      }
      return { is_closed: !open, transactions, chiffre_affaires: cents / 100 };
    },
  }),
];
