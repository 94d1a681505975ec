import type { Immutable } from 'immer';
import { z } from 'zod';
import { ActorSchema } from './actor.js';
import { ClaimSchema } from './claim.js';
import { CountrySchema, longText, shortText, TimeZoneSchema } from './common.js';
import { DeadlineSchema } from './deadline.js';
import { DemandSchema } from './demand.js';
import { TimelineEventSchema } from './event.js';
import { DisputeIdSchema } from './ids.js';
import { LIMITS } from './limits.js';
import { DemandResponseSchema } from './response.js';
import { SourceSchema } from './source.js';

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
  summary: longText('the case in a few sentences').optional(),
  timeZone: TimeZoneSchema.optional().describe(
    'The IANA zone of the place where the dispute happens: dates without their own zone are read in it (default UTC)',
  ),
  countries: z
    .array(CountrySchema)
    .max(LIMITS.countries)
    .optional()
    .describe('The countries where the dispute happens'),
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
export const DisputeSchema = DisputeHeaderSchema.extend({
  actors: z.array(ActorSchema).max(MAX_RECORDS).default([]).describe('Parties to the dispute'),
  sources: z.array(SourceSchema).max(MAX_RECORDS).default([]).describe('Published pages the records cite'),
  demands: z.array(DemandSchema).max(MAX_RECORDS).default([]).describe('Demands made'),
  responses: z.array(DemandResponseSchema).max(MAX_RECORDS).default([]).describe('Responses to demands'),
  deadlines: z.array(DeadlineSchema).max(MAX_RECORDS).default([]).describe('Deadlines and their extensions'),
  events: z
    .array(TimelineEventSchema)
    .max(MAX_RECORDS)
    .default([])
    .describe('Dated happenings, in timeline order'),
  claims: z
    .array(ClaimSchema)
    .max(MAX_RECORDS)
    .default([])
    .describe("Sources' claims, side by side where they disagree"),
}).describe('A dispute between a government and a technology company, with its timeline');

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
export type Dispute = Immutable<z.infer<typeof DisputeSchema>>;

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
 * //=> 3
 * parseDispute({ id: 'case', title: 'A case' }).actors; // collections may be left out
 * //=> []
 * ```
 */
export type DisputeInput = z.input<typeof DisputeSchema>;
