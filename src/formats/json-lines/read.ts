import type { Dispute } from '../../model/dispute.js';
import type { ReadProgress } from '../format.js';
import { checkTextInput, progressOption, textChunks, withoutBom } from '../support/chunks.js';
import { DisputeReader, lineSplitter } from './engine.js';

/**
 * Options of {@link readJsonLines}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readJsonLines, writeJsonLines, type ReadJsonLinesOptions } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * let calls = 0;
 * const options: ReadJsonLinesOptions = { onProgress: () => calls++ };
 * (await readJsonLines(writeJsonLines(uaeBlackberry2010), options)).id;
 * //=> 'uae-blackberry-2010'
 * calls > 0;
 * //=> true
 * ```
 */
export interface ReadJsonLinesOptions {
  /**
   * Called after the header line, after every 1,000 records and at the end, with the records read so far. It
   * is called synchronously: keep it cheap.
   */
  readonly onProgress?: (progress: ReadProgress) => void;
}
/**
 * Reads a dispute from JSON Lines as {@link writeJsonLines} writes them, validated like {@link parseDispute}.
 * The input is any iterable or async iterable of text: lines (with or without their `\n`), or chunks cut
 * anywhere (a Node.js read stream, `fetch(…).body`), as strings or UTF-8 bytes. Only the line being read is
 * held as text; the records parsed from the lines are kept until the dispute is built from them, and become its
 * records (they are the reader's own, so nothing is copied). Blank lines, a `\r` before each `\n` and a
 * byte-order mark are allowed. To go through records without holding the dispute, use {@link streamJsonLines}.
 *
 * Each issue's path starts with the line it is on, `['line', 5, 'record', 'date']` (lines counted from 1), so
 * a problem in a file of a million lines can be found. When the header line's `counts` disagree with the
 * records read (a file cut short), that is an issue too.
 *
 * @category Formats
 * @param lines - the lines or chunks of a JSON Lines text, as strings or bytes; or the whole text as one string
 * @param options - `onProgress`, called as records are read
 * @returns the dispute, deeply frozen, events in timeline order
 * @throws {@link TimelineError} `json-syntax` for a line that is not JSON; `wrong-type` for a line that is not
 * `{ collection, record }`; `missing-field` when the first line is not the header; `invalid-value` for an
 * unknown collection, a second header or counts that disagree with the records; `unknown-field` for a field
 * beside `collection` and `record`; `too-large` for a line over 50 million characters or a collection over its
 * limit; `invalid-argument` for bad options or an input that is not iterable; and every issue
 * {@link parseDispute} gives for the dispute the lines make up. An error the input itself throws (a read stream
 * that fails) is passed on as it is.
 *
 * @example
 * ```ts
 * import { readJsonLines, serializeDispute, writeJsonLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const dispute = await readJsonLines(writeJsonLines(blackberryPakistan2015));
 * serializeDispute(dispute) === serializeDispute(blackberryPakistan2015);
 * //=> true
 * // Chunks cut anywhere, such as a file read in pieces, are read too:
 * const text = [...writeJsonLines(blackberryPakistan2015)].join('');
 * const chunks = text.match(/[\s\S]{1,100}/g) ?? [];
 * (await readJsonLines(chunks)).events.length;
 * //=> 8
 * ```
 */
export async function readJsonLines(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: ReadJsonLinesOptions = {},
): Promise<Dispute> {
  const reader = new DisputeReader(progressOption<ReadProgress>(options));
  checkTextInput(lines, 'lines');
  const splitter = lineSplitter();
  for await (const text of textChunks(lines, 'lines'))
    for (const line of splitter.push(text)) reader.readLine(line);
  for (const line of splitter.end()) reader.readLine(line);
  return reader.end();
}

/** Reads a whole JSON Lines text at once: the registry's reader. */
export function readJsonLinesText(text: string): Dispute {
  const reader = new DisputeReader(undefined);
  const splitter = lineSplitter();
  for (const line of splitter.push(withoutBom(text))) reader.readLine(line);
  for (const line of splitter.end()) reader.readLine(line);
  return reader.end();
}
