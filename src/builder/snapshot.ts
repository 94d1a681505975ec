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
 * Objects the copy makes for each record (each item of a list directly under the root) before it starts keeping
 * an identity map: far more than a valid record holds, so valid input never pays for the map.
 */
const OBJECTS_PER_RECORD = 16;

/** Objects the copy makes before it starts keeping an identity map, besides those the records allow. */
const OBJECTS_ALLOWED = 10_000;

/**
 * A plain copy of `value`: see the file's summary. The copy does not look up every object in an identity map
 * (a million records would pay for a map of several million objects), but it counts the objects it makes: past
 * an allowance of 16 per record (and 10,000 besides), every object is looked up, so that an object met again (a
 * shared or cyclic part) is copied once more at most and its copy shared from then on. The work stays linear
 * in the input's size, never exponential in its depth.
 */
export function snapshot(value: unknown): unknown {
  return new Copier().copy(value, 0);
}

/**
 * The copier behind {@link snapshot}, for a caller that copies part of the input itself. With `eventsLater`, the
 * root's `events` list is copied as a list only: its items are left as they are, each to be copied by the caller
 * (`copy(item, 2)`, or its own copy that reads each field once), so that a million events are read in one pass.
 */
export class Copier {
  private made = 0;
  private allowed = OBJECTS_ALLOWED;
  private seen: Map<object, unknown> | undefined;

  constructor(private readonly eventsLater = false) {}

  /** A plain copy of `value` met at `depth` below the root (0: the root; 2: a record). */
  copy(value: unknown, depth: number): unknown {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    const seen = this.seen;
    if (seen !== undefined) {
      const known = seen.get(value);
      if (known !== undefined) return known;
    } else if (++this.made > this.allowed) this.seen = new Map();
    if (Array.isArray(value)) {
      const length = value.length;
      if (depth === 1) this.allowed += OBJECTS_PER_RECORD * length;
      const out: unknown[] = new Array(length);
      this.seen?.set(value, out);
      for (let i = 0; i < length; i++) {
        const item: unknown = value[i];
        out[i] = typeof item === 'object' && item !== null ? this.copy(item, depth + 1) : item;
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    this.seen?.set(value, out);
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      const copy =
        typeof item !== 'object' || item === null
          ? item
          : depth === 0 && key === 'events' && this.eventsLater && Array.isArray(item)
            ? this.list(item)
            : this.copy(item, depth + 1);
      // A key `__proto__` is data here, to be reported as an unknown field: assigning it would set the prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: copy,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = copy;
    }
    return out;
  }

  /** A list of records copied as a list: its length and each item read once, the items themselves as they are. */
  private list(value: readonly unknown[]): unknown[] {
    const length = value.length;
    this.allowed += OBJECTS_PER_RECORD * length;
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = value[i];
    return out;
  }
}

export { deepFreeze } from '../_lib/freeze.js';
