import { type Draft, produce } from 'immer';
import { fail, issue } from '../_lib/issues.js';
import { type SafeResult, TimelineError } from '../errors/index.js';
import type { ActorInput } from '../model/actor.js';
import type { ClaimInput } from '../model/claim.js';
import type { DeadlineInput } from '../model/deadline.js';
import type { DemandInput } from '../model/demand.js';
import type { Dispute, DisputeInput, RecordCollection } from '../model/dispute.js';
import type { TimelineEventInput } from '../model/event.js';
import type { DemandResponseInput } from '../model/response.js';
import type { SourceInput } from '../model/source.js';
import { builtDispute, validateDispute } from './validate.js';

/**
 * The fields of a dispute other than its records, as {@link createDispute} and {@link DisputeBuilder.set} take them.
 *
 * @category Build
 * @example
 * ```ts
 * import { createDispute, type DisputeHeaderInput } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // A new case set in the same place as the Saudi one:
 * const header: DisputeHeaderInput = { id: 'my-case', title: 'My case', timeZone: 'Asia/Riyadh', countries: ['SA'] };
 * createDispute(header).build().timeZone === saudiBlackberry2010.timeZone;
 * //=> true
 * ```
 */
export type DisputeHeaderInput = Omit<DisputeInput, RecordCollection>;

/**
 * An immutable, fluent builder of a {@link Dispute}. Every method returns a new builder and leaves the one it
 * was called on as it was, so a builder can be branched. Adding a record costs the same however many records
 * the builder holds; the records are read, checked and copied only by {@link DisputeBuilder.build}, which
 * never changes them.
 *
 * @category Build
 * @example
 * ```ts
 * import { editDispute } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const base = editDispute(indiaBlackberry2010);
 * // Two branches from one builder: each adds one of the operators the DoT ordered on 13 February 2011.
 * const withBsnl = base.actor({ id: 'bsnl', name: 'BSNL', kind: 'telecom-operator', country: 'IN' });
 * const withMtnl = base.actor({ id: 'mtnl', name: 'MTNL', kind: 'telecom-operator', country: 'IN' });
 * [withBsnl.build().actors.at(-1)?.id, withMtnl.build().actors.at(-1)?.id];
 * //=> ['bsnl', 'mtnl']
 * base.build().actors.length === indiaBlackberry2010.actors.length; // the builder they came from is unchanged
 * //=> true
 * ```
 */
export interface DisputeBuilder {
  /** Sets fields of the dispute other than its records (title, summary, time zone, countries). */
  set(header: Partial<DisputeHeaderInput>): DisputeBuilder;
  /** Adds actors. */
  actor(...actors: readonly ActorInput[]): DisputeBuilder;
  /** Adds sources. */
  source(...sources: readonly SourceInput[]): DisputeBuilder;
  /** Adds demands. */
  demand(...demands: readonly DemandInput[]): DisputeBuilder;
  /** Adds responses to demands. */
  response(...responses: readonly DemandResponseInput[]): DisputeBuilder;
  /** Adds deadlines; an extension is a deadline whose `extends` names the one it supersedes. */
  deadline(...deadlines: readonly DeadlineInput[]): DisputeBuilder;
  /** Adds events, in any order: the built dispute sorts them. */
  event(...events: readonly TimelineEventInput[]): DisputeBuilder;
  /** Adds claims. */
  claim(...claims: readonly ClaimInput[]): DisputeBuilder;
  /**
   * Validates everything added and returns the dispute, deeply frozen, its events in timeline order.
   * Every problem found is reported at once, in one error.
   *
   * @throws {@link TimelineError} `missing-field` when a required field is absent (an event without `kind`)
   * @throws {@link TimelineError} `wrong-type` when a value has the wrong type (a number where a date belongs, a collection that is not a list)
   * @throws {@link TimelineError} `unknown-field` when a record has a field the model does not know (a typo, `__proto__`)
   * @throws {@link TimelineError} `invalid-value` when a value is outside its vocabulary (an unknown actor kind, stance or confidence)
   * @throws {@link TimelineError} `invalid-id` when an id is not 1–128 letters, digits, `.`, `_`, `-` or `:`
   * @throws {@link TimelineError} `too-small` when a text or list that must not be empty is empty
   * @throws {@link TimelineError} `too-large` when a text or list is over its size limit
   * @throws {@link TimelineError} `missing-source` when an event or claim cites no source
   * @throws {@link TimelineError} `invalid-date` when a date is not an EDTF date this library reads
   * @throws {@link TimelineError} `impossible-date` when a date does not exist (`2015-02-30`) or an interval ends before it starts
   * @throws {@link TimelineError} `invalid-time-zone` when a time zone is not an IANA name
   * @throws {@link TimelineError} `invalid-url` when a URL is not an absolute `http:` or `https:` URL
   * @throws {@link TimelineError} `invalid-country` when a country is not an ISO 3166-1 alpha-2 code
   * @throws {@link TimelineError} `duplicate-id` when two records share an id
   * @throws {@link TimelineError} `unknown-reference` when a record refers to an id the dispute does not have, or to a record of the wrong kind
   * @throws {@link TimelineError} `extension-cycle` when a chain of deadline extensions loops
   * @throws {@link TimelineError} `extension-branch` when two deadlines extend the same deadline
   * @throws {@link TimelineError} `membership-cycle` when an actor is, through its memberships, a member of itself
   * @throws {@link TimelineError} `response-before-demand` when a response is dated certainly before a demand it answers
   * @throws {@link TimelineError} `deadline-before-demand` when a deadline falls due certainly before a demand it is for was made
   * @throws {@link TimelineError} `deadline-set-after-due` when a deadline was set certainly after it fell due
   * @throws {@link TimelineError} `inverted-range` when a claim's figure has its low value above its high value
   */
  build(): Dispute;
  /** Like {@link DisputeBuilder.build}, but returns the error instead of throwing it. */
  safeBuild(): SafeResult<Dispute>;
}

/**
 * The records appended to a chain of builders, in order, with the collection of each. A segment is shared by
 * every builder made from it: each sees its first `length` records, so a builder appends in place when it is the
 * last to have appended to its segment (the usual chain), and starts a segment of its own, pointing back at
 * the records it shares, when another builder has appended there already (a branch). Appending never copies.
 */
class Segment {
  readonly records: unknown[] = [];
  /** The collection of each run of records appended to one collection, and where in `records` the run starts. */
  readonly runs: RecordCollection[] = [];
  readonly runStarts: number[] = [];
  constructor(
    /** The segment this one continues, and how many of the records before this one's come from it. */
    readonly parent: Segment | null,
    readonly start: number,
  ) {}
}

/** Marks a header that is not an object, or threw when it was read (a Proxy, a throwing getter): `build` reports it. */
const UNREADABLE = Symbol('unreadable header');

/** A copy of a header as given, never throwing: `createDispute` and `set` check nothing. */
function copyHeader(
  base: Readonly<Record<string | symbol, unknown>>,
  header: unknown,
): Record<string | symbol, unknown> {
  if (Object.hasOwn(base, UNREADABLE)) return base;
  if (header === undefined) return { ...base };
  // A string would spread into one field per character, a list into one per item.
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return { [UNREADABLE]: true };
  try {
    return { ...base, ...header };
  } catch {
    return { [UNREADABLE]: true };
  }
}

class Builder implements DisputeBuilder {
  constructor(
    private readonly header: Readonly<Record<string, unknown>>,
    private readonly base: Dispute | null,
    private readonly segment: Segment | null,
    /** How many appended records this builder holds: the first `length` of its segment and those it continues. */
    private readonly length: number,
  ) {}

  set(header: Partial<DisputeHeaderInput>): DisputeBuilder {
    return new Builder(copyHeader(this.header, header), this.base, this.segment, this.length);
  }
  actor(...actors: readonly ActorInput[]): DisputeBuilder {
    return this.add('actors', actors);
  }
  source(...sources: readonly SourceInput[]): DisputeBuilder {
    return this.add('sources', sources);
  }
  demand(...demands: readonly DemandInput[]): DisputeBuilder {
    return this.add('demands', demands);
  }
  response(...responses: readonly DemandResponseInput[]): DisputeBuilder {
    return this.add('responses', responses);
  }
  deadline(...deadlines: readonly DeadlineInput[]): DisputeBuilder {
    return this.add('deadlines', deadlines);
  }
  event(...events: readonly TimelineEventInput[]): DisputeBuilder {
    return this.add('events', events);
  }
  claim(...claims: readonly ClaimInput[]): DisputeBuilder {
    return this.add('claims', claims);
  }

  build(): Dispute {
    const result = this.safeBuild();
    if (!result.success) throw result.error;
    return result.data;
  }

  safeBuild(): SafeResult<Dispute> {
    if (Object.hasOwn(this.header, UNREADABLE))
      return refused(['header'], 'the header is an object of fields that can be read');
    return validateDispute(this.assemble());
  }

  private add(collection: RecordCollection, records: readonly unknown[]): DisputeBuilder {
    const count = records.length;
    if (count === 0) return this;
    let segment = this.segment;
    // Append in place when no other builder has appended to this segment past this one; else branch off.
    if (segment === null || segment.start + segment.records.length !== this.length)
      segment = new Segment(segment, this.length);
    const { runs } = segment;
    if (runs.length === 0 || runs[runs.length - 1] !== collection) {
      runs.push(collection);
      segment.runStarts.push(segment.records.length);
    }
    for (let i = 0; i < count; i++) segment.records.push(records[i]);
    return new Builder(this.header, this.base, segment, this.length + count);
  }

  private assemble(): Record<string, unknown> {
    // The segments back to the first, each with how many of its records this builder holds.
    const segments: Segment[] = [];
    const counts: number[] = [];
    let end = this.length;
    for (let segment = this.segment; segment !== null; segment = segment.parent) {
      segments.push(segment);
      counts.push(end - segment.start);
      end = segment.start;
    }
    const lists = new Map<RecordCollection, unknown[]>();
    const listOf = (collection: RecordCollection) => {
      let list = lists.get(collection);
      if (list === undefined) {
        list = this.base === null ? [] : [...this.base[collection]];
        lists.set(collection, list);
      }
      return list;
    };
    for (let i = segments.length - 1; i >= 0; i--) {
      const { records, runs, runStarts } = segments[i] as Segment;
      const count = counts[i] as number;
      for (let r = 0; r < runs.length && (runStarts[r] as number) < count; r++) {
        const list = listOf(runs[r] as RecordCollection);
        const end = Math.min(count, r + 1 < runs.length ? (runStarts[r + 1] as number) : records.length);
        for (let j = runStarts[r] as number; j < end; j++) list.push(records[j]);
      }
    }
    const assembled: Record<string, unknown> = Object.create(null);
    if (this.base !== null) Object.assign(assembled, this.base);
    for (const key of Object.keys(this.header)) assembled[key] = this.header[key];
    for (const [collection, list] of lists) assembled[collection] = list;
    return assembled;
  }
}

/**
 * Starts building a dispute.
 *
 * @category Build
 * @param header - its id, title, and optionally summary, time zone (the place's; dates without their own zone are
 *   read in it) and countries
 * @returns an empty builder; add records to it, then call `build()`, which validates everything (nothing is
 *   checked before, so `createDispute` itself never throws)
 *
 * @example
 * ```ts
 * import { createDispute } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const notes = createDispute({ id: 'uae-notes', title: 'Notes on the UAE case', timeZone: 'Asia/Dubai' }).build();
 * [notes.timeZone === uaeBlackberry2010.timeZone, notes.events];
 * //=> [true, []]
 * // Nothing is checked until build: an empty title is reported then.
 * const result = createDispute({ id: 'case', title: '' }).safeBuild();
 * result.success ? [] : result.error.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`);
 * //=> ['too-small at title']
 * ```
 */
export function createDispute(header: DisputeHeaderInput): DisputeBuilder {
  return new Builder(copyHeader({}, header), null, null, 0);
}

/**
 * Starts a builder from an existing dispute, to add records to a copy of it. The dispute is not changed.
 *
 * @category Build
 * @param dispute - a built dispute
 * @returns a builder holding the dispute's records
 * @throws {@link TimelineError} `invalid-argument` when `dispute` is not an object; the dispute's own issues
 *   (such as `missing-field`, with paths starting at `dispute`) when it is a hand-made object that is not valid
 *
 * @example
 * ```ts
 * import { editDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const annotated = editDispute(blackberryPakistan2015)
 *   .set({ summary: 'Annotated copy' })
 *   .build();
 * annotated.events.length === blackberryPakistan2015.events.length;
 * //=> true
 * ```
 */
export function editDispute(dispute: Dispute): DisputeBuilder {
  if (typeof dispute !== 'object' || dispute === null)
    fail('invalid-argument', ['dispute'], 'editDispute takes a built dispute');
  // Validated now, so that the builder only ever holds a dispute with every collection (a hand-made object may lack them).
  return new Builder({}, builtDispute(dispute), null, 0);
}

/**
 * Derives a changed dispute with an immer recipe: change the draft as if it were mutable; the result is
 * validated like a built dispute and deeply frozen, and the original is untouched. Unchanged records are shared.
 *
 * @category Build
 * @param dispute - a built dispute
 * @param recipe - changes the draft; returns nothing
 * @returns the changed dispute, validated, events in timeline order
 * @throws {@link TimelineError} `invalid-argument` when `dispute` is not an object or `recipe` is not a function;
 *   the dispute's own issues (with paths starting at `dispute`) when it is a hand-made object that is not valid
 * @throws {@link TimelineError} `missing-field` when a required field is absent (an event without `kind`)
 * @throws {@link TimelineError} `wrong-type` when a value has the wrong type (a number where a date belongs, a collection that is not a list)
 * @throws {@link TimelineError} `unknown-field` when a record has a field the model does not know (a typo, `__proto__`)
 * @throws {@link TimelineError} `invalid-value` when a value is outside its vocabulary (an unknown actor kind, stance or confidence)
 * @throws {@link TimelineError} `invalid-id` when an id is not 1–128 letters, digits, `.`, `_`, `-` or `:`
 * @throws {@link TimelineError} `too-small` when a text or list that must not be empty is empty
 * @throws {@link TimelineError} `too-large` when a text or list is over its size limit
 * @throws {@link TimelineError} `missing-source` when an event or claim cites no source
 * @throws {@link TimelineError} `invalid-date` when a date is not an EDTF date this library reads
 * @throws {@link TimelineError} `impossible-date` when a date does not exist (`2015-02-30`) or an interval ends before it starts
 * @throws {@link TimelineError} `invalid-time-zone` when a time zone is not an IANA name
 * @throws {@link TimelineError} `invalid-url` when a URL is not an absolute `http:` or `https:` URL
 * @throws {@link TimelineError} `invalid-country` when a country is not an ISO 3166-1 alpha-2 code
 * @throws {@link TimelineError} `duplicate-id` when two records share an id
 * @throws {@link TimelineError} `unknown-reference` when a record refers to an id the dispute does not have, or to a record of the wrong kind
 * @throws {@link TimelineError} `extension-cycle` when a chain of deadline extensions loops
 * @throws {@link TimelineError} `extension-branch` when two deadlines extend the same deadline
 * @throws {@link TimelineError} `membership-cycle` when an actor is, through its memberships, a member of itself
 * @throws {@link TimelineError} `response-before-demand` when a response is dated certainly before a demand it answers
 * @throws {@link TimelineError} `deadline-before-demand` when a deadline falls due certainly before a demand it is for was made
 * @throws {@link TimelineError} `deadline-set-after-due` when a deadline was set certainly after it fell due
 * @throws {@link TimelineError} `inverted-range` when a claim's figure has its low value above its high value
 *
 * @example
 * ```ts
 * import { updateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const renamed = updateDispute(blackberryPakistan2015, (draft) => {
 *   draft.title = 'Pakistan and BlackBerry';
 * });
 * renamed.title;
 * //=> 'Pakistan and BlackBerry'
 * blackberryPakistan2015.title === renamed.title;
 * //=> false
 * ```
 */
export function updateDispute(dispute: Dispute, recipe: (draft: Draft<Dispute>) => void): Dispute {
  const result = safeUpdateDispute(dispute, recipe);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link updateDispute}, but returns the error instead of throwing it.
 *
 * @category Build
 * @param dispute - a built dispute
 * @param recipe - changes the draft; returns nothing
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem in the changed dispute;
 *   `invalid-argument` when `dispute` is not an object or `recipe` is not a function. It never throws, except
 *   what the recipe itself throws, which is passed on unchanged.
 *
 * @example
 * ```ts
 * import { safeUpdateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.events[0]!.date = '2015-02-30';
 * });
 * result.success ? 'ok' : result.error.issues[0].code;
 * //=> 'impossible-date'
 * ```
 */
export function safeUpdateDispute(
  dispute: Dispute,
  recipe: (draft: Draft<Dispute>) => void,
): SafeResult<Dispute> {
  if (typeof dispute !== 'object' || dispute === null || Array.isArray(dispute))
    return refused(['dispute'], 'updateDispute takes a built dispute');
  if (typeof recipe !== 'function') return refused(['recipe'], 'updateDispute takes a recipe function');
  // A dispute this library did not build is validated (and so copied) first: immer freezes what it is given,
  // and the caller's own objects must stay as they were.
  let base: Dispute;
  try {
    base = builtDispute(dispute);
  } catch (error) {
    return { success: false, error: error as TimelineError };
  }
  const next = produce(base, (draft: Draft<Dispute>) => {
    recipe(draft);
  });
  return next === base ? { success: true, data: base } : validateDispute(next);
}

function refused(path: readonly (string | number)[], message: string): SafeResult<never> {
  return { success: false, error: new TimelineError([issue('invalid-argument', path, message)]) };
}
