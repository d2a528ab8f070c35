import { describe, expect, it } from 'vitest';
import {
  chunk,
  idRanges,
  insertChunked,
  queryInChunks,
  rowWriter,
  rowsPerInsert,
  valuesPerInList,
} from './batch.ts';
import { connect } from './connect.ts';

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

describe('queryInChunks', () => {
  it('concatenates the chunks in order', async () => {
    const rows = await queryInChunks([1, 2, 3, 4, 5], 2, async (part) => part.map((v) => v * 10));
    expect(rows).toEqual([10, 20, 30, 40, 50]);
  });

  it('returns more rows than a call may take arguments (push(...rows) overflowed the stack)', async () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    const rows = await queryInChunks(['all'], 1, async () => many);
    expect(rows.length).toBe(many.length);
    expect(rows[many.length - 1]).toBe(many.length - 1);
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

describe('insertChunked on SQLite', () => {
  it('writes every row, in several statements, with the values bound as knex would', async () => {
    const db = connect('sqlite::memory:');
    try {
      await db.schema.createTable('t', (t) => {
        t.integer('id');
        t.double('x');
        t.string('s');
        t.boolean('b');
        t.string('lineage');
      });
      // More rows than one statement takes (32,000 parameters / 5 columns).
      const rows = Array.from({ length: 7000 }, (_, i) => ({
        id: i,
        x: i % 3 === 0 ? null : Math.sqrt(i) / 7,
        s: i % 5 === 0 ? undefined : `it's "${i}"`,
        b: i % 2 === 0,
      }));
      await insertChunked(db, 'sqlite', 't', rows, { lineage: 'run-1' });
      const found = (await db('t').orderBy('id')) as Record<string, unknown>[];
      expect(found).toHaveLength(rows.length);
      for (const [i, r] of found.entries())
        expect(r).toEqual({
          id: i,
          x: rows[i]!.x,
          s: rows[i]!.s ?? null,
          b: rows[i]!.b ? 1 : 0,
          lineage: 'run-1',
        });
      expect(await db.raw("select count(*) as n from t where typeof(id) <> 'integer'")).toEqual([{ n: 0 }]);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a value JSON cannot carry rather than storing another', async () => {
    const db = connect('sqlite::memory:');
    try {
      await db.schema.createTable('t', (t) => t.double('x'));
      await expect(insertChunked(db, 'sqlite', 't', [{ x: 1 }, { x: Number.NaN }])).rejects.toThrow(
        'cannot insert NaN',
      );
      expect(await db('t')).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

describe('rowWriter', () => {
  it('inserts one statement per full buffer and the rest on flush, rows in order', async () => {
    const db = connect('sqlite::memory:');
    try {
      await db.schema.createTable('t', (t) => {
        t.integer('id');
        t.string('lineage');
      });
      const statements: string[] = [];
      db.on('query', (q: { sql: string }) => statements.push(q.sql));
      const writer = rowWriter(db, 'sqlite', 't', { lineage: 'run-1' });
      // Two columns: 16,000 rows a statement; 40,000 rows are two full ones and a flushed rest.
      for (let id = 0; id < 40_000; id++) await writer.add({ id });
      expect(statements).toHaveLength(2);
      await writer.flush();
      await writer.flush();
      expect(statements).toHaveLength(3);
      const found = (await db('t').select('id', 'lineage').orderBy(db.raw('rowid'))) as {
        id: number;
        lineage: string;
      }[];
      expect(found.map((r) => r.id)).toEqual(Array.from({ length: 40_000 }, (_, i) => i));
      expect(new Set(found.map((r) => r.lineage))).toEqual(new Set(['run-1']));
    } finally {
      await db.destroy();
    }
  });
});
