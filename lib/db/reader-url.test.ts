import { describe, expect, it } from 'vitest';
import { READER_ROLE, webDatabase } from './reader-url.ts';

describe("the dashboard's database setting", () => {
  it('prefers WEB_DATABASE_URL, and reads SQLite from the same file', () => {
    expect(webDatabase('sqlite:.data/w.sqlite', 'postgres://r@h/db')).toEqual({ url: 'postgres://r@h/db' });
    expect(webDatabase('sqlite:.data/w.sqlite')).toEqual({ url: 'sqlite:.data/w.sqlite' });
  });

  it('on PostgreSQL, logs in as the read-only role with its password, escaped in the URL', () => {
    const web = webDatabase(
      'postgres://owner:secret@db.example:5432/dm?sslmode=require', // pragma: allowlist secret
      undefined,
      'p@ss/w',
    );
    if (!('url' in web)) throw new Error(web.missing);
    const url = new URL(web.url);
    expect([url.username, decodeURIComponent(url.password), url.host, url.pathname, url.search]).toEqual([
      READER_ROLE,
      'p@ss/w',
      'db.example:5432',
      '/dm',
      '?sslmode=require',
    ]);
  });

  it('on PostgreSQL without the password, says what to set instead of reading as the owner', () => {
    expect(webDatabase('postgres://owner@h/db')).toEqual({
      missing: expect.stringMatching(/DATABASE_READER_PASSWORD.*WEB_DATABASE_URL/),
    });
  });
});
