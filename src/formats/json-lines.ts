import { describeValue } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { quoted } from '../_lib/text.js';
import { deepFreeze } from '../builder/snapshot.js';
import { builtDispute, referenceChecker, validateDispute, validateRecord } from '../builder/validate.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import {
  type Dispute,
  DisputeHeaderSchema,
  MAX_RECORDS,
  RECORD_SCHEMAS,
  type RecordCollection,
} from '../model/dispute.js';
import { defineFormat } from './format.js';
import { checkTextInput, LineSplitter, progressOption, textChunks, withoutBom } from './support/chunks.js';

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

/**
 * One record read by {@link streamJsonLines}: the header (`collection: 'dispute'`, the dispute's own fields),
 * or a record of one collection, with the line it was read from (counted from 1). `collection` tells which, so
 * a `switch` or an `if` on it narrows `record` to its type. Every record is validated and deeply frozen.
 *
 * @category Formats
 * @example
 * ```ts
 * import { streamJsonLines, writeJsonLines, type JsonLinesItem } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const titles: string[] = [];
 * for await (const item of streamJsonLines(writeJsonLines(uaeBlackberry2010))) {
 *   const seen: JsonLinesItem = item;
 *   if (seen.collection === 'dispute' || seen.collection === 'events') titles.push(seen.record.title);
 * }
 * titles[0];
 * //=> 'The United Arab Emirates and BlackBerry, 2010'
 * titles.length;
 * //=> 4
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

/**
 * Reads JSON Lines as {@link writeJsonLines} writes them record by record, without ever holding the dispute:
 * an async iterator of {@link JsonLinesItem}s, the header first, each record validated and deeply frozen. It
 * suits files of millions of events: what it holds is the records before the events (actors, sources, demands,
 * responses, deadlines, which are few), the ids read so far (to find a duplicate; about 60 bytes an id), and
 * the line being read. The input is what {@link readJsonLines} takes.
 *
 * The checks are those of {@link readJsonLines}, which is to say those of {@link parseDispute}. The records
 * before the first event are kept until it comes (or the input ends), then checked together as a dispute without
 * events, dates across records included (a response before its demand, a deadline set after it falls due,
 * extension chains, endings, membership loops), and yielded in the order of the JSON form; then each event and
 * each claim is checked on its own, its references against the records read before it, and yielded as it is
 * read. A deadline ending's `event` is resolved against the events as they come, and reported at the end when
 * none has its id. Events come in the order of the lines (the order of the timeline, as `writeJsonLines` writes
 * them). The collections come in the order of the JSON form, as `writeJsonLines` writes them: a line of actors,
 * sources, demands, responses or deadlines after the first event is an issue here (`readJsonLines` takes the
 * lines in any order). Claims may come anywhere after the header.
 *
 * **When a problem is found**, no record is yielded after it, but the input is read to its end, and then the
 * iterator throws one {@link TimelineError} listing every issue, with paths that name lines as
 * `readJsonLines`' do. So every record yielded was valid, and they all came before the first problem, but some
 * problems are found only at the end (counts that disagree with the lines, a deadline's ending that names no
 * event, a file cut short): a consumer should treat what it did with the records of a stream that throws as
 * unfinished, and discard it (write to a temporary file and rename it at the end, for example).
 *
 * @category Formats
 * @param lines - the lines or chunks of a JSON Lines text, as strings or bytes; or the whole text as one string
 * @param options - `onProgress`, called as records are read: after the header, after every 1,000 records and
 * at the end
 * @returns an async iterator of the header and the records, each validated and deeply frozen; breaking out of a
 * `for await` loop over it closes the input
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or an input that is not iterable
 * @throws {@link TimelineError} `json-syntax`, `invalid-value`, `unknown-reference` and every other issue
 * {@link readJsonLines} gives, from the iterator after the last line; also `invalid-value` for a record of a
 * collection that comes before the events, read after an event
 *
 * @example
 * ```ts
 * import { streamJsonLines, writeJsonLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * let events = 0;
 * let id = '';
 * for await (const item of streamJsonLines(writeJsonLines(blackberryPakistan2015))) {
 *   if (item.collection === 'dispute') id = item.record.id;
 *   if (item.collection === 'events') events++;
 * }
 * [id, events];
 * //=> ['blackberry-pakistan-2015', 8]
 * // A bad event is not yielded: it is reported after the last line, with any other issue, by line.
 * const lines = [...writeJsonLines(blackberryPakistan2015)];
 * const at = lines.findIndex((line) => line.startsWith('{"collection":"events"'));
 * lines[at] = lines[at]!.replace('"confidence":"', '"confidence":"x');
 * let yielded = 0;
 * try {
 *   for await (const _ of streamJsonLines(lines)) yielded++;
 * } catch (error) {
 *   console.log((error as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path));
 *   //=> [['line', 35, 'record', 'confidence']]
 * }
 * yielded; // the header and the 33 records before that event
 * //=> 34
 * ```
 */
export function streamJsonLines(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: ReadJsonLinesOptions = {},
): AsyncIterableIterator<JsonLinesItem> {
  const onProgress = progressOption<ReadProgress>(options);
  checkTextInput(lines, 'lines');
  return streamItems(lines, onProgress);
}

async function* streamItems(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  onProgress: ((progress: ReadProgress) => void) | undefined,
): AsyncGenerator<JsonLinesItem, void, undefined> {
  const reader = new StreamReader(onProgress);
  const splitter = lineSplitter();
  for await (const text of textChunks(lines, 'lines')) {
    for (const line of splitter.push(text)) reader.readLine(line);
    const out = reader.take();
    for (let i = 0; i < out.length; i++) yield out[i] as JsonLinesItem;
  }
  for (const line of splitter.end()) reader.readLine(line);
  reader.end();
  const out = reader.take();
  for (let i = 0; i < out.length; i++) yield out[i] as JsonLinesItem;
  reader.throwIfAny();
}

function lineSplitter(): LineSplitter {
  return new LineSplitter(
    (line) =>
      fail('too-large', ['line', line], `a line has at most ${MAX_LINE} characters: is this JSON Lines?`),
    MAX_LINE,
  );
}

/**
 * Reads lines one by one: the header, the shape of each line, the counts and the progress. What becomes of each
 * record is the subclass's: kept for a dispute, or checked and passed on.
 */
abstract class LineReader {
  protected lineNumber = 0;
  protected header: Record<string, unknown> | undefined;
  protected headerLine = 0;
  private counts: Readonly<Record<string, unknown>> | undefined;
  private total: number | undefined;
  private done = 0;
  /** Records read of each collection, by line, including any over the limit. */
  protected readonly read = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    RecordCollection,
    number
  >;
  readonly issues: TimelineIssue[] = [];

  constructor(private readonly onProgress: ((progress: ReadProgress) => void) | undefined) {}

  protected abstract record(collection: RecordCollection, record: unknown, line: number): void;

  readLine(raw: string): void {
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
    // Without a prototype, a field `__proto__` stays a field, to be reported as unknown.
    const fields: Record<string, unknown> = Object.create(null);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      this.issues.push(
        issue(
          'wrong-type',
          [...at, 'record'],
          `the header's record is an object; got ${describeValue(record)}`,
        ),
      );
    } else {
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
    }
    this.header = fields;
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
    const count = this.read[collection]++;
    if (count >= MAX_RECORDS) {
      if (count === MAX_RECORDS)
        this.issues.push(
          issue('too-large', ['line', this.lineNumber], `${collection} holds at most ${MAX_RECORDS} records`),
        );
      return;
    }
    this.record(collection, record, this.lineNumber);
    this.done++;
    if (this.done % 1000 === 0) this.onProgress?.(this.progress());
  }

  /** The issues of the end of the input: no header, counts that disagree; and the last progress call. */
  protected finish(): void {
    if (this.header === undefined && this.issues.length === 0)
      this.issues.push(issue('missing-field', ['line', 1], 'the input holds no header line: it is empty'));
    if (this.counts !== undefined) {
      for (const collection of COLLECTIONS) {
        const count = this.counts[collection];
        const read = Math.min(this.read[collection], MAX_RECORDS);
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
    if (this.done % 1000 !== 0 || this.done === 0) this.onProgress?.(this.progress());
  }

  private progress(): ReadProgress {
    return this.total === undefined ? { done: this.done } : { done: this.done, total: this.total };
  }

  /** The fields of the header line, with records of the given collections, as one dispute's JSON form. */
  protected disputeInput(records: Readonly<Record<string, unknown[]>>): Record<string, unknown> {
    return { ...this.header, ...records };
  }

  /** A path of an assembled dispute as a path into the lines: `events[3].date` → `line 12, record.date`. */
  protected linePath(path: IssuePath, lineOf: Readonly<Record<string, readonly number[]>>): IssuePath {
    const [first, second, ...rest] = path;
    if (typeof first === 'string' && Object.hasOwn(lineOf, first) && typeof second === 'number') {
      const lineNumber = lineOf[first]?.[second];
      if (lineNumber !== undefined) return ['line', lineNumber, 'record', ...rest];
    }
    return ['line', this.headerLine, 'record', ...path];
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new TimelineError(this.issues as [TimelineIssue, ...TimelineIssue[]]);
  }
}

/** Keeps every record, and builds the dispute at the end. */
class DisputeReader extends LineReader {
  private readonly records = emptyLists<unknown>();
  /** The line each record came from, by collection and position: to point issues at lines. */
  private readonly lineOf = emptyLists<number>();

  protected record(collection: RecordCollection, record: unknown, line: number): void {
    this.records[collection].push(record);
    this.lineOf[collection].push(line);
  }

  end(): Dispute {
    this.finish();
    // Every record is the reader's own, fresh from JSON.parse: validation may keep and freeze it as it is.
    const result = validateDispute(this.disputeInput(this.records), true);
    if (!result.success)
      for (const found of result.error.issues)
        this.issues.push({ ...found, path: this.linePath(found.path, this.lineOf) });
    this.throwIfAny();
    if (!result.success) throw result.error;
    return result.data;
  }
}

function emptyLists<T>(): Record<RecordCollection, T[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<RecordCollection, T[]>;
}

const EVENTS = COLLECTIONS.indexOf('events');
const CLAIMS = COLLECTIONS.indexOf('claims');

/**
 * Checks records as they come and passes the valid ones on (see {@link streamJsonLines}): the records before
 * the events are kept and checked together when the first event comes; events and claims one by one.
 */
class StreamReader extends LineReader {
  /** The records before the events, until they are checked. */
  private records = emptyLists<unknown>();
  private lineOf = emptyLists<number>();
  private checked = false;
  /** Every id but the events', with where it was read: line × 8 + the collection's position. */
  private readonly ids = new Map<string, number>();
  /** The events' ids: only whether one was read, so that a million of them cost one Set. */
  private readonly eventIds = new Set<string>();
  /** Deadline endings' events not read yet: the id, and the lines of the deadlines that name it. */
  private readonly laterEvents = new Map<string, number[]>();
  private readonly referenceIssues: TimelineIssue[] = [];
  private checkReferences: ((collection: RecordCollection, index: number, raw: unknown) => void) | undefined;
  private out: JsonLinesItem[] = [];

  /** The records ready to be yielded since the last call. */
  take(): JsonLinesItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  protected record(collection: RecordCollection, record: unknown, line: number): void {
    const position = COLLECTIONS.indexOf(collection);
    if (collection === 'events') {
      if (!this.checked) this.checkFirstRecords();
      this.readOne(collection, position, record, line);
    } else if (!this.checked) {
      this.records[collection].push(record);
      this.lineOf[collection].push(line);
    } else if (position === CLAIMS) this.readOne(collection, position, record, line);
    else
      this.issues.push(
        issue(
          'invalid-value',
          ['line', line, 'collection'],
          `${collection} come before the events in JSON Lines as writeJsonLines writes them; streamJsonLines reads them in that order (readJsonLines reads any order)`,
          collection,
        ),
      );
  }

  /** The records before the events, checked as a dispute without events; yielded when valid. */
  private checkFirstRecords(): void {
    this.checked = true;
    const lineOf = this.lineOf;
    COLLECTIONS.forEach((collection, position) => {
      const list = this.records[collection];
      for (let i = 0; i < list.length; i++) {
        const raw = list[i];
        const id = idOf(raw);
        if (id !== undefined && !this.ids.has(id))
          this.ids.set(id, (lineOf[collection][i] as number) * 8 + position);
      }
    });
    const result = validateDispute(this.disputeInput(this.records), true, {
      laterEvent: (id, index) => {
        const line = lineOf.deadlines[index] as number;
        const lines = this.laterEvents.get(id);
        if (lines === undefined) this.laterEvents.set(id, [line]);
        else lines.push(line);
      },
    });
    this.records = emptyLists<unknown>();
    this.lineOf = emptyLists<number>();
    if (!result.success)
      for (const found of result.error.issues)
        this.issues.push({ ...found, path: this.linePath(found.path, lineOf) });
    else if (this.issues.length === 0) {
      const built = result.data;
      const header: Record<string, unknown> = {};
      for (const field of Object.keys(DisputeHeaderSchema.shape)) {
        const value = (built as unknown as Record<string, unknown>)[field];
        if (value !== undefined) header[field] = value;
      }
      this.out.push(
        Object.freeze({
          collection: HEADER,
          record: Object.freeze(header) as unknown as Omit<Dispute, RecordCollection>,
          line: this.headerLine,
        }),
      );
      for (const collection of COLLECTIONS) {
        const list = built[collection];
        for (let i = 0; i < list.length; i++)
          this.out.push(
            Object.freeze({
              collection,
              record: list[i],
              line: lineOf[collection][i] as number,
            }) as JsonLinesItem,
          );
      }
    }
    const ids = this.ids;
    const eventIds = this.eventIds;
    this.checkReferences = referenceChecker(
      {
        collectionOf: (id) => {
          const at = ids.get(id);
          if (at !== undefined) return COLLECTIONS[at % 8];
          return eventIds.has(id) ? 'events' : undefined;
        },
        *idsOf(collection) {
          if (collection === 'events') yield* eventIds;
          else for (const [id, at] of ids) if (COLLECTIONS[at % 8] === collection) yield id;
        },
      },
      this.referenceIssues,
    );
  }

  /** An event or a claim, read after the records before the events: checked on its own and yielded when valid. */
  private readOne(collection: RecordCollection, position: number, raw: unknown, line: number): void {
    const id = idOf(raw);
    if (id !== undefined) {
      const at = this.ids.get(id);
      if (at !== undefined || this.eventIds.has(id)) {
        const where = at === undefined ? 'an event read before' : `line ${Math.floor(at / 8)}`;
        this.issues.push(
          issue(
            'duplicate-id',
            ['line', line, 'record', 'id'],
            `id ${quoted(id)} is already used by ${where}`,
            id,
          ),
        );
      } else if (position === EVENTS) this.eventIds.add(id);
      else this.ids.set(id, line * 8 + position);
      if (this.laterEvents.size > 0) this.resolveLater(id, position);
    }
    const result = validateRecord(collection, raw, ['line', line, 'record'], true);
    if ('issues' in result) for (const found of result.issues) this.issues.push(found);
    (this.checkReferences as (collection: RecordCollection, index: number, raw: unknown) => void)(
      collection,
      line,
      raw,
    );
    if (this.referenceIssues.length > 0) {
      for (const found of this.referenceIssues)
        this.issues.push({ ...found, path: ['line', line, 'record', ...found.path.slice(2)] });
      this.referenceIssues.length = 0;
    }
    if (this.issues.length === 0 && 'record' in result)
      this.out.push(Object.freeze({ collection, record: deepFreeze(result.record), line }) as JsonLinesItem);
  }

  /** A deadline's ending named this id before it was read: an event resolves it, another record is wrong. */
  private resolveLater(id: string, position: number): void {
    const lines = this.laterEvents.get(id);
    if (lines === undefined) return;
    this.laterEvents.delete(id);
    if (position === EVENTS) return;
    for (const line of lines)
      this.issues.push(
        issue(
          'unknown-reference',
          ['line', line, 'record', 'outcome', 'event'],
          `${quoted(id)} is a claim, not an event`,
          id,
        ),
      );
  }

  end(): void {
    if (!this.checked) this.checkFirstRecords();
    this.finish();
    for (const [id, lines] of this.laterEvents)
      for (const line of lines)
        this.issues.push(
          issue(
            'unknown-reference',
            ['line', line, 'record', 'outcome', 'event'],
            `no event has id ${quoted(id)}`,
            id,
          ),
        );
    this.laterEvents.clear();
  }
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'id')) return undefined;
  const id = (raw as { id: unknown }).id;
  return typeof id === 'string' ? id : undefined;
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
