/**
 * Checks that nothing has changed the built-in prototypes: the test of every document that tries to pollute
 * `Object.prototype` through `__proto__`, `constructor` or `prototype` keys.
 */

const WATCHED = {
  'Object.prototype': Object.prototype,
  'Array.prototype': Array.prototype,
  'Function.prototype': Function.prototype,
  'String.prototype': String.prototype,
} as const;

/** Keys a polluting document sets; none of them may appear on a plain object. */
export const POLLUTION_KEYS = ['polluted', 'isAdmin'] as const;

type Snapshot = Record<string, PropertyDescriptorMap>;

/** Takes the descriptors of every own property of the watched prototypes. */
export function snapshotPrototypes(): Snapshot {
  const snapshot: Snapshot = {};
  for (const [name, proto] of Object.entries(WATCHED))
    snapshot[name] = Object.getOwnPropertyDescriptors(proto) as PropertyDescriptorMap;
  return snapshot;
}

/**
 * Lists what differs from the snapshot: added, removed or changed properties of the watched prototypes, a
 * prototype swapped under a plain object, and the pollution keys showing through on `{}` and `[]`.
 * Empty when nothing was polluted.
 */
export function prototypeChanges(before: Snapshot): string[] {
  const changes: string[] = [];
  const now = snapshotPrototypes();
  for (const name of Object.keys(WATCHED)) {
    const was = before[name] ?? {};
    const is = now[name] ?? {};
    for (const key of Reflect.ownKeys(is)) {
      const old = Object.hasOwn(was, key) ? was[key] : undefined;
      const current = Object.hasOwn(is, key) ? is[key] : undefined;
      if (old === undefined) changes.push(`${name}.${String(key)} was added`);
      else if (old.value !== current?.value || old.get !== current?.get || old.set !== current?.set)
        changes.push(`${name}.${String(key)} was changed`);
    }
    for (const key of Reflect.ownKeys(was))
      if (!Object.hasOwn(is, key)) changes.push(`${name}.${String(key)} was removed`);
  }
  const plain: Record<string, unknown> = {};
  const list: unknown[] = [];
  for (const key of POLLUTION_KEYS) {
    if (plain[key] !== undefined) changes.push(`({}).${key} is ${String(plain[key])}`);
    if ((list as unknown as Record<string, unknown>)[key] !== undefined) changes.push(`([]).${key} is set`);
  }
  if (Object.getPrototypeOf(plain) !== Object.prototype) changes.push('a plain object has another prototype');
  return changes;
}
