import { describe, expect, it } from 'vitest';
import { databaseMessage } from './errors.ts';

describe('databaseMessage', () => {
  it('drops the statement knex puts in front of the driver message', () => {
    const err = new Error(
      `insert into "raw"."visitors" ("a") values (${'$1, '.repeat(5000)}) - duplicate key value violates unique constraint`,
    );
    expect(databaseMessage(err)).toBe('duplicate key value violates unique constraint');
  });

  it('keeps other messages, bounded', () => {
    expect(databaseMessage(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:5432',
    );
    expect(databaseMessage('x'.repeat(5000))).toHaveLength(1001);
  });
});
