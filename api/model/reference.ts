/**
 * The store chain: the original's 10 stores and their sensors, plus each store's time zone,
 * opening hours and holiday calendar, all read from reference/ at module load (the only I/O
 * of the model). `generateChain` builds a synthetic chain of any size for scale tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashKey } from './random.ts';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reference');

/** Opening span of one weekday in local minutes since midnight: [open, close). */
export interface OpeningSpan {
  open: number;
  close: number;
}

export interface Sensor {
  store_id: number;
  sensor_id: number;
  coef: number;
}

export interface Store {
  store_id: number;
  city_store: string;
  coef: number;
  timezone: string;
  /** Holiday calendar id from reference/holidays_fr.csv ("fr" or "fr-alsace-moselle"). */
  holidays: string;
  /** Index 0 = Monday ... 6 = Sunday; null = closed that weekday. */
  opening: readonly (OpeningSpan | null)[];
  /** Sorted by sensor_id. */
  sensors: readonly Sensor[];
  sensorCoefSum: number;
}

export interface Chain {
  /** Sorted by store_id. */
  stores: readonly Store[];
  byId: ReadonlyMap<number, Store>;
  byName: ReadonlyMap<string, Store>;
}

export const WEEKDAY_COLUMNS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DEFAULT_OPENING = '09:00-20:00';

function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new Error(`reference/${file} line ${i + 2}: expected ${header.length} columns`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j]!.trim()]));
  });
}

function num(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) throw new Error(`reference: bad ${what}`);
  return n;
}

/** Parses "09:00-20:00" or "closed". */
export function parseOpening(text: string): OpeningSpan | null {
  if (text === 'closed') return null;
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`reference: bad opening hours "${text}" (expected HH:MM-HH:MM or closed)`);
  const open = Number(m[1]) * 60 + Number(m[2]);
  const close = Number(m[3]) * 60 + Number(m[4]);
  if (!(open < close && close <= 24 * 60)) throw new Error(`reference: bad opening hours "${text}"`);
  return { open, close };
}

export function formatOpening(span: OpeningSpan | null): string | null {
  if (!span) return null;
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(span.open)}-${hhmm(span.close)}`;
}

export function buildChain(stores: Omit<Store, 'sensorCoefSum'>[]): Chain {
  const sorted = stores
    .map((s) => {
      const sensors = [...s.sensors].sort((a, b) => a.sensor_id - b.sensor_id);
      return { ...s, sensors, sensorCoefSum: sensors.reduce((sum, x) => sum + x.coef, 0) };
    })
    .sort((a, b) => a.store_id - b.store_id);
  return {
    stores: sorted,
    byId: new Map(sorted.map((s) => [s.store_id, s])),
    byName: new Map(sorted.map((s) => [s.city_store.toLowerCase(), s])),
  };
}

function loadReferenceChain(): Chain {
  const profiles = new Map(readCsv('store_profiles.csv').map((p) => [num(p.store_id, 'store_id'), p]));
  const sensors = readCsv('sensors.csv').map((r) => ({
    store_id: num(r.store_id, 'sensors.csv store_id'),
    sensor_id: num(r.sensor_id, 'sensors.csv sensor_id'),
    coef: num(r.coef, 'sensors.csv coef'),
  }));
  return buildChain(
    readCsv('stores.csv').map((r) => {
      const store_id = num(r.store_id, 'stores.csv store_id');
      const profile = profiles.get(store_id);
      if (!profile) throw new Error(`reference/store_profiles.csv: no profile for store ${store_id}`);
      return {
        store_id,
        city_store: r.city_store!,
        coef: num(r.coef, 'stores.csv coef'),
        timezone: profile.timezone!,
        holidays: profile.holidays!,
        opening: WEEKDAY_COLUMNS.map((d) => parseOpening(profile[d]!)),
        sensors: sensors.filter((s) => s.store_id === store_id),
      };
    }),
  );
}

function loadHolidays(): ReadonlyMap<string, ReadonlySet<string>> {
  // Calendar "fr" is national; "fr-alsace-moselle" adds two local days to it.
  const byCalendar = new Map<string, Set<string>>();
  for (const row of readCsv('holidays_fr.csv')) {
    const set = byCalendar.get(row.calendar!) ?? new Set<string>();
    set.add(row.date!);
    byCalendar.set(row.calendar!, set);
  }
  const national = byCalendar.get('fr') ?? new Set<string>();
  for (const [id, set] of byCalendar) if (id !== 'fr') for (const d of national) set.add(d);
  return byCalendar;
}

export const REFERENCE_CHAIN: Chain = loadReferenceChain();
export const HOLIDAYS: ReadonlyMap<string, ReadonlySet<string>> = loadHolidays();
/** Holidays are listed for these years only; the model refuses local dates outside. */
export const HOLIDAY_YEARS = (() => {
  const years = [...HOLIDAYS.get('fr')!].map((d) => Number(d.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
})();

export interface ChainSize {
  stores: number;
  sensorsPerStore: number;
}

/**
 * A synthetic chain for scale tests: store and sensor coefficients drawn like the
 * reference ones (stores 0.9-1.5, sensors 0.8-1.2), default opening hours, Paris time.
 */
export function generateChain({ stores, sensorsPerStore }: ChainSize): Chain {
  if (!Number.isInteger(stores) || stores < 1 || stores > 100_000) {
    throw new RangeError('stores must be an integer between 1 and 100000');
  }
  if (!Number.isInteger(sensorsPerStore) || sensorsPerStore < 1 || sensorsPerStore > 100) {
    throw new RangeError('sensorsPerStore must be an integer between 1 and 100');
  }
  const weekday = parseOpening(DEFAULT_OPENING);
  const opening = [weekday, weekday, weekday, weekday, weekday, weekday, null];
  const coef = (parts: (string | number)[], min: number, max: number) =>
    Math.round((min + ((max - min) * hashKey(parts)) / 4294967296) * 100) / 100;
  return buildChain(
    Array.from({ length: stores }, (_, i) => {
      const store_id = i + 1;
      return {
        store_id,
        city_store: `Store ${String(store_id).padStart(5, '0')}`,
        coef: coef(['chain-store', store_id], 0.9, 1.5),
        timezone: 'Europe/Paris',
        holidays: 'fr',
        opening,
        sensors: Array.from({ length: sensorsPerStore }, (_, j) => ({
          store_id,
          sensor_id: j + 1,
          coef: coef(['chain-sensor', store_id, j + 1], 0.8, 1.2),
        })),
      };
    }),
  );
}
