import * as z from 'zod/mini';
import type { Citation, CitationInput, DateValue } from './common.js';
import { citations, DateValueSchema, longText, SequenceSchema, shortText } from './common.js';
import type { ActorId, DemandId, ResponseId } from './ids.js';
import { ActorIdSchema, DemandIdSchema, ResponseIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * The stance a response takes to a demand.
 *
 * @category Model
 * @example
 * ```ts
 * import { StanceSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.responses.map((response) => StanceSchema.parse(response.stance));
 * //=> ['leave-market', 'negotiate', 'refuse']
 * StanceSchema.options.length;
 * //=> 6
 * ```
 */
export const StanceSchema = z
  .enum(['comply', 'partially-comply', 'negotiate', 'refuse', 'leave-market', 'challenge'])
  .check(z.describe('The stance a response takes to a demand'));

/**
 * One of `comply`, `partially-comply`, `negotiate`, `refuse`, `leave-market`, `challenge`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Stance } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const stances: Stance[] = indiaBlackberry2010.responses.map((response) => response.stance);
 * stances.filter((stance) => stance === 'refuse').length;
 * //=> 3
 * ```
 */
export type Stance = z.infer<typeof StanceSchema>;

/**
 * An answer to one or more demands: who answered, when, with what stance and statement.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandResponseSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const stays = blackberryPakistan2015.responses.find((response) => response.id === 'blackberry-stays');
 * DemandResponseSchema.parse(stays).date;
 * //=> { value: '2015-12-31', timeZone: 'America/Toronto' }
 * DemandResponseSchema.safeParse({ ...stays, stance: 'give-in' }).success; // not a known stance
 * //=> false
 * ```
 */
export const DemandResponseSchema = z
  .strictObject({
    id: ResponseIdSchema,
    date: DateValueSchema.check(z.describe('When the response was given')),
    by: z.array(ActorIdSchema).check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('Who responds')),
    to: z
      .array(DemandIdSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('The demands it answers')),
    stance: StanceSchema,
    summary: shortText('the response, in one line'),
    statement: z.optional(longText('the statement, verbatim where a source quotes it')),
    sources: z.optional(citations('Sources for the response')),
    sequence: z.optional(SequenceSchema),
  })
  .check(z.describe('A response to demands'));

/**
 * A response to demands, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DemandResponse } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const responses: readonly DemandResponse[] = blackberryPakistan2015.responses;
 * responses.map((response) => [response.id, response.stance]);
 * //=> [['blackberry-exit', 'leave-market'], ['blackberry-delays-exit', 'negotiate'], ['blackberry-stays', 'refuse']]
 * ```
 */
export interface DemandResponse {
  readonly id: ResponseId;
  readonly date: DateValue;
  readonly by: readonly ActorId[];
  readonly to: readonly DemandId[];
  readonly stance: Stance;
  readonly summary: string;
  readonly statement?: string | undefined;
  readonly sources?: readonly Citation[] | undefined;
  readonly sequence?: number | undefined;
}

/**
 * What a builder accepts for a response.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type DemandResponseInput } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // A hypothetical response given in Waterloo, Ontario: its date carries its own zone.
 * const response: DemandResponseInput = {
 *   id: 'rim-asks-for-time',
 *   date: { value: '2010-08-20', timeZone: 'America/Toronto' },
 *   by: ['rim'],
 *   to: ['bes-bbm-access'],
 *   stance: 'negotiate',
 *   summary: 'RIM asks for more time',
 * };
 * editDispute(indiaBlackberry2010).response(response).build().responses.length;
 * //=> 8
 * ```
 */
export interface DemandResponseInput {
  id: string;
  date: DateValue;
  by: string[];
  to: string[];
  stance: Stance;
  summary: string;
  statement?: string | undefined;
  sources?: CitationInput[] | undefined;
  sequence?: number | undefined;
}
