/**
 * The store chains: the original's 10 stores (reference/) and a chain across three time zones
 * (reference/world/), with their sensors, each store's time zone, opening hours and holiday
 * calendar, all read at module load (the only I/O of the model). `generateChain` builds a
 * synthetic chain of any size for scale tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SimulatorChain } from '../../lib/config.ts';
import { checkWholeHourZone } from '../../lib/time.ts';
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
  /** Holiday calendar id from reference/holidays_*.csv ("fr", "fr-alsace-moselle", "us", "jp"). */
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

/**
 * Checks what would otherwise fail on the first request: a known holiday calendar, a time
 * zone with whole-hour offsets over the calendar's years, and store names unique regardless
 * of case (the seed routes look stores up by name).
 */
function checkStores(stores: readonly Omit<Store, 'sensorCoefSum'>[]): void {
  const zones = new Set<string>();
  const names = new Set<string>();
  for (const s of stores) {
    const calendar = HOLIDAY_CALENDARS.get(s.holidays);
    if (!calendar) {
      throw new Error(
        `store ${s.store_id}: unknown holiday calendar "${s.holidays}" (known: ${[...HOLIDAY_CALENDARS.keys()].join(', ')})`,
      );
    }
    const key = `${s.timezone} ${calendar.first} ${calendar.last}`;
    if (!zones.has(key)) {
      zones.add(key);
      try {
        checkWholeHourZone(s.timezone, calendar.first, calendar.last);
      } catch (err) {
        throw new Error(`store ${s.store_id}: ${(err as Error).message}`, { cause: err });
      }
    }
    const name = s.city_store.toLowerCase();
    if (names.has(name)) throw new Error(`store ${s.store_id}: another store is named "${s.city_store}"`);
    names.add(name);
  }
}

export function buildChain(stores: Omit<Store, 'sensorCoefSum'>[]): Chain {
  checkStores(stores);
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

/** A chain from the three files of a folder of reference/ ('' for the original chain). */
function loadChain(dir: string): Chain {
  const file = (name: string) => path.join(dir, name);
  const profiles = new Map(readCsv(file('store_profiles.csv')).map((p) => [num(p.store_id, 'store_id'), p]));
  const sensors = readCsv(file('sensors.csv')).map((r) => ({
    store_id: num(r.store_id, 'sensors.csv store_id'),
    sensor_id: num(r.sensor_id, 'sensors.csv sensor_id'),
    coef: num(r.coef, 'sensors.csv coef'),
  }));
  return buildChain(
    readCsv(file('stores.csv')).map((r) => {
      const store_id = num(r.store_id, 'stores.csv store_id');
      const profile = profiles.get(store_id);
      if (!profile)
        throw new Error(`reference/${file('store_profiles.csv')}: no profile for store ${store_id}`);
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

export interface HolidayCalendar {
  dates: ReadonlySet<string>;
  /** Name of each holiday date, in the country's language. */
  names: ReadonlyMap<string, string>;
  /** Years the calendar lists holidays for; the model refuses local dates outside. */
  first: number;
  last: number;
}

/**
 * Every reference/holidays_<country>.csv: calendar <country> is national, and calendars
 * <country>-<region> in the same file add local days to it (fr-alsace-moselle: Good Friday
 * and 26 December). A file covers the years its national calendar lists, with no gap.
 */
function loadHolidays(): ReadonlyMap<string, HolidayCalendar> {
  const calendars = new Map<string, HolidayCalendar>();
  const files = readdirSync(REFERENCE_DIR)
    .filter((f) => /^holidays_[a-z]+\.csv$/.test(f))
    .sort();
  for (const file of files) {
    const country = file.slice('holidays_'.length, -'.csv'.length);
    const byCalendar = new Map<string, Set<string>>([[country, new Set()]]);
    const names = new Map<string, string>();
    for (const row of readCsv(file)) {
      const id = row.calendar!;
      if (id !== country && !id.startsWith(`${country}-`)) {
        throw new Error(`reference/${file}: calendar "${id}" is neither ${country} nor ${country}-<region>`);
      }
      const set = byCalendar.get(id) ?? new Set<string>();
      set.add(row.date!);
      byCalendar.set(id, set);
      names.set(row.date!, row.name!);
    }
    const national = byCalendar.get(country)!;
    const years = new Set([...national].map((d) => Number(d.slice(0, 4))));
    if (years.size === 0) throw new Error(`reference/${file}: no ${country} holidays`);
    const first = Math.min(...years);
    const last = Math.max(...years);
    for (let y = first; y <= last; y++) {
      if (!years.has(y)) throw new Error(`reference/${file}: no ${country} holidays in ${y}`);
    }
    for (const [id, set] of byCalendar) {
      if (id !== country) for (const d of national) set.add(d);
      calendars.set(id, { dates: set, names, first, last });
    }
  }
  return calendars;
}

export const HOLIDAY_CALENDARS: ReadonlyMap<string, HolidayCalendar> = loadHolidays();
export const REFERENCE_CHAIN: Chain = loadChain('');
/** Eight stores in Europe/Paris, America/New_York and Asia/Tokyo, each with its own hours. */
export const WORLD_CHAIN: Chain = loadChain('world');
export const CHAINS: Readonly<Record<SimulatorChain, Chain>> = {
  reference: REFERENCE_CHAIN,
  world: WORLD_CHAIN,
};

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
