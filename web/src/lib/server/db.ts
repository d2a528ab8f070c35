/**
 * The dashboard's single knex instance, created on first use so importing this module
 * (during the build, or for a page that fails validation) never opens a connection.
 */
import type { Knex } from 'knex';
import { ConfigError, loadConfig } from '#lib/config.ts';
import { connect, redact } from '#lib/db/connect.ts';

// Kept on globalThis so Vite's dev-mode module reloads reuse the pool instead of leaking one per edit.
const KEY = Symbol.for('datamag360.web.db');
type Holder = { [KEY]?: Knex };

export function getDb(): Knex {
  const holder = globalThis as Holder;
  let db = holder[KEY];
  if (!db) {
    const url = dashboardDatabaseUrl();
    console.info(`dashboard: reading the warehouse at ${redact(url)}`);
    db = connect(url);
    holder[KEY] = db;
    // adapter-node emits this on SIGINT/SIGTERM once requests have drained.
    process.once('sveltekit:shutdown', () => void db?.destroy());
  }
  return db;
}

/**
 * The dashboard's own database setting (WEB_DATABASE_URL, or the read-only role on
 * PostgreSQL); checked when the server starts (hooks.server.ts), so a missing password stops
 * it with the reason instead of failing every page.
 */
export function dashboardDatabaseUrl(): string {
  const web = loadConfig(process.env).webDatabase;
  if ('missing' in web) throw new ConfigError(`invalid configuration: ${web.missing}`);
  return web.url;
}
