/**
 * Synthetic lake rows for tests and benchmarks that must not depend on the simulator:
 * deterministic, with some null readings, shaped like the API's answers.
 */
import type { VisitorRow } from '../../lib/datasets.ts';
import { toLocal } from '../../lib/time.ts';

export function syntheticVisitorRows(hourUtc: string, stores: number, sensors: number): VisitorRow[] {
  const { localDate, localHour } = toLocal(hourUtc, 'Europe/Paris');
  const rows: VisitorRow[] = [];
  for (let s = 1; s <= stores; s++) {
    for (let k = 1; k <= sensors; k++) {
      const visitors = (s * 31 + k * 7 + localHour) % 13 === 0 ? null : (s * 17 + k * 3 + localHour) % 120;
      rows.push({
        store_id: s,
        sensor_id: s * 100 + k,
        hour_utc: hourUtc,
        local_date: localDate,
        local_hour: localHour,
        visitors,
      });
    }
  }
  return rows;
}
