/**
 * Tells a warehouse outage from a bug. Only the first becomes the "cannot read the warehouse"
 * page; anything else is rethrown, so SvelteKit logs it and shows its generic error instead of
 * blaming a database that is fine.
 */
import { error } from '@sveltejs/kit';
import { m } from '#web/paraglide/messages.js';

// Socket errors of the drivers; SQLite's file and lock errors; PostgreSQL SQLSTATE classes for
// connections (08), authorisation (28), resources (53), operator intervention (57) and a
// missing relation or schema (42P01, 3F000: migrations have not run). A bad column or syntax
// (SQLITE_ERROR in general, 42703, 42601) is a bug in the query, not an outage.
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
const SQLITE_OUTAGE = /^SQLITE_(CANTOPEN|BUSY|LOCKED|IOERR|CORRUPT|NOTADB|READONLY|FULL)/;
const PG_OUTAGE = /^(08|28|53|57)|^42P01$|^3F000$/;

export function isWarehouseError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === 'KnexTimeoutError' || e.name === 'AggregateError') return true;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  if (code === 'SQLITE_ERROR') return /no such table/.test(e.message);
  return NETWORK.has(code) || SQLITE_OUTAGE.test(code) || PG_OUTAGE.test(code);
}

/** Runs a page's reads; an outage becomes a 503 with a plain message, the reason goes to the log. */
export async function readWarehouse<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (!isWarehouseError(e)) throw e;
    console.error(`dashboard: cannot read the warehouse (${what}): ${(e as Error).message}`);
    error(503, m.outage());
  }
}
