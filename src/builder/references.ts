import { issue } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import { quoted, withArticle } from '../_lib/text.js';
import type { IssueCode, IssuePath, TimelineIssue } from '../errors/index.js';
import type { RecordCollection } from '../model/dispute.js';

/** A field of a record that refers to other records: a single id, a list of ids, or a list of objects holding one. */
interface ReferenceField {
  readonly field: string;
  readonly key?: string;
  readonly target: RecordCollection;
}

const SOURCES: ReferenceField = { field: 'sources', key: 'source', target: 'sources' };

/** Every reference the model has, by the collection that holds it (a deadline's ending: `rules/deadline-endings.ts`). */
const REFERENCES: Record<RecordCollection, readonly ReferenceField[]> = {
  actors: [{ field: 'memberships', key: 'organization', target: 'actors' }],
  sources: [],
  demands: [{ field: 'by', target: 'actors' }, { field: 'of', target: 'actors' }, SOURCES],
  responses: [{ field: 'by', target: 'actors' }, { field: 'to', target: 'demands' }, SOURCES],
  deadlines: [
    { field: 'setBy', target: 'actors' },
    { field: 'demands', target: 'demands' },
    { field: 'extends', target: 'deadlines' },
    SOURCES,
  ],
  events: [
    { field: 'actors', target: 'actors' },
    { field: 'demands', target: 'demands' },
    { field: 'responses', target: 'responses' },
    { field: 'deadlines', target: 'deadlines' },
    SOURCES,
  ],
  claims: [SOURCES],
};

/** The records references may point at: which collection holds an id, and the ids of a collection. */
export interface IdLookup {
  collectionOf(id: string): RecordCollection | undefined;
  idsOf(collection: RecordCollection): Iterable<string>;
}

/** Where a reference check reports: an issue's parts. */
export type ReportIssue = (code: IssueCode, path: IssuePath, message: string, value?: unknown) => void;

/**
 * Checks the references of records one at a time against `ids`, pushing an issue for each that does not
 * resolve, with paths `[collection, index, field, …]`: for a reader that streams records past.
 */
export function referenceChecker(
  ids: IdLookup,
  issues: TimelineIssue[],
): (collection: RecordCollection, index: number, raw: unknown) => void {
  const references = new ReferenceCheck(ids, (code, path, message, value) =>
    issues.push(issue(code, path, message, value)),
  );
  return (collection, index, raw) => references.checkRecord(collection, index, raw);
}

/**
 * Resolves references. It reads raw records, so that a record with a schema problem still has its references
 * checked; values of the wrong type are skipped here, as the schema reports them.
 */
export class ReferenceCheck {
  /** Suggestions cost a search each: a crafted input with a million dangling references gets the first 100. */
  private suggestionsLeft = 100;
  private readonly idsByCollection = new Map<RecordCollection, string[]>();

  constructor(
    private readonly ids: IdLookup,
    private readonly report: ReportIssue,
  ) {}

  /** Checks every reference of one raw record, the record at `index` of `collection`. */
  checkRecord(collection: RecordCollection, index: number, raw: unknown): void {
    if (typeof raw !== 'object' || raw === null) return;
    // Paths are built only for a reference that fails: a million records would otherwise make millions of them.
    for (const { field, key, target } of REFERENCES[collection]) {
      const value = Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
      if (typeof value === 'string' && key === undefined && !this.resolves(value, target))
        this.fail(value, target, [collection, index, field]);
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (key === undefined) {
          if (typeof item === 'string' && !this.resolves(item, target))
            this.fail(item, target, [collection, index, field, i]);
        } else if (typeof item === 'object' && item !== null && Object.hasOwn(item, key)) {
          const id = (item as Record<string, unknown>)[key];
          if (typeof id === 'string' && !this.resolves(id, target))
            this.fail(id, target, [collection, index, field, i, key]);
        }
      }
    }
  }

  /** The id of the right kind nearest to an unknown one (`interior-ministry` → `interior-ministry-pk`). */
  private nearestId(id: string, collection: RecordCollection): string | undefined {
    if (this.suggestionsLeft <= 0) return undefined;
    this.suggestionsLeft--;
    let list = this.idsByCollection.get(collection);
    if (list === undefined) {
      list = [...this.ids.idsOf(collection)];
      this.idsByCollection.set(collection, list);
    }
    return nearest(id, list);
  }

  private resolves(id: string, collection: RecordCollection): boolean {
    return this.ids.collectionOf(id) === collection;
  }

  private fail(id: string, collection: RecordCollection, path: IssuePath): void {
    const found = this.ids.collectionOf(id);
    if (found === undefined) {
      const near = this.nearestId(id, collection);
      const hint = near === undefined ? '' : `; did you mean ${quoted(near)}?`;
      this.report('unknown-reference', path, `no ${singular(collection)} has id ${quoted(id)}${hint}`, id);
    } else if (found !== collection) {
      this.report(
        'unknown-reference',
        path,
        `${quoted(id)} is ${withArticle(singular(found))}, not ${withArticle(singular(collection))}`,
        id,
      );
    }
  }
}

/** A record of a collection: `response` of `responses`. */
function singular(collection: RecordCollection): string {
  return collection.slice(0, -1);
}
