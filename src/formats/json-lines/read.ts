import type { TimelineIssue } from '../../errors/index.js';
import type { Dispute } from '../../model/dispute.js';
import type { ReadProgress } from '../format.js';
import { checkTextInput, progressOption, signalOption, textChunks, withoutBom } from '../support/chunks.js';
import { DisputeReader, lineSplitter } from './engine.js';

/**
 * Options of {@link readJsonl} and {@link streamJsonl}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readJsonl, writeJsonl, type ReadJsonLinesOptions } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * let calls = 0;
 * const options: ReadJsonLinesOptions = { onProgress: () => calls++ };
 * readJsonl(writeJsonl(uaeBlackberry2010), options).id;
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
  /**
   * Stops reading chunks: once it is aborted, the reader rejects with the signal's `reason` (an `AbortError`
   * `DOMException` unless `abort()` was given another), as `fetch` and Node.js's stream helpers do, and the
   * input is closed. A whole text is read at once and is not stopped.
   */
  readonly signal?: AbortSignal;
  /**
   * {@link streamJsonl} only: called once at the end of a valid input with every warning `disputeWarnings` gives
   * of the dispute read whole (data that is valid but suspicious), in its order, their paths naming lines: those
   * over the records before the events (a deadline with no source) and those that read the events or claims with
   * them (a restated response, a late source, two claims citing one source), found as each event and claim
   * comes. Not called when the input has a problem.
   */
  readonly onWarnings?: (warnings: readonly TimelineIssue[]) => void;
}
/**
 * Reads a dispute from a JSON Lines text as {@link writeJsonl} writes it, validated like {@link parseDispute}.
 * Blank lines, a `\r` before each `\n` and a byte-order mark are allowed. For a text that comes in chunks (a
 * file read in pieces), pass the chunks: the same reader then returns a promise of the dispute; to go through
 * the records without holding the dispute, use {@link streamJsonl}.
 *
 * Each issue's path starts with the line it is on, `['line', 5, 'record', 'date']` (lines counted from 1), so
 * a problem in a file of a million lines can be found. When the header line's `counts` disagree with the
 * records read (a file cut short), that is an issue too.
 *
 * @category Formats
 * @param text - the whole JSON Lines text
 * @param options - `onProgress`, called as records are read
 * @returns the dispute, deeply frozen, events in timeline order
 * @throws {@link TimelineError} `json-syntax` for a line that is not JSON; `wrong-type` for a line that is not
 * `{ collection, record }`; `missing-field` when the first line is not the header; `invalid-value` for an
 * unknown collection, a second header or counts that disagree with the records; `unknown-field` for a field
 * beside `collection` and `record`; `too-large` for a line over 50 million characters or a collection over its
 * limit; `invalid-argument` for bad options; and every issue {@link parseDispute} gives for the dispute the
 * lines make up
 *
 * @example
 * ```ts
 * import { readJsonl, writeJson, writeJsonl } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const dispute = readJsonl(writeJsonl(blackberryPakistan2015));
 * writeJson(dispute) === writeJson(blackberryPakistan2015);
 * //=> true
 * ```
 */
export function readJsonl(text: string, options?: ReadJsonLinesOptions): Dispute;
/**
 * Reads a dispute from JSON Lines that come in chunks, as {@link readJsonl} reads a whole text: the input is any
 * iterable or async iterable of text, lines (with or without their `\n`) or chunks cut anywhere (a Node.js read
 * stream, `fetch(…).body`), as strings or UTF-8 bytes. Only the line being read is held as text; the records
 * parsed from the lines are kept until the dispute is built from them, and become its records (they are the
 * reader's own, so nothing is copied).
 *
 * @category Formats
 * @param chunks - the lines or chunks of a JSON Lines text, as strings or bytes
 * @param options - `onProgress`, called as records are read
 * @returns a promise of the dispute, deeply frozen, events in timeline order
 * @throws {@link TimelineError} `invalid-argument` for bad options or an input that is not iterable, and every
 * issue of a whole text, from the promise. An error the input itself throws (a read stream that fails) is
 * passed on as it is.
 *
 * @example
 * ```ts
 * import { readJsonl, writeJsonl, writeJsonlLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * (await readJsonl(writeJsonlLines(blackberryPakistan2015))).events.length;
 * //=> 8
 * // Chunks cut anywhere, such as a file read in pieces:
 * const chunks = writeJsonl(blackberryPakistan2015).match(/[\s\S]{1,100}/g) ?? [];
 * (await readJsonl(chunks)).id;
 * //=> 'blackberry-pakistan-2015'
 * ```
 */
export function readJsonl(
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options?: ReadJsonLinesOptions,
): Promise<Dispute>;
export function readJsonl(
  input: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: ReadJsonLinesOptions = {},
): Dispute | Promise<Dispute> {
  if (typeof input === 'string') {
    signalOption(options);
    return readText(input, progressOption<ReadProgress>(options));
  }
  return readChunks(input, options);
}

/**
 * Reads a dispute from JSON Lines, whole or in chunks, always as a promise: what `readJsonl` did, kept for
 * its deprecated alias.
 */
export async function readChunks(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: ReadJsonLinesOptions = {},
): Promise<Dispute> {
  const reader = new DisputeReader(progressOption<ReadProgress>(options));
  const signal = signalOption(options);
  checkTextInput(lines, 'lines');
  const splitter = lineSplitter();
  for await (const text of textChunks(lines, 'lines', (invalid) => reader.invalidText(invalid), signal))
    for (const line of splitter.push(text)) reader.readLine(line);
  for (const line of splitter.end()) reader.readLine(line);
  return reader.end();
}

function readText(text: string, onProgress: ((progress: ReadProgress) => void) | undefined): Dispute {
  const reader = new DisputeReader(onProgress);
  const splitter = lineSplitter();
  for (const line of splitter.push(withoutBom(text))) reader.readLine(line);
  for (const line of splitter.end()) reader.readLine(line);
  return reader.end();
}
