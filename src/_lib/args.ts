import type { IssuePath } from '../errors/index.js';
import { fail } from './issues.js';

/** Checks of the arguments of the query functions: each failure throws `invalid-argument`, never a TypeError. */

/** A short description of a value for a message. */
export function describeValue(value: unknown): string {
  if (value == null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return `bigint ${String(value).slice(0, 40)}`;
  return `${typeof value} ${String(value)}`;
}

/** Options as given: an object, or absent (read as no options). */
export function optionsObject(
  options: unknown,
  path: IssuePath = ['options'],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null)
    fail('invalid-argument', path, `options are an object; got ${describeValue(options)}`);
  return options as Readonly<Record<string, unknown>>;
}

/** A whole number of days, from 0 to 100,000. */
export function checkDays(days: unknown, path: IssuePath): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 100_000) {
    fail(
      'invalid-argument',
      path,
      `a number of days is a whole number from 0 to 100000; got ${describeValue(days)}`,
      days,
    );
  }
  return days;
}

/** One of a list of words. */
export function checkOneOf<T extends string>(
  value: unknown,
  options: readonly T[],
  path: IssuePath,
  what: string,
): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    const listed = options.map((o) => JSON.stringify(o)).join(', ');
    fail('invalid-argument', path, `${what} is one of ${listed}; got ${describeValue(value)}`, value);
  }
  return value as T;
}

/** A non-empty text of at most 500 characters. */
export function checkText(value: unknown, path: IssuePath, what: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) {
    fail('invalid-argument', path, `${what} is a non-empty text; got ${describeValue(value)}`, value);
  }
  return value;
}

/** A list (array) of anything, without holes: a sparse list would put `undefined` where a value belongs. */
export function checkList(value: unknown, path: IssuePath, what: string): readonly unknown[] {
  if (!Array.isArray(value)) fail('invalid-argument', path, `${what} is a list; got ${describeValue(value)}`);
  const hole = firstHole(value);
  if (hole !== -1)
    fail('invalid-argument', [...path, hole], `${what} has no item at position ${hole} (a hole)`);
  return value;
}

/** The position of the first hole of a sparse list, or -1. */
export function firstHole(list: readonly unknown[]): number {
  for (let i = 0; i < list.length; i++) if (!(i in list)) return i;
  return -1;
}
