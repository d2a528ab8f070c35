/**
 * The dashboard's read-only role on PostgreSQL (migration 20261201000500_reader_role): it
 * reads every analytics table and view the pages need, and can neither write there nor read
 * raw. Connected the way the dashboard connects (lib/config.ts -> web/src/lib/server/db.ts).
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { connect } from '../../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../../lib/db/naming.ts';
import { grantReaderLogin } from '../../lib/db/reader-role.ts';
import { READER_ROLE } from '../../lib/db/reader-url.ts';
import { readChainPage } from '../../web/src/lib/server/chain-page.ts';
import { pipelineHealth } from '../../web/src/lib/server/pipeline.ts';
import { sensorQuality } from '../../web/src/lib/server/sensors.ts';
import { freshWarehouse, testDatabases } from '../support/databases.ts';

const pg = testDatabases().find((d) => d.name === 'postgres');
// A fixed test password: the role is the cluster's, and only this test logs in with it.
const PASSWORD = 'reader-test-password'; // pragma: allowlist secret

describe.skipIf(pg === undefined)('the dashboard read-only role on PostgreSQL', () => {
  let owner: Knex;
  let reader: Knex;

  beforeAll(async () => {
    owner = await freshWarehouse(pg!.url);
    await grantReaderLogin(owner, PASSWORD);
    await owner(tableRef(owner, 'analytics', ANALYTICS.storeDaily).qualified).insert({
      store_id: 1,
      local_date: '2026-11-22',
      visitors: 100,
      visitors_measured: 90,
      imputed_share: 0.1,
      transactions: 20,
      revenue: 400,
      conversion_rate: 0.2,
      avg_basket: 20,
      sales_per_visitor: 4,
      hours_loaded: 24,
      hours_expected: 24,
      readings: 192,
      readings_missing: 0,
      built_at: '2026-11-23T03:00:00Z',
    });
    const config = loadConfig({ DATABASE_URL: pg!.url, DATABASE_READER_PASSWORD: PASSWORD });
    if (!('url' in config.webDatabase)) throw new Error(config.webDatabase.missing);
    expect(new URL(config.webDatabase.url).username).toBe(READER_ROLE);
    reader = connect(config.webDatabase.url);
  }, 120_000);

  afterAll(async () => {
    await reader?.destroy();
    await owner?.destroy();
  });

  it('reads the analytics tables and views the pages use', async () => {
    const page = await readChainPage(reader, new URLSearchParams({ from: '2026-11-22', to: '2026-11-22' }));
    expect(page.kind === 'view' && page.comparison.now.visitors).toBe(100);
    expect(await sensorQuality(reader, '2026-11-22', '2026-11-22')).toEqual([]);
    expect((await pipelineHealth(reader, Date.parse('2026-11-23T10:00:00Z'))).recorded).toBe(false);
  });

  it('cannot write to analytics nor read raw', async () => {
    const daily = tableRef(reader, 'analytics', ANALYTICS.storeDaily).qualified;
    const denied = (p: Promise<unknown>) =>
      p.then(
        () => 'allowed',
        (e: { code?: string }) => e.code,
      );
    // 42501: insufficient_privilege.
    expect(await denied(reader(daily).where({ store_id: 1 }).update({ visitors: 1 }))).toBe('42501');
    expect(await denied(reader(daily).where({ store_id: 1 }).delete())).toBe('42501');
    expect(await denied(reader.raw('create table analytics.intruder (id int)'))).toBe('42501');
    expect(await denied(reader('raw.visitors').count({ n: '*' }))).toBe('42501');
    expect(await denied(reader('raw.ingestion_log').count({ n: '*' }))).toBe('42501');
    const [row] = await owner(daily).select('visitors');
    expect(row.visitors).toBe(100);
  });

  it('has no database setting on PostgreSQL without the reader password, and says why', () => {
    const config = loadConfig({ DATABASE_URL: pg!.url });
    expect(config.webDatabase).toEqual({ missing: expect.stringContaining('DATABASE_READER_PASSWORD') });
    expect(loadConfig({ DATABASE_URL: pg!.url, WEB_DATABASE_URL: 'postgres://x@h/db' }).webDatabase).toEqual({
      url: 'postgres://x@h/db',
    });
  });
});
