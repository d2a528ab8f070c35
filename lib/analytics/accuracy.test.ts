import { describe, expect, it } from 'vitest';
import { conversionError, detection, driftLatency, errorStats, latencyDays } from './accuracy.ts';

describe('errorStats', () => {
  it('gives MAPE, bias, p95 and the signed worst error of relative errors', () => {
    const pairs = [
      { estimate: 110, truth: 100 }, // +10 %
      { estimate: 95, truth: 100 }, // -5 %
      { estimate: 100, truth: 100 }, // 0
      { estimate: 40, truth: 50 }, // -20 %
    ];
    const s = errorStats(pairs);
    expect(s.n).toBe(4);
    expect(s.mape).toBeCloseTo(0.0875, 10);
    expect(s.bias).toBeCloseTo(-0.0375, 10);
    expect(s.p95).toBeCloseTo(0.2, 10);
    expect(s.worst).toBeCloseTo(-0.2, 10);
  });

  it('takes the 95th percentile by nearest rank', () => {
    const pairs = Array.from({ length: 100 }, (_, k) => ({ estimate: 100 + k + 1, truth: 100 }));
    expect(errorStats(pairs).p95).toBeCloseTo(0.95, 10);
  });

  it('skips pairs without a positive truth and is empty without any', () => {
    expect(errorStats([{ estimate: 5, truth: 0 }])).toEqual({
      n: 0,
      mape: null,
      bias: null,
      p95: null,
      worst: null,
    });
  });
});

describe('conversionError', () => {
  it('compares transactions per estimated visitor with transactions per true visitor', () => {
    // 20 % true conversion; counting 250 visitors instead of 200 shows 16 %.
    const e = conversionError([{ transactions: 40, estimate: 250, truth: 200 }]);
    expect(e.meanAbs).toBeCloseTo(0.04, 10);
    expect(e.mape).toBeCloseTo(0.2, 10);
    expect(conversionError([{ transactions: 0, estimate: 0, truth: 0 }]).n).toBe(0);
  });
});

describe('detection', () => {
  it('counts flagged readings per fault, and false alarms on healthy open readings only', () => {
    const d = detection([
      { fault: 'spike', flagged: true, open: true },
      { fault: 'spike', flagged: false, open: true },
      { fault: 'outage', flagged: true, open: false },
      { fault: 'none', flagged: true, open: true },
      { fault: 'none', flagged: false, open: true },
      { fault: 'none', flagged: true, open: false },
    ]);
    expect(d.byFault).toEqual({ spike: { n: 2, flagged: 1 }, outage: { n: 1, flagged: 1 } });
    expect(d.falseAlarms).toEqual({ n: 2, flagged: 1 });
  });
});

describe('driftLatency', () => {
  it('counts the days the drift could be seen up to the flag, and tells missed from too short', () => {
    const week = ['2026-11-10', '2026-11-12', '2026-11-13', '2026-11-14'];
    const episodes = [
      // 11 November is a holiday: flagged on the 12th, the second day the drift could be seen.
      { days: week, flagged: '2026-11-12' },
      { days: week, flagged: '2026-11-10' },
      { days: week, flagged: null },
      { days: ['2026-11-30'], flagged: null },
    ];
    expect(latencyDays(episodes[0]!)).toBe(2);
    expect(driftLatency(episodes)).toEqual({
      episodes: 4,
      latencies: [2, 1],
      missed: 1,
      tooShort: 1,
      max: 2,
    });
  });
});
