import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScriptArgs } from './args.ts';

const USAGE = 'usage: x --from D --to D';
const OPTIONS = { from: { type: 'string' }, to: { type: 'string' } } as const;

function exitsWith(run: () => unknown): string {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  expect(run).toThrow('exit 2');
  return errors.join('\n');
}

describe('parseScriptArgs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the dates of a valid range', () => {
    const args = parseScriptArgs(USAGE, OPTIONS, ['--from', '2026-10-05', '--to', '2026-11-01']);
    expect(args.dateRange()).toEqual({ from: '2026-10-05', to: '2026-11-01' });
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--to', '2026-11-01'], '--from is required'],
    [['--from', '2026-02-30', '--to', '2026-11-01'], '--from: invalid date "2026-02-30"'],
    [['--from', '2026-11-02', '--to', '2026-11-01'], '--from 2026-11-02 is after --to 2026-11-01'],
  ])('exits 2 on %j, saying what was wrong and the usage', (argv, message) => {
    const printed = exitsWith(() => parseScriptArgs(USAGE, OPTIONS, argv).dateRange());
    expect(printed).toContain(message);
    expect(printed).toContain(USAGE);
  });
});
