import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { isWarehouseError, readWarehouse } from './warehouse.ts';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('warehouse outages and bugs', () => {
  it('takes unreachable, locked or unmigrated databases for outages', () => {
    expect(isWarehouseError(coded('ECONNREFUSED'))).toBe(true);
    expect(isWarehouseError(coded('SQLITE_CANTOPEN'))).toBe(true);
    expect(
      isWarehouseError(
        coded('SQLITE_ERROR', 'select … - SQLITE_ERROR: no such table: analytics_store_daily'),
      ),
    ).toBe(true);
    expect(isWarehouseError(coded('42P01'))).toBe(true);
    expect(isWarehouseError(coded('57P01'))).toBe(true);
    expect(isWarehouseError(Object.assign(new Error('pool'), { name: 'KnexTimeoutError' }))).toBe(true);
  });

  it('takes a bad query or a plain exception for a bug', () => {
    expect(isWarehouseError(coded('SQLITE_ERROR', 'SQLITE_ERROR: no such column: visitorz'))).toBe(false);
    expect(isWarehouseError(coded('42703'))).toBe(false);
    expect(isWarehouseError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isWarehouseError('boom')).toBe(false);
  });

  it('turns an outage into a 503 with a plain message and rethrows a bug as it is', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outage = await readWarehouse('test', () =>
      Promise.reject(coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')),
    ).catch((e: unknown) => e);
    expect(isHttpError(outage, 503)).toBe(true);
    expect(JSON.stringify(outage)).not.toContain('ECONNREFUSED');
    expect(log.mock.calls[0]?.[0]).toContain('ECONNREFUSED');
    const bug = new TypeError('a bug');
    await expect(readWarehouse('test', () => Promise.reject(bug))).rejects.toBe(bug);
    log.mockRestore();
  });
});
