import { describe, expect, it } from 'vitest';
import { chunk, idRanges, rowsPerInsert, valuesPerInList } from './batch.ts';

describe('rowsPerInsert', () => {
  it('keeps rows x columns under each dialect parameter limit', () => {
    expect(rowsPerInsert('mssql', 11) * 11).toBeLessThanOrEqual(2100);
    expect(rowsPerInsert('mssql', 11)).toBe(181);
    expect(rowsPerInsert('pg', 11) * 11).toBeLessThanOrEqual(65_535);
    expect(rowsPerInsert('sqlite', 11) * 11).toBeLessThanOrEqual(32_766);
    expect(rowsPerInsert('mssql', 5000)).toBe(1);
    expect(rowsPerInsert('sqlite', 11)).toBe(2909);
  });

  it('keeps SQL Server VALUES lists at 1,000 rows at most', () => {
    expect(rowsPerInsert('mssql', 1)).toBe(1000);
    expect(rowsPerInsert('pg', 1)).toBe(60_000);
    expect(() => rowsPerInsert('pg', 0)).toThrow();
  });
});

describe('valuesPerInList', () => {
  it('allows one parameter per value under the statement limit', () => {
    expect(valuesPerInList('mssql')).toBeLessThanOrEqual(2100);
    expect(valuesPerInList('sqlite')).toBeLessThanOrEqual(32_766);
  });
});

describe('chunk', () => {
  it('splits without losing or repeating items', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });
});

describe('idRanges', () => {
  it('splits sorted ids into ranges of size ids that cover every number', () => {
    expect(idRanges([5, 1, 3, 2, 4], 2)).toEqual([
      { from: null, to: 3 },
      { from: 3, to: 5 },
      { from: 5, to: null },
    ]);
    expect(idRanges([1, 2], 5)).toEqual([{ from: null, to: null }]);
  });

  it('gives one unbounded range without ids, and refuses an empty size', () => {
    expect(idRanges([], 100)).toEqual([{ from: null, to: null }]);
    expect(() => idRanges([1], 0)).toThrow();
  });

  it('counts repeated ids once', () => {
    expect(idRanges([1, 1, 2, 2], 1)).toEqual([
      { from: null, to: 2 },
      { from: 2, to: null },
    ]);
  });
});
