/**
 * The dashboard's single knex instance, created on first use so importing this module
 * (during the build, or for a page that fails validation) never opens a connection.
 */
import path from 'node:path';
import type { Knex } from 'knex';
import { DEFAULT_SQLITE_FILE, PROJECT_ROOT, loadConfig } from '../../../../lib/config.ts';
import { connect, redact } from '../../../../lib/db/connect.ts';

// Kept on globalThis so Vite's dev-mode module reloads reuse the pool instead of leaking one per edit.
const KEY = Symbol.for('datamag360.web.db');
type Holder = { [KEY]?: Knex };

function databaseUrl(): string {
  const config = loadConfig(process.env);
  // lib/config.ts finds the repo root from its own file, which is web/build/... once bundled;
  // the built server is started from the repo root, so resolve the default file from the cwd.
  if (config.embeddedDatabase && import.meta.env.PROD) {
    return `sqlite:${path.resolve(path.relative(PROJECT_ROOT, DEFAULT_SQLITE_FILE))}`;
  }
  return config.databaseUrl;
}

export function getDb(): Knex {
  const holder = globalThis as Holder;
  let db = holder[KEY];
  if (!db) {
    const url = databaseUrl();
    console.info(`dashboard: reading the warehouse at ${redact(url)}`);
    db = connect(url);
    holder[KEY] = db;
    // adapter-node emits this on SIGINT/SIGTERM once requests have drained.
    process.once('sveltekit:shutdown', () => void db?.destroy());
  }
  return db;
}
