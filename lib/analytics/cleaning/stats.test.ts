import { describe, expect, it } from 'vitest';
import { median, medianWithout, rankValues, robustSd } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('robustSd', () => {
  it('ignores a gross outlier that would dominate a standard deviation', () => {
    expect(robustSd([10, 11, 9, 10, 1000])).toBeCloseTo(1.4826, 4);
    expect(robustSd([5, 5, 5])).toBe(0);
    expect(robustSd([])).toBeNull();
  });
});

describe('medianWithout', () => {
  it('equals the median of the other values, for every value left out', () => {
    const values = [5, null, 1, 9, 3, 3, 12];
    const ranked = rankValues(values);
    values.forEach((_, i) => {
      const others = values.filter((v, j) => j !== i && v !== null) as number[];
      expect(medianWithout(ranked, i)).toBe(median(others));
    });
  });

  it('is null when nothing is left', () => {
    expect(medianWithout(rankValues([4]), 0)).toBeNull();
    expect(medianWithout(rankValues([null, null]), 0)).toBeNull();
  });
});
