import { type Dispute, RECORD_SCHEMAS, type RecordCollection } from '../../model/dispute.js';

/** The collections of records, in the order of the JSON form: the order lines are written in. */
export const COLLECTIONS = /* @__PURE__ */ Object.keys(RECORD_SCHEMAS) as RecordCollection[];

/** The collection a header line is tagged with. */
export const HEADER = 'dispute';

/** The longest line read, in characters: a record is far smaller; a stream without line breaks is not JSON Lines. */
export const MAX_LINE = 50_000_000;

/**
 * One record read by {@link streamJsonl}: the header (`collection: 'dispute'`, the dispute's own fields),
 * or a record of one collection, with the line it was read from (counted from 1). `collection` tells which, so
 * a `switch` or an `if` on it narrows `record` to its type. Every record is validated and deeply frozen.
 *
 * @category Formats
 * @example
 * ```ts
 * import { streamJsonl, writeJsonlLines, type JsonLinesItem } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const titles: string[] = [];
 * for await (const item of streamJsonl(writeJsonlLines(uaeBlackberry2010))) {
 *   const seen: JsonLinesItem = item;
 *   if (seen.collection === 'dispute' || seen.collection === 'events') titles.push(seen.record.title);
 * }
 * titles[0];
 * //=> 'The United Arab Emirates and BlackBerry, 2010'
 * titles.length;
 * //=> 3
 * ```
 */
export type JsonLinesItem =
  | {
      readonly collection: 'dispute';
      readonly record: Omit<Dispute, RecordCollection>;
      readonly line: number;
    }
  | {
      readonly [C in RecordCollection]: {
        readonly collection: C;
        readonly record: Dispute[C][number];
        readonly line: number;
      };
    }[RecordCollection];
