import * as z from 'zod/mini';
import {
  type Citation,
  type CitationInput,
  CitationSchema,
  type Confidence,
  ConfidenceSchema,
  type DateValue,
  DateValueSchema,
  longText,
  SequenceSchema,
  shortText,
} from './common.js';
import type { ActorId, DeadlineId, DemandId, EventId, ResponseId } from './ids.js';
import { ActorIdSchema, DeadlineIdSchema, DemandIdSchema, EventIdSchema, ResponseIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * What kind of happening an event is.
 *
 * @category Model
 * @example
 * ```ts
 * import { EventKindSchema } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * uaeBlackberry2010.events.map((event) => EventKindSchema.parse(event.kind));
 * //=> [ 'demand', 'rescission' ]
 * EventKindSchema.safeParse('ultimatum').success;
 * //=> false
 * ```
 */
export const EventKindSchema = z
  .enum([
    'demand',
    'notification',
    'order',
    'statement',
    'announcement',
    'response',
    'meeting',
    'negotiation',
    'extension',
    'deadline',
    'rescission',
    'agreement',
    'exit',
    'enforcement',
    'report',
    'filing',
    'hearing',
    'ruling',
    'appeal',
    'stay',
    'stay-lifted',
    'other',
  ])
  .check(z.describe('What kind of happening the event is'));

/**
 * One of the event kinds: `demand`, `notification`, `order`, `statement`, `announcement`, `response`,
 * `meeting`, `negotiation`, `extension`, `deadline`, `rescission`, `agreement`, `exit`, `enforcement`,
 * `report`, the court's kinds `filing` (a suit, petition or motion filed), `hearing`, `ruling` (a judgment or
 * decision; a court's order to do something is an `order`), `appeal`, `stay` (an order or deadline suspended
 * until further notice: the deadlines and demands the event names) and `stay-lifted` (a stay ended: they are in
 * force again), and `other`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { EventKind } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const kinds: EventKind[] = blackberryPakistan2015.events.map((event) => event.kind);
 * kinds.slice(0, 4);
 * //=> [ 'demand', 'notification', 'order', 'statement' ]
 * ```
 */
export type EventKind = z.infer<typeof EventKindSchema>;

/**
 * A dated happening on the timeline, linked to what it concerns, with at least one source and a confidence.
 *
 * @category Model
 * @example
 * ```ts
 * import { TimelineEventSchema } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const withdrawn = uaeBlackberry2010.events.find((event) => event.id === 'suspension-withdrawn');
 * TimelineEventSchema.parse(withdrawn).sources.map((citation) => citation.source);
 * //=> ['the-national-suspension-withdrawn', 'business-standard-uae']
 * TimelineEventSchema.safeParse({ ...withdrawn, sources: [] }).success; // an event needs a source
 * //=> false
 * ```
 */
export const TimelineEventSchema = z
  .strictObject({
    id: EventIdSchema,
    date: DateValueSchema.check(z.describe('When it happened')),
    kind: EventKindSchema,
    title: shortText('what happened, in one line'),
    description: z.optional(longText('what happened, in detail')),
    actors: z
      .array(ActorIdSchema)
      .check(z.maxLength(LIMITS.eventReferences), z.describe('The actors it concerns')),
    demands: z
      .optional(z.array(DemandIdSchema).check(z.maxLength(LIMITS.eventReferences)))
      .check(z.describe('The demands it concerns')),
    responses: z
      .optional(z.array(ResponseIdSchema).check(z.maxLength(LIMITS.eventReferences)))
      .check(z.describe('The responses it concerns')),
    deadlines: z
      .optional(z.array(DeadlineIdSchema).check(z.maxLength(LIMITS.eventReferences)))
      .check(z.describe('The deadlines it concerns')),
    sources: z
      .array(CitationSchema)
      .check(
        z.minLength(1, { error: 'an event needs at least one source' }),
        z.maxLength(LIMITS.citations),
        z.describe('The sources that report it: at least one'),
      ),
    confidence: ConfidenceSchema,
    tags: z
      .optional(z.array(shortText('a tag')).check(z.maxLength(LIMITS.tags)))
      .check(z.describe('Free labels')),
    // Last, after the fields of format version 2, so that the fast reader's shapes stay as they were.
    sequence: z.optional(SequenceSchema),
  })
  .check(z.describe('A dated happening on the timeline'));

/**
 * An event, as stored in a built {@link Dispute}. (Named `TimelineEvent` so it does not hide the DOM's `Event`.)
 *
 * @category Model
 * @example
 * ```ts
 * import type { TimelineEvent } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const last: TimelineEvent | undefined = blackberryPakistan2015.events.at(-1);
 * [last?.id, last?.date, last?.confidence];
 * //=> ['rescission-announced', { value: '2015-12-31', timeZone: 'America/Toronto' }, 'confirmed']
 * ```
 */
export interface TimelineEvent {
  readonly id: EventId;
  readonly date: DateValue;
  readonly kind: EventKind;
  readonly title: string;
  readonly description?: string | undefined;
  readonly actors: readonly ActorId[];
  readonly demands?: readonly DemandId[] | undefined;
  readonly responses?: readonly ResponseId[] | undefined;
  readonly deadlines?: readonly DeadlineId[] | undefined;
  readonly sources: readonly Citation[];
  readonly confidence: Confidence;
  readonly tags?: readonly string[] | undefined;
  readonly sequence?: number | undefined;
}

/**
 * What a builder accepts for an event.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type TimelineEventInput } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // ProPakistani's report of the extension, published on 1 December 2015, as an event of its own:
 * const report: TimelineEventInput = {
 *   id: 'propakistani-reports-extension',
 *   date: '2015-12-01',
 *   kind: 'report',
 *   title: 'ProPakistani: PTA gives BlackBerry another month to reach a deal and stay in Pakistan',
 *   actors: ['pta', 'blackberry'],
 *   deadlines: ['deadline-2015-12-30'],
 *   sources: [{ source: 'propakistani-2015-12-01' }],
 *   confidence: 'confirmed',
 * };
 * const events = editDispute(blackberryPakistan2015).event(report).build().events;
 * events.findIndex((event) => event.id === 'propakistani-reports-extension'); // sorted into timeline order
 * //=> 7
 * ```
 */
export interface TimelineEventInput {
  id: string;
  date: DateValue;
  kind: EventKind;
  title: string;
  description?: string | undefined;
  actors: string[];
  demands?: string[] | undefined;
  responses?: string[] | undefined;
  deadlines?: string[] | undefined;
  sources: CitationInput[];
  confidence: Confidence;
  tags?: string[] | undefined;
  sequence?: number | undefined;
}
