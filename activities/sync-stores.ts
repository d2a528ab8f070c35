/**
 * Reference data: the chain's store list (names, time zones, opening hours, holiday calendar)
 * mirrored into analytics.dim_store, and each store's sensors into analytics.dim_sensor.
 */
import { z } from 'zod';
import { chunk, insertChunked, valuesPerInList } from '../lib/db/batch.ts';
import { dialectOf } from '../lib/db/connect.ts';
import { ANALYTICS, tableRef } from '../lib/db/naming.ts';
import { WEEKDAY_KEYS, parseSpan } from '../lib/analytics/opening.ts';
import type { ActivityDeps } from './deps.ts';
import { fetchJson } from './extract-hour.ts';
import { failPermanentlyOn } from './errors.ts';
import { DatasetValidationError } from '../lib/datasets.ts';

const span = z
  .string()
  .nullable()
  .refine((v) => {
    if (v === null) return true;
    try {
      parseSpan(v);
      return true;
    } catch {
      return false;
    }
  }, 'expected HH:MM-HH:MM or null');

const storesAnswer = z.object({
  stores: z
    .array(
      z.object({
        store_id: z.number().int().positive(),
        city_store: z.string().min(1),
        timezone: z.string().min(1),
        holidays: z.string().min(1),
        sensor_count: z.number().int().nonnegative(),
        opening_hours: z.object(
          Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, span])) as Record<
            (typeof WEEKDAY_KEYS)[number],
            typeof span
          >,
        ),
      }),
    )
    .min(1),
});

const sensorsAnswer = z.object({
  sensors: z.array(
    z.object({ store_id: z.number().int().positive(), sensor_id: z.number().int().positive() }),
  ),
});

/** Sensor lists fetched at once: enough to hide latency, few enough not to flood the API. */
const SENSOR_FETCHES = 8;

async function fetchSensors(apiUrl: string, storeIds: readonly number[]) {
  const out: { store_id: number; sensor_id: number }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < storeIds.length) {
      const id = storeIds[next++]!;
      const url = `${apiUrl}/v1/stores/${id}/sensors`;
      const parsed = sensorsAnswer.safeParse(await fetchJson(url));
      if (!parsed.success)
        throw new DatasetValidationError(`${url}: unexpected answer: ${parsed.error.message}`);
      for (const s of parsed.data.sensors) {
        if (s.store_id !== id) throw new DatasetValidationError(`${url}: sensor of store ${s.store_id}`);
        out.push({ store_id: s.store_id, sensor_id: s.sensor_id });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SENSOR_FETCHES, storeIds.length) }, lane));
  return out.sort((a, b) => a.store_id - b.store_id || a.sensor_id - b.sensor_id);
}

export function makeSyncStores(deps: ActivityDeps) {
  return async function syncStores(): Promise<{ stores: number; sensors: number }> {
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
      const ids = parsed.data.stores.map((s) => s.store_id);
      const table = tableRef(deps.db, 'analytics', ANALYTICS.dimStore).qualified;
      const sensorTable = tableRef(deps.db, 'analytics', ANALYTICS.dimSensor).qualified;
      // Every day's build syncs: only stores whose sensor count changed are asked for their list.
      const known = new Map(
        (
          (await deps.db(sensorTable).groupBy('store_id').select('store_id').count({ n: '*' })) as Record<
            string,
            unknown
          >[]
        ).map((r) => [Number(r.store_id), Number(r.n)]),
      );
      const changed = parsed.data.stores
        .filter((s) => known.get(s.store_id) !== s.sensor_count)
        .map((s) => s.store_id);
      const sensors = await fetchSensors(deps.apiUrl, changed);
      const updatedAt = new Date().toISOString();
      const dialect = dialectOf(deps.db);
      await deps.db.transaction(async (trx) => {
        // Upsert, not replace: a store that left the chain keeps its name for past days.
        for (const part of chunk(ids, valuesPerInList(dialect)))
          await trx(table).whereIn('store_id', part).delete();
        for (const part of chunk(changed, valuesPerInList(dialect)))
          await trx(sensorTable).whereIn('store_id', part).delete();
        await insertChunked(
          trx,
          dialect,
          table,
          parsed.data.stores.map((s) => ({
            store_id: s.store_id,
            city_store: s.city_store,
            timezone: s.timezone,
            holiday_calendar: s.holidays,
            ...Object.fromEntries(WEEKDAY_KEYS.map((k) => [`opening_${k}`, s.opening_hours[k]])),
            updated_at: updatedAt,
          })),
        );
        await insertChunked(
          trx,
          dialect,
          sensorTable,
          sensors.map((s) => ({ ...s, updated_at: updatedAt })),
        );
      });
      return { stores: parsed.data.stores.length, sensors: sensors.length };
    });
  };
}
