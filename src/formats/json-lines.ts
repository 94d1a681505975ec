import { describeValue, optionsObject } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { builtDispute, validateDispute } from '../builder/validate.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import {
  type Dispute,
  DisputeHeaderSchema,
  MAX_RECORDS,
  RECORD_SCHEMAS,
  type RecordCollection,
} from '../model/dispute.js';
import { defineFormat } from './format.js';

const COLLECTIONS = /* @__PURE__ */ Object.keys(RECORD_SCHEMAS) as RecordCollection[];

/** The collection a header line is tagged with. */
const HEADER = 'dispute';

/** The longest line read, in characters: a record is far smaller; a stream without line breaks is not JSON Lines. */
const MAX_LINE = 50_000_000;

/** Characters JSON allows raw in a string that some line readers split on or that reorder text: written escaped. */
const UNSAFE_IN_LINE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * How far {@link readJsonLines} has come: the records read so far, and how many there are in all when the
 * header line says so.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readJsonLines, writeJsonLines, type ReadProgress } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const seen: ReadProgress[] = [];
 * await readJsonLines(writeJsonLines(blackberryPakistan2015), { onProgress: (progress) => seen.push(progress) });
 * seen.at(-1);
 * //=> { done: 49, total: 49 }
 * ```
 */
export interface ReadProgress {
  /** Records read so far (the header line not counted). */
  readonly done: number;
  /** Records in all, when the input says (the header line's `counts`). */
  readonly total?: number;
}

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

/**
 * Reads a dispute from JSON Lines as {@link writeJsonLines} writes them, validated like {@link parseDispute}.
 * The input is any iterable or async iterable of text: lines (with or without their `\n`), or chunks cut
 * anywhere (a Node.js read stream, `fetch(…).body`), as strings or UTF-8 bytes. Only the line being read is
 * held as text; the records are kept until the dispute is built. Blank lines, a `\r` before each `\n` and a
 * byte-order mark are allowed.
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
 * {@link parseDispute} gives for the dispute the lines make up
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
  const reader = new JsonLinesReader(progressOption(options));
  if (typeof lines === 'string') reader.push(lines);
  else if (isAsyncIterable(lines)) for await (const chunk of lines) reader.push(chunk);
  else if (isIterable(lines)) for (const chunk of lines) reader.push(chunk);
  else
    fail(
      'invalid-argument',
      ['lines'],
      `expected an iterable of lines or chunks; got ${describeValue(lines)}`,
    );
  return reader.end();
}

/** Reads a whole JSON Lines text at once: the registry's reader. */
export function readJsonLinesText(text: string): Dispute {
  const reader = new JsonLinesReader(undefined);
  reader.push(text);
  return reader.end();
}

function progressOption(options: unknown): ((progress: ReadProgress) => void) | undefined {
  const { onProgress } = optionsObject(options);
  if (onProgress !== undefined && typeof onProgress !== 'function')
    fail(
      'invalid-argument',
      ['options', 'onProgress'],
      `onProgress is a function; got ${describeValue(onProgress)}`,
    );
  return onProgress as ((progress: ReadProgress) => void) | undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[Symbol.iterator] === 'function'
  );
}

/** Splits chunks into lines, reads each line as it completes, and builds the dispute at the end. */
class JsonLinesReader {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly pending: string[] = [];
  private pendingLength = 0;
  private lineNumber = 0;
  private started = false;
  private header: Record<string, unknown> | undefined;
  private headerLine = 0;
  private counts: Readonly<Record<string, unknown>> | undefined;
  private total: number | undefined;
  private done = 0;
  private readonly records = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<
    RecordCollection,
    unknown[]
  >;
  /** The line each record came from, by collection and position: to point issues at lines. */
  private readonly lineOf = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<
    RecordCollection,
    number[]
  >;
  private readonly issues: TimelineIssue[] = [];

  constructor(private readonly onProgress: ((progress: ReadProgress) => void) | undefined) {}

  push(chunk: unknown): void {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else if (chunk instanceof Uint8Array) text = this.decoder.decode(chunk, { stream: true });
    else
      fail(
        'invalid-argument',
        ['lines'],
        `each line or chunk is a string or bytes; got ${describeValue(chunk)}`,
      );
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\ufeff')) text = text.slice(1);
    }
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      const piece = text.slice(from, newline);
      const whole = this.pending.length === 0 ? piece : `${this.pending.join('')}${piece}`;
      this.pending.length = 0;
      this.pendingLength = 0;
      this.readLine(whole);
      from = newline + 1;
    }
    if (from < text.length) {
      const rest = text.slice(from);
      this.pendingLength += rest.length;
      if (this.pendingLength > MAX_LINE) {
        fail(
          'too-large',
          ['line', this.lineNumber + 1],
          `a line has at most ${MAX_LINE} characters: is this JSON Lines?`,
        );
      }
      this.pending.push(rest);
    }
  }

  end(): Dispute {
    const tail = this.decoder.decode();
    if (tail !== '') this.push(tail);
    if (this.pending.length > 0) {
      const last = this.pending.join('');
      this.pending.length = 0;
      this.readLine(last);
    }
    if (this.header === undefined && this.issues.length === 0)
      this.issues.push(issue('missing-field', ['line', 1], 'the input holds no header line: it is empty'));
    this.checkCounts();
    this.report();
    const input: Record<string, unknown> = { ...this.header, ...this.records };
    const result = validateDispute(input);
    if (!result.success)
      for (const found of result.error.issues)
        this.issues.push({ ...found, path: this.linePath(found.path) });
    if (this.issues.length > 0 || !result.success)
      throw new TimelineError(this.issues as [TimelineIssue, ...TimelineIssue[]]);
    return result.data;
  }

  private readLine(raw: string): void {
    this.lineNumber++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    const at: IssuePath = ['line', this.lineNumber];
    if (text.length > MAX_LINE) {
      this.issues.push(issue('too-large', at, `a line has at most ${MAX_LINE} characters`));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unreadable';
      this.issues.push(
        issue('json-syntax', at, `line ${this.lineNumber} is not JSON: ${reason.slice(0, 200)}`),
      );
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.issues.push(
        issue('wrong-type', at, `a line is an object { collection, record }; got ${describeValue(value)}`),
      );
      return;
    }
    const { collection, record } = value as { collection?: unknown; record?: unknown };
    for (const key of Object.keys(value)) {
      if (key !== 'collection' && key !== 'record' && !(key === 'counts' && collection === HEADER))
        this.issues.push(issue('unknown-field', [...at, key], `a line holds only "collection" and "record"`));
    }
    if (typeof collection !== 'string') {
      this.issues.push(
        issue('missing-field', [...at, 'collection'], 'a line names its collection, such as "events"'),
      );
      return;
    }
    if (this.header === undefined && this.headerLine === 0 && collection !== HEADER) {
      this.headerLine = -1;
      this.issues.push(
        issue(
          'missing-field',
          [...at, 'collection'],
          'the first line is the header, {"collection":"dispute","record":{…}}',
          collection,
        ),
      );
    }
    if (collection === HEADER) this.readHeader(value as Record<string, unknown>, at);
    else if ((COLLECTIONS as string[]).includes(collection))
      this.readRecord(collection as RecordCollection, record);
    else
      this.issues.push(
        issue(
          'invalid-value',
          [...at, 'collection'],
          `expected "dispute" or one of ${COLLECTIONS.map((c) => JSON.stringify(c)).join(', ')}`,
          collection,
        ),
      );
  }

  private readHeader(value: Record<string, unknown>, at: IssuePath): void {
    if (this.headerLine !== 0) {
      this.issues.push(issue('invalid-value', [...at, 'collection'], 'a second header line'));
      return;
    }
    this.headerLine = this.lineNumber;
    const { record, counts } = value;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      this.issues.push(
        issue(
          'wrong-type',
          [...at, 'record'],
          `the header's record is an object; got ${describeValue(record)}`,
        ),
      );
      this.header = {};
    } else {
      const fields: Record<string, unknown> = {};
      for (const key of Object.keys(record)) {
        if ((COLLECTIONS as string[]).includes(key))
          this.issues.push(
            issue(
              'unknown-field',
              [...at, 'record', key],
              `records come on lines of their own, not in the header`,
            ),
          );
        else fields[key] = (record as Record<string, unknown>)[key];
      }
      this.header = fields;
    }
    if (counts !== undefined) {
      if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
        this.issues.push(
          issue('wrong-type', [...at, 'counts'], `counts is an object; got ${describeValue(counts)}`),
        );
        return;
      }
      this.counts = counts as Record<string, unknown>;
      let total = 0;
      for (const [collection, count] of Object.entries(counts)) {
        if (!(COLLECTIONS as string[]).includes(collection))
          this.issues.push(
            issue('unknown-field', [...at, 'counts', collection], 'not a collection of records'),
          );
        else if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
          this.issues.push(
            issue('wrong-type', [...at, 'counts', collection], 'a count is a whole number', count),
          );
        else total += count;
      }
      this.total = total;
    }
    this.onProgress?.(this.progress());
  }

  private readRecord(collection: RecordCollection, record: unknown): void {
    const list = this.records[collection];
    if (list.length >= MAX_RECORDS) {
      if (list.length === MAX_RECORDS)
        this.issues.push(
          issue('too-large', ['line', this.lineNumber], `${collection} holds at most ${MAX_RECORDS} records`),
        );
      list.length = MAX_RECORDS + 1;
      return;
    }
    list.push(record);
    this.lineOf[collection].push(this.lineNumber);
    this.done++;
    if (this.done % 1000 === 0) this.onProgress?.(this.progress());
  }

  private checkCounts(): void {
    if (this.counts === undefined) return;
    for (const collection of COLLECTIONS) {
      const count = this.counts[collection];
      const read = this.lineOf[collection].length;
      if (typeof count === 'number' && count !== read)
        this.issues.push(
          issue(
            'invalid-value',
            ['line', this.headerLine, 'counts', collection],
            `the header counts ${count} ${collection}, the lines hold ${read}${read < count ? ': is the input cut short?' : ''}`,
            count,
          ),
        );
    }
  }

  private report(): void {
    if (this.done % 1000 !== 0 || this.done === 0) this.onProgress?.(this.progress());
  }

  private progress(): ReadProgress {
    return this.total === undefined ? { done: this.done } : { done: this.done, total: this.total };
  }

  /** A path of the assembled dispute as a path into the lines: `events[3].date` → `line 12, record.date`. */
  private linePath(path: IssuePath): IssuePath {
    const [first, second, ...rest] = path;
    if (
      typeof first === 'string' &&
      (COLLECTIONS as string[]).includes(first) &&
      typeof second === 'number'
    ) {
      const lineNumber = this.lineOf[first as RecordCollection][second];
      if (lineNumber !== undefined) return ['line', lineNumber, 'record', ...rest];
    }
    return ['line', this.headerLine, 'record', ...path];
  }
}

/** JSON Lines: one record per line, for data too large to hold as one JSON text. */
export const jsonLinesFormat = /* @__PURE__ */ defineFormat({
  name: 'jsonl',
  description: 'JSON Lines: a header line, then one record per line tagged with its collection (streamed)',
  mediaType: 'application/jsonl',
  extension: '.jsonl',
  write: (dispute) => [...writeJsonLines(dispute)].join(''),
  lines: (dispute) => writeJsonLines(dispute),
  read: (text) => readJsonLinesText(text),
});
