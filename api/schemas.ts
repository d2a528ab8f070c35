/**
 * Request and response schemas, written once: the routes validate with them and the
 * OpenAPI document is generated from them, so the two cannot drift apart.
 */
import { z } from 'zod';
import { parseIsoDate, parseUtcHour } from '../lib/time.ts';
import { FAULTS } from './model/index.ts';

/** Data starts where the original's did. */
export const EARLIEST_HOUR = '2021-01-01T00:00:00Z';
export const EARLIEST_DATE = '2021-01-01';
/** At most this many store_id or sensor_id values in one request. */
export const MAX_IDS = 1000;

const HOUR_FORM = 'a whole UTC hour such as 2026-11-24T13:00:00Z';
const DATE_FORM = 'a date YYYY-MM-DD such as 2026-11-24';

/** A query value that must appear once (Express turns repeated keys into arrays). */
function once(form: string) {
  return z.string({
    error: (iss) => (iss.input === undefined ? 'is required' : `expected ${form}, given once`),
  });
}

function integer(form: string, min: number, max: number, description: string, example: string) {
  return (
    once(form)
      .regex(/^\d{1,9}$/, { error: `expected ${form}` })
      // Documented as the integer range it accepts, so clients (and fuzzers) know the bounds.
      .meta({ description, examples: [Number(example)], type: 'integer', minimum: min, maximum: max })
      .transform((v, ctx) => {
        const n = Number(v);
        if (!(n >= min && n <= max)) {
          ctx.issues.push({ code: 'custom', input: v, message: `expected ${form}` });
          return z.NEVER;
        }
        return n;
      })
  );
}

export const hourParam = once(HOUR_FORM)
  .meta({ description: `UTC hour: ${HOUR_FORM}`, examples: ['2026-11-24T13:00:00Z'] })
  .transform((v, ctx) => {
    let hour: string;
    try {
      hour = parseUtcHour(v);
    } catch {
      ctx.issues.push({ code: 'custom', input: v, message: `expected ${HOUR_FORM}` });
      return z.NEVER;
    }
    if (hour < EARLIEST_HOUR) {
      ctx.issues.push({ code: 'custom', input: v, message: `data starts at ${EARLIEST_HOUR}` });
      return z.NEVER;
    }
    return hour;
  });

export const dateParam = once(DATE_FORM)
  .meta({ description: `Store-local date: ${DATE_FORM}`, examples: ['2026-11-24'] })
  .transform((v, ctx) => {
    let date: string;
    try {
      date = parseIsoDate(v);
    } catch {
      ctx.issues.push({ code: 'custom', input: v, message: `expected ${DATE_FORM} (an existing day)` });
      return z.NEVER;
    }
    if (date < EARLIEST_DATE) {
      ctx.issues.push({ code: 'custom', input: v, message: `data starts on ${EARLIEST_DATE}` });
      return z.NEVER;
    }
    return date;
  });

export const localHourParam = integer(
  'an integer hour 0-23',
  0,
  23,
  'Store-local hour of day, 0-23 (needs date)',
  '14',
);

/** One or more ids: repeated (store_id=1&store_id=2) or comma-separated (store_id=1,2). */
function idList(name: string) {
  const form = `positive integers, repeated (${name}=1&${name}=2) or comma-separated (${name}=1,2)`;
  return z
    .union([z.string(), z.array(z.string())], { error: `expected ${form}` })
    .meta({ description: `One or more ${name} values: ${form}`, examples: ['1', '1,2'] })
    .transform((v, ctx) => {
      const parts = [v].flat().flatMap((s) => s.split(','));
      const ids = parts.map((p) => (/^\d{1,9}$/.test(p.trim()) ? Number(p.trim()) : NaN));
      if (ids.some((n) => !(n >= 1))) {
        ctx.issues.push({ code: 'custom', input: v, message: `expected ${form}` });
        return z.NEVER;
      }
      if (ids.length > MAX_IDS) {
        ctx.issues.push({ code: 'custom', input: v, message: `at most ${MAX_IDS} values` });
        return z.NEVER;
      }
      return [...new Set(ids)].sort((a, b) => a - b);
    });
}

export const storeIdPath = integer('a positive integer store id', 1, 999_999_999, 'Store id', '1');

const selection = {
  hour: hourParam.optional(),
  date: dateParam.optional(),
  local_hour: localHourParam.optional(),
  store_id: idList('store_id').optional(),
};

/** Readings: one UTC hour, or a store-local date (and hour); optionally some stores or sensors. */
export const visitorsQuery = z.strictObject({
  ...selection,
  sensor_id: idList('sensor_id')
    .optional()
    .meta({ description: 'Sensor ids within the one store given by store_id' }),
});
export const transactionsQuery = z.strictObject(selection);

// The original's parameters: store-local wall-clock parts, as integers.
const seedCity = once('a store name such as Paris').meta({
  description: 'Store name (city), as in GET /v1/stores, case-insensitive',
  examples: ['Paris'],
});
const seedYear = integer('a year such as 2026 (2021 or later)', 2021, 9999, 'Year', '2026');
const seedMonth = integer('a month 1-12', 1, 12, 'Month 1-12', '11');
const seedDay = integer('a day of month 1-31', 1, 31, 'Day of month', '21');
const seedHour = integer('an hour 0-23', 0, 23, 'Store-local hour 0-23', '14');

export const seedVisitorsQuery = z.strictObject({
  city_store: seedCity,
  year: seedYear.optional(),
  month: seedMonth.optional(),
  day: seedDay.optional(),
  hour: seedHour.optional(),
  sensor_id: integer(
    'a positive integer sensor id',
    1,
    999_999_999,
    'One sensor of the store (default: all)',
    '3',
  ).optional(),
});

export const seedTransactionsQuery = z.strictObject({
  city_store: seedCity,
  year: seedYear,
  month: seedMonth,
  day: seedDay,
  hour: seedHour,
});

// ---- Responses ----

const hourUtc = z.string().meta({ description: 'UTC hour', examples: ['2026-11-24T13:00:00Z'] });
const localDate = z.string().meta({ description: 'Store-local date', examples: ['2026-11-24'] });
const localHour = z.number().int().min(0).max(23).meta({ description: 'Store-local hour' });

export const visitorRow = z
  .strictObject({
    store_id: z.number().int(),
    sensor_id: z.number().int(),
    hour_utc: hourUtc,
    local_date: localDate,
    local_hour: localHour,
    visitors: z.number().int().min(0).nullable().meta({ description: 'null when the reading is missing' }),
  })
  .meta({ id: 'VisitorRow' });

export const transactionRow = z
  .strictObject({
    store_id: z.number().int(),
    hour_utc: hourUtc,
    local_date: localDate,
    local_hour: localHour,
    transactions: z.number().int().min(0),
    revenue: z.number().min(0).meta({ description: 'EUR, rounded to cents' }),
  })
  .meta({ id: 'TransactionRow' });

export const truthVisitorRow = z
  .strictObject({
    ...visitorRow.shape,
    true_visitors: z.number().int().min(0),
    fault: z.enum(FAULTS),
  })
  .meta({ id: 'TruthVisitorRow' });

export const truthTransactionRow = z
  .strictObject({
    ...transactionRow.shape,
    is_open: z.boolean(),
    footfall: z.number().int().min(0).meta({ description: 'True number of visitors' }),
    conversion_rate: z.number().min(0).max(1),
    items: z.number().int().min(0),
  })
  .meta({ id: 'TruthTransactionRow' });

const opening = z.string().nullable().meta({ description: 'HH:MM-HH:MM, null when closed' });

export const storeInfo = z
  .strictObject({
    store_id: z.number().int(),
    city_store: z.string(),
    timezone: z.string().meta({ examples: ['Europe/Paris'] }),
    coef: z.number(),
    holidays: z.string().meta({ description: 'Public-holiday calendar (closed on those days)' }),
    opening_hours: z.strictObject({
      mon: opening,
      tue: opening,
      wed: opening,
      thu: opening,
      fri: opening,
      sat: opening,
      sun: opening,
    }),
    sensor_count: z.number().int(),
  })
  .meta({ id: 'Store' });

export const sensorInfo = z
  .strictObject({ store_id: z.number().int(), sensor_id: z.number().int(), coef: z.number() })
  .meta({ id: 'Sensor' });

export const storesResponse = z.strictObject({ stores: z.array(storeInfo) });
export const storeResponse = z.strictObject({ store: storeInfo });
export const sensorsResponse = z.strictObject({ sensors: z.array(sensorInfo) });
export const visitorsResponse = z.strictObject({ rows: z.array(visitorRow) });
export const transactionsResponse = z.strictObject({ rows: z.array(transactionRow) });
export const truthVisitorsResponse = z.strictObject({ rows: z.array(truthVisitorRow) });
export const truthTransactionsResponse = z.strictObject({ rows: z.array(truthTransactionRow) });

export const seedVisitorsResponse = z.strictObject({
  message: z.string(),
  is_closed: z.boolean(),
  visiteurs: z.number().int().nullable().meta({ description: 'Sum of available readings; null if none' }),
});
export const seedTransactionsResponse = z.strictObject({
  is_closed: z.boolean(),
  transactions: z.number().int(),
  chiffre_affaires: z.number().meta({ description: 'Revenue in EUR' }),
});

export const healthResponse = z.strictObject({ status: z.literal('ok') });

export const errorResponse = z
  .strictObject({
    error: z.string().meta({ examples: ['invalid_parameter'] }),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Error' });
