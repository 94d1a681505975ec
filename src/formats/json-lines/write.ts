import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import { builtDispute } from '../../builder/seam.js';
import { type Dispute, DisputeHeaderSchema } from '../../model/dispute.js';
import { jsonLine } from '../support/json-line.js';
import { COLLECTIONS, HEADER, type JsonLinesItem } from './shape.js';

/**
 * Writes a dispute as JSON Lines: first a header line `{"collection":"dispute","record":{…},"counts":{…}}` with
 * the dispute's own fields and how many records each collection holds, then one line per record,
 * `{"collection":"events","record":{…}}`, collection by collection in the order of the JSON form, each line
 * ending in `\n`. {@link readJsonl} reads the text back into an equal dispute; {@link writeJsonlLines} gives the
 * same text a line at a time, for disputes too large to hold as one text.
 *
 * Every line is plain JSON, readable by DuckDB (`read_json_auto`), pandas (`read_json(lines=True)`) or `jq`.
 * Besides what JSON escapes, the characters that some readers take for line breaks (U+0085, U+2028, U+2029)
 * and the bidirectional controls are written as `\u` escapes, so a line holds no invisible or breaking text.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the JSON Lines text
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { writeJsonl } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const lines = writeJsonl(uaeBlackberry2010).split('\n');
 * lines.length; // the header, 19 records and the empty text after the last line break
 * //=> 20
 * JSON.parse(lines[0]!).counts;
 * //=> { actors: 7, sources: 4, demands: 1, responses: 0, deadlines: 1, events: 2, claims: 3 }
 * ```
 */
export function writeJsonl(dispute: Dispute): string {
  let text = '';
  for (const line of writeJsonlLines(dispute)) text += line;
  return text;
}

/**
 * Writes a dispute as JSON Lines, one line at a time, as {@link writeJsonl} writes it: the header line, then a
 * line per record, each ending in `\n`, so joining them gives `writeJsonl`'s text. Nothing is held but the line
 * being written, so it suits disputes too large for one text (a write stream takes the lines as they come).
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the lines, each ending in `\n`, made lazily
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { writeJsonl, writeJsonlLines } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const lines = [...writeJsonlLines(uaeBlackberry2010)];
 * lines.length; // the header and 19 records
 * //=> 19
 * JSON.parse(lines[1]!).collection;
 * //=> 'actors'
 * lines.join('') === writeJsonl(uaeBlackberry2010);
 * //=> true
 * ```
 */
export function writeJsonlLines(dispute: Dispute): IterableIterator<string> {
  return linesOf(builtDispute(dispute));
}

function* linesOf(dispute: Dispute): IterableIterator<string> {
  const header: Record<string, unknown> = {};
  for (const field of Object.keys(DisputeHeaderSchema.shape)) {
    const value = (dispute as unknown as Record<string, unknown>)[field];
    if (value !== undefined) header[field] = value;
  }
  const counts = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, dispute[collection].length]),
  );
  yield jsonLine({ collection: HEADER, record: header, counts });
  for (const collection of COLLECTIONS) {
    for (const record of dispute[collection]) yield jsonLine({ collection, record });
  }
}

/**
 * Writes JSON Lines, as {@link writeJsonlLines} does, from records that stream past instead of from a dispute:
 * the items {@link streamJsonl} yields, perhaps filtered on the way. So a JSON Lines file of a million events is
 * written again holding one record at a time. Each item becomes its line, in the order it comes; the header
 * item's line carries `options.counts` when given (a stream does not know its counts before its end: pass the
 * input's own when every record is passed on, or none; it is read when the header item comes).
 *
 * @category Formats
 * @param items - the items of {@link streamJsonl}, or any iterable or async iterable of `{ collection, record }`
 * @param options - `counts`, the header line's counts of records by collection
 * @returns an async iterator of the lines, each ending in `\n`
 * @throws {@link TimelineError} `wrong-type`, from the iterator, at an item that is not `{ collection, record }`
 * (paths start at `['items', n]`); an error the items throw is passed on as it is
 *
 * @example
 * ```ts
 * import { streamJsonl, writeJsonl, writeJsonlLines, writeJsonlStream } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const counts = JSON.parse([...writeJsonlLines(uaeBlackberry2010)][0]!).counts;
 * let text = '';
 * for await (const line of writeJsonlStream(streamJsonl(writeJsonlLines(uaeBlackberry2010)), { counts }))
 *   text += line;
 * text === writeJsonl(uaeBlackberry2010);
 * //=> true
 * ```
 */
export async function* writeJsonlStream(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
  options: { readonly counts?: Readonly<Record<string, number>> | undefined } = {},
): AsyncGenerator<string, void, undefined> {
  let index = -1;
  for await (const item of items as AsyncIterable<unknown>) {
    index++;
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof (item as { collection?: unknown }).collection !== 'string'
    )
      fail('wrong-type', ['items', index], `an item is { collection, record }; got ${describeValue(item)}`);
    const { collection, record } = item as JsonLinesItem;
    yield collection === HEADER && options.counts !== undefined
      ? jsonLine({ collection, record, counts: options.counts })
      : jsonLine({ collection, record });
  }
}
