/** Places keyed values on a chart's x axis: one slot per day of a range, or per UTC hour. */
import { datesInRange, HOUR_MS } from '#lib/time.ts';
import type { ValuePoint } from './types.ts';

export interface Slots {
  keys: string[];
  index: Map<string, number>;
}

function slotsOf(keys: string[]): Slots {
  return { keys, index: new Map(keys.map((k, i) => [k, i])) };
}

/** Every day of the range, so a day without data is a gap, not a closed-up axis. */
export function daySlots(from: string, to: string): Slots {
  return slotsOf(datesInRange(from, to));
}

/** Every UTC hour from the earliest key to the latest. */
export function hourSlots(hourKeys: readonly string[]): Slots {
  if (hourKeys.length === 0) return slotsOf([]);
  const ms = hourKeys.map((k) => Date.parse(k));
  const keys: string[] = [];
  for (let t = Math.min(...ms); t <= Math.max(...ms); t += HOUR_MS) {
    keys.push(new Date(t).toISOString().replace('.000Z', 'Z'));
  }
  return slotsOf(keys);
}

/** The values whose key has a slot, in slot order. */
export function place(
  slots: Slots,
  items: readonly { key: string; value: number; estimated?: boolean; note?: string }[],
): ValuePoint[] {
  return items
    .flatMap((it) => {
      const index = slots.index.get(it.key);
      return index === undefined ? [] : [{ ...it, index }];
    })
    .sort((a, b) => a.index - b.index);
}
