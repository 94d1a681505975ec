/** The id of a record as given (a raw object not yet checked), when it has a string one of its own. */
export function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, 'id')) return undefined;
  const id: unknown = (record as { id: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
