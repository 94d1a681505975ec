import * as z from 'zod/mini';
import { type Actor, type ActorInput, ActorSchema } from './actor.js';
import { type Claim, type ClaimInput, ClaimSchema } from './claim.js';
import { type CountryCode, CountrySchema, longText, shortText, TimeZoneSchema } from './common.js';
import { type Deadline, type DeadlineInput, DeadlineSchema } from './deadline.js';
import { type Demand, type DemandInput, DemandSchema } from './demand.js';
import { type TimelineEvent, type TimelineEventInput, TimelineEventSchema } from './event.js';
import { type DisputeId, DisputeIdSchema } from './ids.js';
import { LIMITS } from './limits.js';
import { type DemandResponse, type DemandResponseInput, DemandResponseSchema } from './response.js';
import { type Source, type SourceInput, SourceSchema } from './source.js';

/** The most records of one kind a dispute holds: far above any real case, a guard against runaway input. */
export const MAX_RECORDS: number = LIMITS.records;

/**
 * The fields of a dispute other than its records.
 *
 * @category Model
 * @example
 * ```ts
 * import { DisputeHeaderSchema } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const { id, title, timeZone, countries } = uaeBlackberry2010;
 * DisputeHeaderSchema.parse({ id, title, timeZone, countries });
 * //=> { id: 'uae-blackberry-2010', title: 'The United Arab Emirates and BlackBerry, 2010', timeZone: 'Asia/Dubai',
 * //     countries: ['AE'] }
 * ```
 */
export const DisputeHeaderSchema = z.strictObject({
  id: DisputeIdSchema,
  title: shortText('the title of the case'),
  summary: z.optional(longText('the case in a few sentences')),
  timeZone: z
    .optional(TimeZoneSchema)
    .check(
      z.describe(
        'The IANA zone of the place where the dispute happens: dates without their own zone are read in it (default UTC)',
      ),
    ),
  countries: z
    .optional(z.array(CountrySchema).check(z.maxLength(LIMITS.countries)))
    .check(z.describe('The countries where the dispute happens')),
});

/**
 * The record collections of a dispute, each schema by the field that holds it.
 *
 * @category Model
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * Object.keys(RECORD_SCHEMAS);
 * //=> ['actors', 'sources', 'demands', 'responses', 'deadlines', 'events', 'claims']
 * // One record checked on its own, apart from its dispute:
 * RECORD_SCHEMAS.events.safeParse(saudiBlackberry2010.events[0]).success;
 * //=> true
 * ```
 */
export const RECORD_SCHEMAS = Object.freeze({
  actors: ActorSchema,
  sources: SourceSchema,
  demands: DemandSchema,
  responses: DemandResponseSchema,
  deadlines: DeadlineSchema,
  events: TimelineEventSchema,
  claims: ClaimSchema,
} as const);

/**
 * The name of a record collection: `actors`, `sources`, `demands`, `responses`, `deadlines`, `events`, `claims`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { RecordCollection } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const collection: RecordCollection = 'events';
 * blackberryPakistan2015[collection].length;
 * //=> 8
 * ```
 */
export type RecordCollection = keyof typeof RECORD_SCHEMAS;

/**
 * A case: its actors, sources, demands, responses, deadlines, events and claims. This is the single source
 * of truth of the JSON form; {@link disputeJsonSchema} derives the JSON Schema from it. It checks each field;
 * {@link parseDispute} also resolves references between records, checks chains of extensions and sorts events.
 *
 * @category Model
 * @example
 * ```ts
 * import { DisputeSchema, safeParseDispute } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * DisputeSchema.safeParse(saudiBlackberry2010).success;
 * //=> true
 * // Without its sources, every citation points nowhere: the schema checks fields only, parsing checks references.
 * const unsourced = { ...saudiBlackberry2010, sources: [] };
 * DisputeSchema.safeParse(unsourced).success;
 * //=> true
 * safeParseDispute(unsourced).success;
 * //=> false
 * ```
 */
export const DisputeSchema = z
  .extend(DisputeHeaderSchema, {
    actors: z
      ._default(z.array(ActorSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Parties to the dispute')),
    sources: z
      ._default(z.array(SourceSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Published pages the records cite')),
    demands: z
      ._default(z.array(DemandSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Demands made')),
    responses: z
      ._default(z.array(DemandResponseSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Responses to demands')),
    deadlines: z
      ._default(z.array(DeadlineSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Deadlines and their extensions')),
    events: z
      ._default(z.array(TimelineEventSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe('Dated happenings, in timeline order')),
    claims: z
      ._default(z.array(ClaimSchema).check(z.maxLength(MAX_RECORDS)), [])
      .check(z.describe("Sources' claims, side by side where they disagree")),
  })
  .check(z.describe('A dispute between a government and a technology company, with its timeline'));

/**
 * A validated, deeply frozen dispute, its events in timeline order. Build one with {@link createDispute}
 * or read one with {@link parseDispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Dispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const dispute: Dispute = blackberryPakistan2015;
 * [dispute.id, dispute.timeZone, dispute.countries];
 * //=> ['blackberry-pakistan-2015', 'Asia/Karachi', ['PK']]
 * Object.isFrozen(dispute.events[0]);
 * //=> true
 * ```
 */
export interface Dispute {
  readonly id: DisputeId;
  readonly title: string;
  readonly summary?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly countries?: readonly CountryCode[] | undefined;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  readonly demands: readonly Demand[];
  readonly responses: readonly DemandResponse[];
  readonly deadlines: readonly Deadline[];
  readonly events: readonly TimelineEvent[];
  readonly claims: readonly Claim[];
}

/**
 * The JSON form of a dispute as it may be written: collections may be left out, ids are plain strings.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseDispute, serializeDispute, type DisputeInput } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const input: DisputeInput = JSON.parse(serializeDispute(uaeBlackberry2010));
 * parseDispute(input).events.length;
 * //=> 2
 * parseDispute({ id: 'case', title: 'A case' }).actors; // collections may be left out
 * //=> []
 * ```
 */
export interface DisputeInput {
  id: string;
  title: string;
  summary?: string | undefined;
  timeZone?: string | undefined;
  countries?: CountryCode[] | undefined;
  actors?: ActorInput[] | undefined;
  sources?: SourceInput[] | undefined;
  demands?: DemandInput[] | undefined;
  responses?: DemandResponseInput[] | undefined;
  deadlines?: DeadlineInput[] | undefined;
  events?: TimelineEventInput[] | undefined;
  claims?: ClaimInput[] | undefined;
}
