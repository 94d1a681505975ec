/**
 * Arguments no function of the library is written for: each public entry must answer them with a
 * TimelineError (or, for a `safe…` function, a failed result), never a TypeError and never their own error.
 */

/** A Proxy whose every trap throws: reading, listing, testing, even asking for its prototype. */
export function throwingProxy(): object {
  const handler = new Proxy(
    {},
    {
      get: () => () => {
        throw new Error('a trap of a hostile Proxy');
      },
    },
  );
  return new Proxy({}, handler);
}

/** An object whose fields throw when read, as a class instance with a broken getter would. */
export function throwingGetters(): object {
  const object = {};
  for (const key of ['id', 'title', 'events', 'value', 'timeZone', 'width'])
    Object.defineProperty(object, key, {
      enumerable: true,
      get() {
        throw new Error(`the getter of ${key}`);
      },
    });
  return object;
}

/** Sparse lists: holes where items belong. */
// biome-ignore lint/suspicious/noSparseArray: the hole is the point
const sparse = [, , 'x'];

/** Every hostile argument, by a name for test titles. */
export function hostileArguments(): readonly (readonly [name: string, value: unknown])[] {
  return [
    ['null', null],
    ['undefined', undefined],
    ['0', 0],
    ['NaN', Number.NaN],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a bigint', 10n ** 30n],
    ['a symbol', Symbol('hostile')],
    ['true', true],
    ['a function', () => 'not data'],
    ['a Proxy that throws on every trap', throwingProxy()],
    ['an object with throwing getters', throwingGetters()],
    ['a sparse list', sparse],
    ['an empty list of length 1,000', new Array(1000)],
    ['a frozen object', Object.freeze({ id: 'case', title: 'A case', events: Object.freeze([]) })],
    ['a frozen list', Object.freeze(['2015-12-30'])],
    ['a 1 MB string', 'x'.repeat(1_000_000)],
    ['a 1 MB JSON text', JSON.stringify({ id: 'x'.repeat(1_000_000), title: 'A case' })],
    ['an invalid Date', new Date(Number.NaN)],
    ['an object without a prototype', Object.create(null)],
    ['an object posing as a result', { success: true, data: null }],
  ];
}
