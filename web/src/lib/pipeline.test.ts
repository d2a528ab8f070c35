import { describe, expect, it } from 'vitest';
import { firstLine } from './pipeline.ts';

describe('firstLine', () => {
  it('keeps the first line of an error and cuts it with an ellipsis', () => {
    expect(firstLine('loading x failed: boom\n    at load (activities/load-hour.ts:80:13)')).toBe(
      'loading x failed: boom',
    );
    const long = firstLine('x'.repeat(300), 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
    expect(firstLine('short', 20)).toBe('short');
  });

  it('says so when the log holds no message', () => {
    expect(firstLine(null)).toBe('No error message recorded');
    expect(firstLine('\n  at somewhere')).toBe('No error message recorded');
  });
});
