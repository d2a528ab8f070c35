import { describe, expect, it } from 'vitest';
import { UnknownStoreError, zonesOf } from './plan.ts';

describe('zonesOf', () => {
  const byZone = new Map([
    ['Europe/Paris', [1, 2]],
    ['America/New_York', [3]],
    ['Asia/Tokyo', [4, 5]],
  ]);

  it("gives the selected stores' time zones, sorted, each once", () => {
    expect(zonesOf(byZone, [5, 2, 1, 4])).toEqual(['Asia/Tokyo', 'Europe/Paris']);
  });

  it('refuses ids the chain does not have, naming them and the known ones', () => {
    expect(() => zonesOf(byZone, [2, 9])).toThrow(UnknownStoreError);
    expect(() => zonesOf(byZone, [2, 9])).toThrow("unknown store 9: the chain's stores are 1, 2, 3, 4, 5");
    expect(() => zonesOf(new Map(), [1])).toThrow('none yet (no store sync)');
  });
});
