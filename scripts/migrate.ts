/** `npm run migrate [-- down]`: applies (or reverts) the warehouse migrations on DATABASE_URL. */
import { loadConfig } from '../lib/config.ts';
import { connect, redact } from '../lib/db/connect.ts';
import { grantReaderLogin } from '../lib/db/reader-role.ts';
import { migrateDown, migrateLatest } from '../migrations/index.ts';

const config = loadConfig();
const db = connect(config.databaseUrl);
try {
  const direction = process.argv[2] ?? 'up';
  if (direction !== 'up' && direction !== 'down')
    throw new Error(`unknown direction "${direction}": use up or down`);
  const names = direction === 'up' ? await migrateLatest(db) : await migrateDown(db);
  // The dashboard's read-only role logs in with the password of this environment (PostgreSQL).
  if (direction === 'up' && config.databaseReaderPassword)
    await grantReaderLogin(db, config.databaseReaderPassword);
  console.log(
    `${redact(config.databaseUrl)}: ${direction} ${names.length ? names.join(', ') : '(nothing to do)'}`,
  );
} finally {
  await db.destroy();
}
