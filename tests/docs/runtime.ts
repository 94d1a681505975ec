/**
 * Loaded first by every instrumented documentation snippet: the checks that `//=>` comments become.
 * A snippet line such as `formatPath(['events', 3]); //=> 'events[3]'` is rewritten to
 * `__docs.check(id, formatPath(['events', 3]), () => ('events[3]'))` by `instrument()` in `snippets.ts`.
 */
import { inspect } from 'node:util';

type Expected = () => unknown;

/** Ends a shown list that goes on: `[a, b, ...]` is written `[a, b, __docs.REST]` by `instrument()`. */
const REST = Symbol('the rest of the list');

/** Structural equality that ignores prototypes and frozenness: the shown result is a plain literal. */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true;
  if (Array.isArray(actual) && Array.isArray(expected) && expected.at(-1) === REST) {
    const shown = expected.slice(0, -1);
    return actual.length >= shown.length && sameValue(actual.slice(0, shown.length), shown);
  }
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null)
    return false;
  if (actual instanceof Date && expected instanceof Date) return actual.getTime() === expected.getTime();
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  if (actual instanceof Map || actual instanceof Set) {
    return sameValue(
      [...(actual as Map<unknown, unknown>)],
      expected instanceof Map || expected instanceof Set ? [...expected] : expected,
    );
  }
  const a = actual as Record<string, unknown>;
  const b = expected as Record<string, unknown>;
  const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysB.every((key) => Object.hasOwn(a, key) && sameValue(a[key], b[key]));
}

const show = (value: unknown) => inspect(value, { depth: 6, breakLength: Infinity, maxArrayLength: 50 });

const reached = new Set<string>();

const docs = {
  REST,
  /** Compares a value with the result a snippet shows; returns the value so the snippet's meaning is kept. */
  check<T>(where: string, actual: T, expected: Expected, print = false): T {
    reached.add(where);
    const want = expected();
    if (print) console.log(actual);
    if (!sameValue(actual, want)) {
      throw new Error(`${where}: the snippet shows ${show(want)}, but the code gives ${show(actual)}`);
    }
    return actual;
  },
  /** Forgets the results reached by the snippets run before in this process. */
  start(): void {
    reached.clear();
  },
  /** Fails when a shown result was never reached (a `console.log` in a branch that did not run). */
  finish(all: readonly string[]): void {
    const missed = all.filter((where) => !reached.has(where));
    if (missed.length > 0) throw new Error(`${missed.join(', ')}: the shown result is never reached`);
  },
};

(globalThis as { __docs?: typeof docs }).__docs = docs;
