import * as z from 'zod/mini';
import type { Citation, CitationInput, DateValue } from './common.js';
import { citations, DateValueSchema, longText, SequenceSchema, shortText } from './common.js';
import type { ActorId, DeadlineId, DemandId, EventId } from './ids.js';
import { ActorIdSchema, DeadlineIdSchema, DemandIdSchema, EventIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * The kinds of ending of a deadline: `met`, `missed`, `enforced`, `extended` (superseded by another deadline)
 * or `rescinded` (withdrawn).
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineOutcomeSchema } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * saudiBlackberry2010.deadlines.map((deadline) => DeadlineOutcomeSchema.parse(deadline.outcome?.kind));
 * //=> ['extended', 'rescinded']
 * DeadlineOutcomeSchema.options;
 * //=> ['met', 'missed', 'enforced', 'extended', 'rescinded']
 * ```
 */
export const DeadlineOutcomeSchema = z
  .enum(['met', 'missed', 'enforced', 'extended', 'rescinded'])
  .check(z.describe('How the deadline ended'));

/**
 * One of `met`, `missed`, `enforced`, `extended`, `rescinded`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DeadlineOutcome } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const outcomes: (DeadlineOutcome | undefined)[] = blackberryPakistan2015.deadlines.map((d) => d.outcome?.kind);
 * outcomes;
 * //=> ['extended', 'rescinded']
 * ```
 */
export type DeadlineOutcome = z.infer<typeof DeadlineOutcomeSchema>;

/**
 * How and when a deadline ended: its `kind`, the date `on` which it stopped being in force (read like every
 * date: in its own zone, else the dispute's), the `event` that records the ending, and the sources. Leave `on`
 * out when the sources do not date the ending, and say so in `note`: queries then read the ending as some time
 * after the deadline was set and, when `event` is given, no later than that event.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineEndingSchema } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const { kind, on, event } = DeadlineEndingSchema.parse(uaeBlackberry2010.deadlines[0]?.outcome);
 * [kind, on, event];
 * //=> ['rescinded', '2010-10-08', 'suspension-withdrawn']
 * DeadlineEndingSchema.safeParse('rescinded').success; // the bare word of format version 1 is read only by parseDispute
 * //=> false
 * ```
 */
export const DeadlineEndingSchema = z
  .strictObject({
    kind: DeadlineOutcomeSchema,
    on: z
      .optional(DateValueSchema)
      .check(
        z.describe('When it ended (stopped being in force); absent when the sources do not date the ending'),
      ),
    event: z.optional(EventIdSchema).check(z.describe('The event that records the ending')),
    sources: z.optional(citations('Sources for the ending')),
    note: z.optional(longText('what the sources say of the ending, such as why its date is not known')),
  })
  .check(z.describe('How and when the deadline ended'));

/**
 * How and when a deadline ended, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DeadlineEnding } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const ending: DeadlineEnding | undefined = indiaBlackberry2010.deadlines[0]?.outcome;
 * [ending?.kind, ending?.on, ending?.event];
 * //=> ['extended', '2010-08-30', 'sixty-day-reprieve']
 * ```
 */
export interface DeadlineEnding {
  readonly kind: DeadlineOutcome;
  readonly on?: DateValue | undefined;
  readonly event?: EventId | undefined;
  readonly sources?: readonly Citation[] | undefined;
  readonly note?: string | undefined;
}

/**
 * A date by which a demand must be met, set by someone, with a consequence. An extension is a new deadline
 * whose `extends` names the one it supersedes, so extensions form a chain.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineSchema } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const reprieve = indiaBlackberry2010.deadlines.find((deadline) => deadline.id === 'deadline-2010-10-31');
 * DeadlineSchema.parse(reprieve).extends;
 * //=> 'deadline-2010-08-31'
 * DeadlineSchema.safeParse({ ...reprieve, setBy: [] }).success; // someone set it
 * //=> false
 * ```
 */
export const DeadlineSchema = z
  .strictObject({
    id: DeadlineIdSchema,
    due: DateValueSchema.check(z.describe('When it falls due')),
    setOn: z.optional(DateValueSchema).check(z.describe('When it was set or announced')),
    setBy: z
      .array(ActorIdSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('Who set it')),
    demands: z
      .array(DemandIdSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('The demands it is for')),
    summary: z.optional(shortText('the deadline, in one line')),
    consequence: z.optional(longText('what happens if it is not met')),
    extends: z.optional(DeadlineIdSchema).check(z.describe('The deadline this one extends (supersedes)')),
    outcome: z.optional(DeadlineEndingSchema),
    sources: z.optional(citations('Sources for the deadline')),
    sequence: z.optional(SequenceSchema),
  })
  .check(z.describe('A deadline set for demands'));

/**
 * A deadline, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Deadline } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The 30 November shutdown was extended to 30 December, and then rescinded (on a day no source gives).
 * const last: Deadline | undefined = blackberryPakistan2015.deadlines.at(-1);
 * [last?.due, last?.extends, last?.outcome?.kind, last?.outcome?.on];
 * //=> ['2015-12-30', 'deadline-2015-11-30', 'rescinded', undefined]
 * ```
 */
export interface Deadline {
  readonly id: DeadlineId;
  readonly due: DateValue;
  readonly setOn?: DateValue | undefined;
  readonly setBy: readonly ActorId[];
  readonly demands: readonly DemandId[];
  readonly summary?: string | undefined;
  readonly consequence?: string | undefined;
  readonly extends?: DeadlineId | undefined;
  readonly outcome?: DeadlineEnding | undefined;
  readonly sources?: readonly Citation[] | undefined;
  readonly sequence?: number | undefined;
}

/**
 * What a builder accepts for a deadline.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type DeadlineInput } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // A hypothetical new deadline, set after India's 31 January 2011 deadline was missed (a missed deadline
 * // cannot also be extended):
 * const deadline: DeadlineInput = {
 *   id: 'deadline-2011-04-30',
 *   due: '2011-04-30',
 *   setBy: ['mha'],
 *   demands: ['bes-bbm-access'],
 * };
 * editDispute(indiaBlackberry2010).deadline(deadline).build().deadlines.length;
 * //=> 5
 * ```
 */
export interface DeadlineInput {
  id: string;
  due: DateValue;
  setOn?: DateValue | undefined;
  setBy: string[];
  demands: string[];
  summary?: string | undefined;
  consequence?: string | undefined;
  extends?: string | undefined;
  outcome?:
    | {
        kind: DeadlineOutcome;
        on?: DateValue | undefined;
        event?: string | undefined;
        sources?: CitationInput[] | undefined;
        note?: string | undefined;
      }
    | undefined;
  sources?: CitationInput[] | undefined;
  sequence?: number | undefined;
}
