/**
 * Input read exactly once into plain data, so that every later check sees the same values: own enumerable
 * properties only (an id inherited from a prototype is not there), each getter and each proxy trap called once (a
 * getter that answers differently on each read cannot pass one check and fail another), lists read to their
 * length once. What comes out is fresh plain objects and arrays that nothing else holds, so the builder may freeze
 * them in place and hand them out.
 */

/**
 * Deeper than any field of the model: below it a value is left as it is (no schema reads so deep, so nothing
 * reads it), and a cyclic or absurdly nested input cannot overflow the stack.
 */
const MAX_DEPTH = 32;

/**
 * A plain copy of `value`: see the file's summary. An object met twice (a shared or cyclic part) is copied once
 * and its copy shared, so the work is linear in the number of distinct objects, never exponential in the depth.
 */
export function snapshot(value: unknown): unknown {
  return copyOf(value, 0, new Map());
}

function copyOf(value: unknown, depth: number, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array(length);
    seen.set(value, out);
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      out[i] = typeof item === 'object' && item !== null ? copyOf(item, depth + 1, seen) : item;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    const copy = typeof item === 'object' && item !== null ? copyOf(item, depth + 1, seen) : item;
    // A key `__proto__` is data here, to be reported as an unknown field: assigning it would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

/**
 * Freezes plain data this library made (the output of the schemas, built from a snapshot) and everything in it.
 * It does not look for cycles or foreign objects: there are none in such data.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = value[key];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  }
  return value;
}
