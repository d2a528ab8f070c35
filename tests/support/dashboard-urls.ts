/**
 * Dashboard URLs for fuzzing (issue 12: the dashboard's URL parameters, zero 5xx): every route
 * with any mix of its filter parameters, each given a valid, a near-valid or a hostile value.
 */
import fc from 'fast-check';
import { STORE_DATASETS } from '../../web/src/lib/server/csv.ts';

/** Values close to what the filters accept, where off-by-one and parsing mistakes hide. */
const NEAR_DATES = [
  '2026-11-23',
  '2026-11-22',
  '2026-02-29',
  '2026-02-30',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '1970-01-01',
  '0001-01-01',
  '9999-12-31',
  '275760-09-13',
  '2026-11-23T10:00:00Z',
  '2026-11-23 ',
  '20261123',
  '-2026-11-23',
];
const NEAR_NUMBERS = [
  '0',
  '1',
  '2',
  '-1',
  '23',
  '24',
  '25',
  '99',
  '1e3',
  '0x10',
  '1.5',
  'NaN',
  'Infinity',
  '2147483648',
];
const HOSTILE = [
  '',
  ' ',
  "' or 1=1 --",
  '"; drop table analytics.store_daily; --',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'x'.repeat(5_000),
];
const WORDS = ['visitors', 'conversion', 'revenue', 'store', 'asc', 'desc', 'fr', 'en', 'de', '1', 'true'];

const value = fc.oneof(
  fc.constantFrom(...NEAR_DATES, ...NEAR_NUMBERS, ...HOSTILE, ...WORDS),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 40, unit: 'binary' }),
);

/** Every parameter a page reads (web/src/lib/filters.ts, the load functions, the locale hook). */
const KEYS = ['store', 'date', 'from', 'to', 'hf', 'ht', 'sensor', 'heat', 'sort', 'dir', 'all', 'lang'];

const query = fc.array(fc.tuple(fc.constantFrom(...KEYS, 'unknown'), value), { maxLength: 8 });

const storeId = fc.oneof(fc.constantFrom('1', '2', '3', '0', '999999'), value);

/** A path of the dashboard: every route, the store's id and the CSV's dataset fuzzed too. */
const route = fc.oneof(
  fc.constantFrom('/', '/quality', '/pipeline', '/store'),
  storeId.map((id) => `/store/${encodeURIComponent(id)}`),
  fc
    .tuple(storeId, fc.constantFrom(...STORE_DATASETS, 'x'))
    .map(([id, dataset]) => `/store/${encodeURIComponent(id)}/csv/${dataset}`),
  storeId.map((id) => `/store/${encodeURIComponent(id)}/staffing`),
);

/** A dashboard URL path with its query string. */
export const dashboardUrl = fc.tuple(route, query).map(([p, q]) => {
  const search = new URLSearchParams(q).toString();
  return search ? `${p}?${search}` : p;
});
