import { issue } from '../../_lib/issues.js';
import { quoted } from '../../_lib/text.js';
import { deepFreeze } from '../../builder/snapshot.js';
import { referenceChecker, validateDispute, validateRecord } from '../../builder/validate.js';
import type { TimelineIssue } from '../../errors/index.js';
import { type Dispute, DisputeHeaderSchema, type RecordCollection } from '../../model/dispute.js';
import { emptyLists, LineReader } from './engine.js';
import { COLLECTIONS, HEADER, type JsonLinesItem } from './shape.js';

const EVENTS = COLLECTIONS.indexOf('events');
const CLAIMS = COLLECTIONS.indexOf('claims');

/**
 * Checks records as they come and passes the valid ones on (see {@link streamJsonl}): the records before
 * the events are kept and checked together when the first event comes; events and claims one by one.
 */
export class StreamReader extends LineReader {
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
          `${collection} come before the events in JSON Lines as writeJsonlLines writes them; streamJsonl reads them in that order (readJsonl reads any order)`,
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
