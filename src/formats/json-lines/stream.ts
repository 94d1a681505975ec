import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { ReadProgress } from '../format.js';
import {
  type ChunkReader,
  checkTextInput,
  progressOption,
  signalOption,
  streamThrough,
} from '../support/chunks.js';
import { lineSplitter } from './engine.js';
import type { ReadJsonLinesOptions } from './read.js';
import type { JsonLinesItem } from './shape.js';
import { StreamReader } from './stream-engine.js';

/**
 * Reads JSON Lines as {@link writeJsonlLines} writes them record by record, without ever holding the dispute:
 * an async iterator of {@link JsonLinesItem}s, the header first, each record validated and deeply frozen. It
 * suits files of millions of events: what it holds is the records before the events (actors, sources, demands,
 * responses, deadlines, which are few), the ids read so far (to find a duplicate; about 60 bytes an id), and
 * the line being read. The input is what {@link readJsonl} takes.
 *
 * The checks are those of {@link readJsonl}, which is to say those of {@link parseDispute}. The records
 * before the first event are kept until it comes (or the input ends), then checked together as a dispute without
 * events, dates across records included (a response before its demand, a deadline set after it falls due,
 * extension chains, endings, membership loops), and yielded in the order of the JSON form; then each event and
 * each claim is checked on its own, its references against the records read before it, and yielded as it is
 * read. A deadline ending's `event` is resolved against the events as they come, and reported at the end when
 * none has its id. Events come in the order of the lines (the order of the timeline, as `writeJsonlLines` writes
 * them). The collections come in the order of the JSON form, as `writeJsonlLines` writes them: a line of actors,
 * sources, demands, responses or deadlines after the first event is an issue here (`readJsonl` takes the
 * lines in any order). Claims may come anywhere after the header.
 *
 * **Stopping**: with `options.signal`, once it is aborted the iterator rejects with the signal's `reason` (not a
 * `TimelineError`: the platform's convention, as `fetch` does), and the input is closed.
 *
 * **When a problem is found**, no record is yielded after it, but the input is read to its end, and then the
 * iterator throws one {@link TimelineError} listing every issue, with paths that name lines as
 * `readJsonl`' do. So every record yielded was valid, and they all came before the first problem, but some
 * problems are found only at the end (counts that disagree with the lines, a deadline's ending that names no
 * event, a file cut short): a consumer should treat what it did with the records of a stream that throws as
 * unfinished, and discard it (write to a temporary file and rename it at the end, for example).
 *
 * @category Formats
 * @param lines - the lines or chunks of a JSON Lines text, as strings or bytes; or the whole text as one string
 * @param options - `onProgress`, called as records are read: after the header, after every 1,000 records and
 * at the end
 * @returns an async iterator of the header and the records, each validated and deeply frozen; breaking out of a
 * `for await` loop over it, or calling its `return()` even before the first `next()`, closes the input (calls
 * the `return()` of the input's iterator: a Node.js stream is destroyed, a web stream cancelled)
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or an input that is not iterable
 * @throws {@link TimelineError} `json-syntax` (bytes that are not UTF-8 too, at their line), `invalid-value`,
 * `unknown-reference` and every other issue
 * {@link readJsonl} gives, from the iterator after the last line; also `invalid-value` for a record of a
 * collection that comes before the events, read after an event
 *
 * @example
 * ```ts
 * import { streamJsonl, writeJsonlLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * let events = 0;
 * let id = '';
 * for await (const item of streamJsonl(writeJsonlLines(blackberryPakistan2015))) {
 *   if (item.collection === 'dispute') id = item.record.id;
 *   if (item.collection === 'events') events++;
 * }
 * [id, events];
 * //=> ['blackberry-pakistan-2015', 8]
 * // A bad event is not yielded: it is reported after the last line, with any other issue, by line.
 * const lines = [...writeJsonlLines(blackberryPakistan2015)];
 * const at = lines.findIndex((line) => line.startsWith('{"collection":"events"'));
 * lines[at] = lines[at]!.replace('"confidence":"', '"confidence":"x');
 * let yielded = 0;
 * try {
 *   for await (const _ of streamJsonl(lines)) yielded++;
 * } catch (error) {
 *   console.log((error as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path));
 *   //=> [['line', 35, 'record', 'confidence']]
 * }
 * yielded; // the header and the 33 records before that event
 * //=> 34
 * ```
 */
export function streamJsonl(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: ReadJsonLinesOptions = {},
): AsyncIterableIterator<JsonLinesItem> {
  const onProgress = progressOption<ReadProgress>(options);
  const signal = signalOption(options);
  const onWarnings = warningsOption(options);
  checkTextInput(lines, 'lines');
  return streamThrough(lines, 'lines', linesReader(onProgress, onWarnings), signal);
}

function warningsOption(options: ReadJsonLinesOptions): ReadJsonLinesOptions['onWarnings'] {
  const { onWarnings } = options as { onWarnings?: unknown };
  if (onWarnings !== undefined && typeof onWarnings !== 'function')
    fail(
      'invalid-argument',
      ['options', 'onWarnings'],
      `onWarnings is a function; got ${describeValue(onWarnings)}`,
    );
  return onWarnings as ReadJsonLinesOptions['onWarnings'];
}

/** The stream reader behind a line splitter: the text in chunks, read line by line. */
function linesReader(
  onProgress: ((progress: ReadProgress) => void) | undefined,
  onWarnings: ReadJsonLinesOptions['onWarnings'],
): ChunkReader<JsonLinesItem> {
  const reader = new StreamReader(onProgress, onWarnings);
  const splitter = lineSplitter();
  return {
    push: (text) => {
      for (const line of splitter.push(text)) reader.readLine(line);
    },
    end: () => {
      for (const line of splitter.end()) reader.readLine(line);
      reader.end();
    },
    take: () => reader.take(),
    throwIfAny: () => reader.throwIfAny(),
    invalidText: (invalid) => reader.invalidText(invalid),
  };
}
