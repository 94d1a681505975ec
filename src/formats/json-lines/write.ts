import { builtDispute } from '../../builder/validate.js';
import { type Dispute, DisputeHeaderSchema } from '../../model/dispute.js';
import { COLLECTIONS, HEADER } from './shape.js';

/** Characters JSON allows raw in a string that some line readers split on or that reorder text: written escaped. */
const UNSAFE_IN_LINE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Writes a dispute as JSON Lines, one line at a time: first a header line
 * `{"collection":"dispute","record":{…},"counts":{…}}` with the dispute's own fields and how many records
 * each collection holds, then one line per record, `{"collection":"events","record":{…}}`, collection by
 * collection in the order of the JSON form. Each line ends in `\n`, so joining them gives the file. Nothing
 * is held but the line being written, so it suits disputes too large for one JSON text; {@link readJsonLines}
 * reads the lines back into an equal dispute.
 *
 * Every line is plain JSON, readable by DuckDB (`read_json_auto`), pandas (`read_json(lines=True)`) or `jq`.
 * Besides what JSON escapes, the characters that some readers take for line breaks (U+0085, U+2028, U+2029)
 * and the bidirectional controls are written as `\u` escapes, so a line holds no invisible or breaking text.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the lines, each ending in `\n`, read lazily
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { writeJsonLines } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const lines = [...writeJsonLines(uaeBlackberry2010)];
 * lines.length; // the header and 19 records
 * //=> 20
 * JSON.parse(lines[0]!).counts;
 * //=> { actors: 7, sources: 4, demands: 1, responses: 0, deadlines: 1, events: 3, claims: 3 }
 * JSON.parse(lines[1]!).collection;
 * //=> 'actors'
 * ```
 */
export function writeJsonLines(dispute: Dispute): IterableIterator<string> {
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
  yield line({ collection: HEADER, record: header, counts });
  for (const collection of COLLECTIONS) {
    for (const record of dispute[collection]) yield line({ collection, record });
  }
}

function line(value: unknown): string {
  const json = JSON.stringify(value).replace(
    UNSAFE_IN_LINE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
