/**
 * Argument parsing for the project's plain scripts (evaluate, backfill-standalone): wrong
 * arguments exit 2 with the message and the script's usage line, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoDate } from '../../lib/time.ts';

export interface ScriptArgs<O extends NonNullable<ParseArgsConfig['options']>> {
  values: ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];
  /** Prints the message and the usage line, exits 2. */
  fail(message: string): never;
  /** --from and --to: required ISO dates, from not after to. */
  dateRange(): { from: string; to: string };
}

export function parseScriptArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: O,
  args: string[] = process.argv.slice(2),
): ScriptArgs<O> {
  const fail = (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  let values: ScriptArgs<O>['values'];
  try {
    values = parseArgs({ args, options, strict: true }).values;
  } catch (err) {
    return fail((err as Error).message);
  }
  const date = (name: 'from' | 'to'): string => {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value !== 'string') return fail(`--${name} is required`);
    try {
      return parseIsoDate(value);
    } catch (err) {
      return fail(`--${name}: ${(err as Error).message}`);
    }
  };
  return {
    values,
    fail,
    dateRange() {
      const from = date('from');
      const to = date('to');
      if (from > to) fail(`--from ${from} is after --to ${to}`);
      return { from, to };
    },
  };
}
