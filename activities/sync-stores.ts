/** Reference data: the chain's store list (names, time zones) mirrored into analytics.dim_store. */
import { z } from 'zod';
import { chunk, insertChunked, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import type { ActivityDeps } from './deps.ts';
import { fetchJson } from './extract-hour.ts';
import { failPermanentlyOn } from './errors.ts';
import { DatasetValidationError } from '../lib/datasets.ts';

const storesAnswer = z.object({
  stores: z
    .array(
      z.object({
        store_id: z.number().int().positive(),
        city_store: z.string().min(1),
        timezone: z.string().min(1),
      }),
    )
    .min(1),
});

export function makeSyncStores(deps: ActivityDeps) {
  return async function syncStores(): Promise<{ stores: number }> {
    return failPermanentlyOn(async () => {
      const url = `${deps.apiUrl}/v1/stores`;
      const parsed = storesAnswer.safeParse(await fetchJson(url));
      if (!parsed.success)
        throw new DatasetValidationError(`${url}: unexpected answer: ${parsed.error.message}`);
      for (const s of parsed.data.stores) {
        try {
          new Intl.DateTimeFormat('en', { timeZone: s.timezone });
        } catch {
          throw new DatasetValidationError(
            `${url}: store ${s.store_id} has unknown time zone "${s.timezone}"`,
          );
        }
      }
      const table = tableRef(deps.db, 'analytics', ANALYTICS.dimStore).qualified;
      const updatedAt = new Date().toISOString();
      const dialect = dialectOf(deps.db);
      await deps.db.transaction(async (trx) => {
        // Upsert, not replace: a store that left the chain keeps its name for past days.
        const ids = parsed.data.stores.map((s) => s.store_id);
        for (const part of chunk(ids, valuesPerInList(dialect)))
          await trx(table).whereIn('store_id', part).delete();
        await insertChunked(
          trx,
          dialect,
          table,
          parsed.data.stores.map((s) => ({
            store_id: s.store_id,
            city_store: s.city_store,
            timezone: s.timezone,
            updated_at: updatedAt,
          })),
        );
      });
      return { stores: parsed.data.stores.length };
    });
  };
}
