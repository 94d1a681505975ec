import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import { validateRecord } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import { DisputeHeaderSchema, RECORD_SCHEMAS, type RecordCollection } from '../../model/dispute.js';
import { isAsyncIterable, isIterable } from './chunks.js';

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

/** What {@link streamRecords} gives: the dispute's header, or a valid record of a collection that was asked for. */
export type StreamedRecord =
  | { readonly collection: 'dispute'; readonly record: ReturnType<typeof streamHeader> }
  | { readonly collection: RecordCollection; readonly record: unknown };

/**
 * The items a streaming writer is given (what `streamJsonl` yields), checked one by one: an iterable or async
 * iterable, or an `invalid-argument` TimelineError at once; then, as they come, the header and every record of a
 * collection in `wanted`, each validated (a frozen event the fast path finds certainly valid is taken as it is),
 * and the items of other known collections passed over. An item that is not `{ collection, record }`, of an
 * unknown collection or with a record that is not valid throws a TimelineError at its path (`['items', n, …]`).
 */
export function streamRecords(
  items: unknown,
  wanted: (collection: RecordCollection) => boolean,
): AsyncGenerator<StreamedRecord, void, undefined> {
  if (!isIterable(items) && !isAsyncIterable(items))
    fail(
      'invalid-argument',
      ['items'],
      `expected an iterable of the items of streamJsonl; got ${describeValue(items)}`,
    );
  return checkedRecords(items);

  async function* checkedRecords(
    all: Iterable<unknown> | AsyncIterable<unknown>,
  ): AsyncGenerator<StreamedRecord, void, undefined> {
    let index = -1;
    for await (const item of all) {
      index++;
      const { at, collection, record } = streamItem(item, index);
      if (collection === 'dispute') {
        yield { collection, record: streamHeader(record, at) };
        continue;
      }
      if (typeof collection !== 'string' || !Object.hasOwn(RECORD_SCHEMAS, collection))
        fail('invalid-value', [...at, 'collection'], 'an item of an unknown collection', collection);
      const of = collection as RecordCollection;
      if (!wanted(of)) continue;
      const result = validateRecord(
        of,
        record,
        [...at, 'record'],
        of === 'events' && Object.isFrozen(record),
      );
      if ('issues' in result) throw new TimelineError(result.issues as [TimelineIssue, ...TimelineIssue[]]);
      yield { collection: of, record: result.record };
    }
  }
}
