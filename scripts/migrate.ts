/** `npm run migrate [-- down]`: applies (or reverts) the warehouse migrations on DATABASE_URL. */
import { loadConfig } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const direction = process.argv[2] ?? 'up';
  if (direction !== 'up' && direction !== 'down')
    throw new Error(`unknown direction "${direction}": use up or down`);
  const names = direction === 'up' ? await migrateLatest(db) : await migrateDown(db);
  console.log(
    `${redact(config.databaseUrl)}: ${direction} ${names.length ? names.join(', ') : '(nothing to do)'}`,
  );
} finally {
  await db.destroy();
}
