import { describe, expect, it } from 'vitest';
import { section, verdict, type Bench, type Run } from './report.ts';
import { parseResult, RESULT_PREFIX } from './result.ts';

const run = (value: number, load = '1.20 1.00 0.90'): Run => ({
  at: '2026-12-02T01:00:00.000Z',
  command: 'node bench/x.ts',
  seconds: 3,
  loadBefore: load,
  loadAfter: load,
  node: 'v24.0.0',
  machine: '2 x CPU, 8.0 GB',
  figures: [{ id: 'day', label: 'one day', unit: 's', value }],
});

describe('verdict', () => {
  it('judges a target at its chain size, with the load of that run', () => {
    const runs = { '10': run(2), '1000': run(25, '4.00 3.00 2.00') };
    expect(verdict({ figure: 'day', at: 1000, max: 20, text: '' }, runs)).toEqual({
      value: '25 s',
      verdict: '**gap**: 1.25x the limit (25 vs 20 s)',
      load: '4.00',
    });
    expect(verdict({ figure: 'day', at: 10, max: 20, text: '' }, runs).verdict).toBe('met');
  });

  it('says what is not measured yet', () => {
    expect(verdict({ figure: 'day', at: 1000, max: 20, text: '' }, { '10': run(2) }).verdict).toBe(
      'not measured at 1,000 stores yet',
    );
    expect(verdict({ figure: 'other', max: 1, text: '' }, { once: run(2) }).verdict).toBe('not measured yet');
  });

  it('without a size, every measured size must meet it; a zero limit gives the count', () => {
    const runs = { '10': run(0), '100': run(3) };
    expect(verdict({ figure: 'day', max: 0, text: '' }, runs).verdict).toBe(
      '**gap**: 3 instead of 0 at 100 stores',
    );
  });

  it('judges growth per x10 stores', () => {
    const runs = { '10': run(1), '100': run(9), '1000': run(120) };
    expect(verdict({ figure: 'day', maxGrowth: 10, text: '' }, runs)).toMatchObject({
      value: 'x9.0 (10 -> 100), x13.3 (100 -> 1000)',
      verdict: '**gap**: x13.3 per x10 stores',
    });
  });
});

describe('section', () => {
  const bench: Bench = {
    name: 'x',
    what: 'X',
    cases: { '10': [], '100': [], '1000': [] },
    targets: [{ figure: 'day', at: 1000, max: 20, text: '<= 20 s' }],
    details: 'docs/x.md',
  };

  it('has a column per size, the growth, and each run with its date and load', () => {
    const text = section(bench, { bench: 'x', runs: { '10': run(2), '100': run(21) } });
    expect(text).toContain(
      '| one day | 2 s | 21 s | - | x10.5 | <= 20 s | not measured at 1,000 stores yet |',
    );
    expect(text).toContain('- 10 stores: `node bench/x.ts`, 2026-12-02 01:00 UTC, 3 s, load 1.20 1.00 0.90');
    expect(text).toContain('- 1,000 stores: not run yet (`npm run bench -- --only x --sizes 1000`).');
  });
});

describe('parseResult', () => {
  it('reads the last result line and ignores the rest of the output', () => {
    const line = (value: number) =>
      `${RESULT_PREFIX}${JSON.stringify({ figures: [{ id: 'a', label: 'A', unit: '', value }] })}`;
    expect(parseResult(`table\n${line(1)}\nmore\n${line(2)}\n`)?.[0]?.value).toBe(2);
    expect(parseResult('no result here\n')).toBeUndefined();
  });
});
