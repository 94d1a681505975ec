/**
 * Freezes plain data this library made (a built dispute, an export's records) and everything in it, and returns
 * it. It does not look for cycles or foreign objects: there are none in such data.
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
