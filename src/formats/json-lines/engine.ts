import { describeValue } from '../../_lib/args.js';
import { fail, issue } from '../../_lib/issues.js';
import { validateDispute } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import { type Dispute, MAX_RECORDS, type RecordCollection } from '../../model/dispute.js';
import type { ReadProgress } from '../format.js';
import type { InvalidText } from '../support/chunks.js';
import { LineSplitter } from '../support/chunks.js';
import { COLLECTIONS, HEADER, MAX_LINE } from './shape.js';

export function lineSplitter(): LineSplitter {
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
export abstract class LineReader {
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

  /** Bytes of the input that are not UTF-8: a `json-syntax` issue at their line (JSON text is UTF-8). */
  invalidText(invalid: InvalidText): void {
    this.issues.push(issue('json-syntax', ['line', invalid.line], invalid.message, invalid.byte));
  }

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
export class DisputeReader extends LineReader {
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

export function emptyLists<T>(): Record<RecordCollection, T[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<RecordCollection, T[]>;
}
