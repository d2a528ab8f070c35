/**
 * Where the dashboard reads the warehouse (issue 10, Safety): WEB_DATABASE_URL when given;
 * on PostgreSQL otherwise DATABASE_URL as the read-only role datamag_reader with
 * DATABASE_READER_PASSWORD; SQLite has no roles, so the same file. No imports: lib/config.ts
 * resolves it at start-up.
 */
export const READER_ROLE = 'datamag_reader';

export type WebDatabase = { url: string } | { missing: string };

export function webDatabase(databaseUrl: string, webUrl?: string, readerPassword?: string): WebDatabase {
  if (webUrl !== undefined) return { url: webUrl };
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return { url: databaseUrl };
  if (readerPassword === undefined) {
    return {
      missing:
        `the dashboard reads PostgreSQL as the read-only role ${READER_ROLE}: set DATABASE_READER_PASSWORD ` +
        '(npm run migrate and npm start give the role that password) or WEB_DATABASE_URL',
    };
  }
  const url = new URL(databaseUrl);
  url.username = READER_ROLE;
  url.password = readerPassword;
  return { url: url.toString() };
}
