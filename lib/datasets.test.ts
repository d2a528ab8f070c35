import { describe, expect, it } from 'vitest';
import { DatasetValidationError, validateHourRows } from './datasets.ts';

const HOUR = '2026-11-24T13:00:00Z';
const row = {
  store_id: 1,
  sensor_id: 2,
  hour_utc: HOUR,
  local_date: '2026-11-24',
  local_hour: 14,
  visitors: 3,
};

describe('validateHourRows', () => {
  it('keeps exactly the schema columns and canonicalises the hour', () => {
    const [out] = validateHourRows(
      'visitors',
      HOUR,
      [{ ...row, hour_utc: '2026-11-24T13:00:00.000Z', extra: 1 }],
      's',
    );
    expect(out).toEqual(row);
  });

  it.each([
    [{ ...row, visitors: 'many' }, 'row 0 column "visitors" is "many", expected null or int32'],
    [{ ...row, visitors: 1.5 }, 'column "visitors" is 1.5'],
    [{ ...row, store_id: null }, 'column "store_id" is null, expected int32'],
    [{ ...row, local_date: '24/11/2026' }, 'column "local_date"'],
    [
      { ...row, hour_utc: '2026-11-24T12:00:00Z' },
      'is for hour 2026-11-24T12:00:00Z, expected 2026-11-24T13:00:00Z',
    ],
  ])('rejects %o naming the row and column', (bad, message) => {
    expect(() => validateHourRows('visitors', HOUR, [bad], 'src')).toThrow(message);
  });

  it('accepts null readings but not a missing field', () => {
    expect(validateHourRows('visitors', HOUR, [{ ...row, visitors: null }], 's')[0]?.visitors).toBeNull();
    const { visitors: _omitted, ...missing } = row;
    expect(() => validateHourRows('visitors', HOUR, [missing], 's')).toThrow(DatasetValidationError);
  });

  it('rejects duplicates of the grain and non-arrays', () => {
    expect(() => validateHourRows('visitors', HOUR, [row, row], 's')).toThrow(
      'duplicates hour_utc, store_id, sensor_id',
    );
    expect(() => validateHourRows('transactions', HOUR, { rows: [] }, 's')).toThrow('expected an array');
  });
});
