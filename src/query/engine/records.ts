import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import { nearest } from '../../_lib/nearest.js';
import { withArticle } from '../../_lib/text.js';
import type { IssuePath } from '../../errors/index.js';
import type { Deadline } from '../../model/deadline.js';
import type { Demand } from '../../model/demand.js';
import type { RecordCollection } from '../../model/dispute.js';
import type { DisputeIndex } from './dispute-index.js';

/**
 * Finds a record of a dispute given as itself or by its id.
 * @throws `unknown-reference` when the dispute has no such record; `invalid-argument` when it is neither a record nor an id
 */
export function recordOf<T>(
  index: DisputeIndex,
  collection: RecordCollection,
  value: unknown,
  path: IssuePath,
): T {
  const id =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
        ? (value as { id: string }).id
        : fail(
            'invalid-argument',
            path,
            `expected ${withArticle(singular(collection))} or its id; got ${describeValue(value)}`,
          );
  const found = index.record(id);
  if (found === undefined || found.collection !== collection) {
    const near =
      found === undefined
        ? nearest(
            id,
            (index.dispute[collection] as readonly { readonly id: string }[]).map((record) => record.id),
          )
        : undefined;
    const what =
      found !== undefined
        ? `; ${JSON.stringify(id)} is ${withArticle(singular(found.collection))}`
        : near === undefined
          ? ''
          : `; did you mean ${JSON.stringify(near)}?`;
    fail(
      'unknown-reference',
      path,
      `the dispute has no ${singular(collection)} ${JSON.stringify(id)}${what}`,
      id,
    );
  }
  return found.record as T;
}

/** A demand of the dispute, given as itself or by id. */
export function demandOf(index: DisputeIndex, value: unknown, path: IssuePath = ['demand']): Demand {
  return recordOf<Demand>(index, 'demands', value, path);
}

/** A deadline of the dispute, given as itself or by id. */
export function deadlineOf(index: DisputeIndex, value: unknown, path: IssuePath = ['deadline']): Deadline {
  return recordOf<Deadline>(index, 'deadlines', value, path);
}

/** A record of a collection: `response` of `responses`. */
function singular(collection: RecordCollection): string {
  return collection.slice(0, -1);
}
