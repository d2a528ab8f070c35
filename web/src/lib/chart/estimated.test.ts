import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '#web/paraglide/runtime.js';
import { formatPercent, setLocaleSource } from '../format.ts';
import { estimatedNote, estimatedShareOf } from './estimated.ts';

// The messages and numbers below are the English ones; French is the default (web/messages).
overwriteGetLocale(() => 'en');
setLocaleSource(() => 'en');

describe('estimated visitors in the charts', () => {
  it("shares all the points' visitors, weighted by their counts; none without visitors", () => {
    const points = [
      { visitors: 100, visitorsMeasured: 100 },
      { visitors: 300, visitorsMeasured: 200 },
    ];
    expect(estimatedShareOf(points)).toBeCloseTo(0.25, 12);
    expect(estimatedShareOf([])).toBeNull();
    expect(estimatedShareOf([{ visitors: 0, visitorsMeasured: 0 }])).toBeNull();
  });

  it('notes a partly estimated point after its figure, and says nothing of a measured one', () => {
    expect(estimatedNote({ visitors: 200, visitorsMeasured: 150 })).toBe(
      `, of which ${formatPercent(0.25)} estimated (imputed or corrected)`,
    );
    expect(estimatedNote({ visitors: 200, visitorsMeasured: 200 })).toBe('');
    expect(estimatedNote({ visitors: 0, visitorsMeasured: 0 })).toBe('');
  });
});
