import { describe, expect, it } from 'vitest';
import { daySlots, hourSlots, place } from './slots.ts';

describe('chart slots', () => {
  it('gives every day of the range a slot and places values on theirs', () => {
    const s = daySlots('2026-11-20', '2026-11-23');
    expect(s.keys).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(
      place(s, [
        { key: '2026-11-23', value: 3 },
        { key: '2026-11-21', value: 1 },
        { key: '2026-12-01', value: 9 },
      ]),
    ).toEqual([
      { index: 1, key: '2026-11-21', value: 1 },
      { index: 3, key: '2026-11-23', value: 3 },
    ]);
  });

  it('spans the hours from the first key to the last, gaps included', () => {
    const s = hourSlots(['2026-11-20T10:00:00Z', '2026-11-20T08:00:00Z']);
    expect(s.keys).toEqual(['2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z', '2026-11-20T10:00:00Z']);
    expect(hourSlots([]).keys).toEqual([]);
  });
});
