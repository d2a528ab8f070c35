/** The /v1 API: reference data, one hour (or local day) of readings and sales, ground truth. */
import type { VisitorRow } from '../../lib/datasets.ts';
import { invalidParameter, notFound } from '../http/errors.ts';
import { route, type RouteContext } from '../http/route.ts';
import { HOLIDAY_CALENDARS, formatOpening, type Store } from '../model/index.ts';
import {
  holidaysQuery,
  holidaysResponse,
  sensorsResponse,
  storeIdPath,
  storeResponse,
  storesResponse,
  transactionsQuery,
  transactionsResponse,
  truthTransactionsResponse,
  truthVisitorsResponse,
  visitorsQuery,
  visitorsResponse,
} from '../schemas.ts';
import { z } from 'zod';
import { resolveSelection, selectStores, type Selection } from './selection.ts';

function storeInfo(store: Store) {
  const [mon, tue, wed, thu, fri, sat, sun] = store.opening.map(formatOpening);
  return {
    store_id: store.store_id,
    city_store: store.city_store,
    timezone: store.timezone,
    coef: store.coef,
    holidays: store.holidays,
    opening_hours: { mon, tue, wed, thu, fri, sat, sun },
    sensor_count: store.sensors.length,
  };
}

const storePathParams = z.strictObject({ store_id: storeIdPath });

function oneStore(ctx: RouteContext, id: number): Store {
  return selectStores(ctx, [id])[0]!;
}

/** Sensor filter: only within one store, and every id must exist there. */
function sensorFilter(ctx: RouteContext, sel: Selection & { sensor_id?: number[] }) {
  if (sel.sensor_id === undefined) return undefined;
  if (sel.store_id?.length !== 1) {
    throw invalidParameter(
      'sensor_id',
      'needs exactly one store_id (sensor ids are numbered within a store)',
    );
  }
  const store = oneStore(ctx, sel.store_id[0]!);
  const known = new Set(store.sensors.map((s) => s.sensor_id));
  const unknown = sel.sensor_id.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw notFound(
      `unknown sensor_id for store ${store.store_id}: ${unknown.join(', ')} (see GET /v1/stores/${store.store_id}/sensors)`,
      { store_id: store.store_id, sensor_id: unknown },
    );
  }
  return new Set(sel.sensor_id);
}

function visitorRowsOf<R extends VisitorRow>(
  sel: Selection & { sensor_id?: number[] },
  ctx: RouteContext,
  rowsOf: (store: Store, hour: string) => R[],
): R[] {
  const sensors = sensorFilter(ctx, sel);
  const pairs = resolveSelection(sel, ctx, (s) => sensors?.size ?? s.sensors.length);
  const rows = pairs.flatMap((p) => rowsOf(p.store, p.hour));
  return sensors ? rows.filter((r) => sensors.has(r.sensor_id)) : rows;
}

const DATA_ERRORS = [400, 404, 409];
const SELECTION_DOC =
  'Give either `hour` (one UTC hour) or `date` (a store-local day, 23 to 25 hours around DST changes), ' +
  'optionally with `local_hour`. Rows are ordered by hour_utc, store_id (and sensor_id). ' +
  'Hours that are not over yet answer 409.';

export const v1Routes = [
  route({
    path: '/v1/stores',
    tag: 'reference',
    summary: 'All stores, with time zone and opening hours',
    response: storesResponse,
    errors: [400],
    handle: (_input, ctx) => ({ stores: ctx.sim.chain.stores.map(storeInfo) }),
  }),
  route({
    path: '/v1/stores/:store_id',
    tag: 'reference',
    summary: 'One store',
    params: storePathParams,
    response: storeResponse,
    errors: [400, 404],
    handle: ({ params }, ctx) => ({ store: storeInfo(oneStore(ctx, params.store_id)) }),
  }),
  route({
    path: '/v1/stores/:store_id/sensors',
    tag: 'reference',
    summary: 'The door sensors of one store',
    params: storePathParams,
    response: sensorsResponse,
    errors: [400, 404],
    handle: ({ params }, ctx) => ({
      sensors: oneStore(ctx, params.store_id).sensors.map((s) => ({
        store_id: s.store_id,
        sensor_id: s.sensor_id,
        coef: s.coef,
      })),
    }),
  }),
  route({
    path: '/v1/holidays',
    tag: 'reference',
    summary: 'Public holidays of one calendar and year, on which the stores of that calendar are closed',
    query: holidaysQuery,
    response: holidaysResponse,
    errors: [400, 404],
    handle: ({ query }) => {
      const calendar = HOLIDAY_CALENDARS.get(query.calendar);
      if (!calendar) {
        throw notFound(
          `unknown calendar "${query.calendar}" (known: ${[...HOLIDAY_CALENDARS.keys()].join(', ')})`,
          { calendar: query.calendar },
        );
      }
      if (query.year < calendar.first || query.year > calendar.last) {
        throw notFound(`calendar ${query.calendar} covers ${calendar.first}-${calendar.last}`, {
          calendar: query.calendar,
          year: query.year,
        });
      }
      const prefix = `${query.year}-`;
      const dates = [...calendar.dates].filter((d) => d.startsWith(prefix)).sort();
      return {
        calendar: query.calendar,
        year: query.year,
        holidays: dates.map((date) => ({ date, name: calendar.names.get(date)! })),
      };
    },
  }),
  route({
    path: '/v1/visitors',
    tag: 'data',
    summary: 'Sensor readings: one row per sensor and hour; visitors is null when a reading is missing',
    description: SELECTION_DOC,
    query: visitorsQuery,
    response: visitorsResponse,
    errors: DATA_ERRORS,
    handle: ({ query }, ctx) => ({ rows: visitorRowsOf(query, ctx, (s, h) => ctx.sim.visitorRows(s, h)) }),
  }),
  route({
    path: '/v1/transactions',
    tag: 'data',
    summary: 'Till totals: one row per store and hour (zero when closed)',
    description: SELECTION_DOC,
    query: transactionsQuery,
    response: transactionsResponse,
    errors: DATA_ERRORS,
    handle: ({ query }, ctx) => ({
      rows: resolveSelection(query, ctx, () => 1).map((p) => ctx.sim.transactionRow(p.store, p.hour)),
    }),
  }),
  route({
    path: '/v1/truth/visitors',
    tag: 'ground truth',
    summary: 'Ground truth per sensor-hour: true visitors and the fault applied to the reading',
    description: `For tests and data-quality evaluation only; the pipeline must not read it. ${SELECTION_DOC}`,
    query: visitorsQuery,
    response: truthVisitorsResponse,
    errors: DATA_ERRORS,
    handle: ({ query }, ctx) => ({
      rows: visitorRowsOf(query, ctx, (s, h) => ctx.sim.truthVisitorRows(s, h)),
    }),
  }),
  route({
    path: '/v1/truth/transactions',
    tag: 'ground truth',
    summary: 'Ground truth per store-hour: true footfall, opening, conversion rate and items sold',
    description: `For tests and data-quality evaluation only. ${SELECTION_DOC}`,
    query: transactionsQuery,
    response: truthTransactionsResponse,
    errors: DATA_ERRORS,
    handle: ({ query }, ctx) => ({
      rows: resolveSelection(query, ctx, () => 1).map((p) => ctx.sim.truthTransactionRow(p.store, p.hour)),
    }),
  }),
];
