import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { IssuePath } from '../../errors/index.js';
import { DisputeHeaderSchema } from '../../model/dispute.js';

/**
 * One item of the JSON Lines items a streaming writer is given, checked to be `{ collection, record }`: its path
 * (`['items', index]`), its collection and its record, or a TimelineError at the item.
 */
export function streamItem(
  item: unknown,
  index: number,
): { readonly at: IssuePath; readonly collection: unknown; readonly record: unknown } {
  const at: IssuePath = ['items', index];
  if (typeof item !== 'object' || item === null)
    fail('wrong-type', at, `an item is { collection, record }; got ${describeValue(item)}`);
  const { collection, record } = item as { collection?: unknown; record?: unknown };
  return { at, collection, record };
}

/** The dispute's header a `dispute` item holds, or an `invalid-value` TimelineError at its record. */
export function streamHeader(record: unknown, at: IssuePath) {
  const header = DisputeHeaderSchema.safeParse(record);
  if (!header.success)
    fail(
      'invalid-value',
      [...at, 'record'],
      `the header item is not a dispute's header: ${header.error.issues[0]?.message ?? 'not valid'}`,
    );
  return header.data;
}
