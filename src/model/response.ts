import type { Immutable } from 'immer';
import { z } from 'zod';
import { citations, DateValueSchema, longText, shortText } from './common.js';
import { ActorIdSchema, DemandIdSchema, ResponseIdSchema } from './ids.js';

/**
 * The stance a response takes to a demand.
 *
 * @category Model
 * @example
 * ```ts
 * import { StanceSchema } from 'dispute-timeline';
 * StanceSchema.parse('leave-market');
 * //=> 'leave-market'
 * ```
 */
export const StanceSchema = z
  .enum(['comply', 'partially-comply', 'negotiate', 'refuse', 'leave-market', 'challenge'])
  .describe('The stance a response takes to a demand');

/**
 * One of `comply`, `partially-comply`, `negotiate`, `refuse`, `leave-market`, `challenge`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Stance } from 'dispute-timeline';
 * const stance: Stance = 'refuse';
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
 * DemandResponseSchema.parse({
 *   id: 'exit',
 *   date: '2015-11-30',
 *   by: ['blackberry'],
 *   to: ['bes-shutdown'],
 *   stance: 'leave-market',
 *   summary: 'BlackBerry announces it will leave Pakistan',
 * });
 * ```
 */
export const DemandResponseSchema = z
  .strictObject({
    id: ResponseIdSchema,
    date: DateValueSchema.describe('When the response was given'),
    by: z.array(ActorIdSchema).min(1).max(100).describe('Who responds'),
    to: z.array(DemandIdSchema).min(1).max(100).describe('The demands it answers'),
    stance: StanceSchema,
    summary: shortText('the response, in one line'),
    statement: longText('the statement, verbatim where a source quotes it').optional(),
    sources: citations('Sources for the response').optional(),
  })
  .describe('A response to demands');

/**
 * A response to demands, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import { blackberryPakistan2015, type DemandResponse } from 'dispute-timeline';
 * const stances = blackberryPakistan2015.responses.map((response: DemandResponse) => response.stance);
 * ```
 */
export type DemandResponse = Immutable<z.infer<typeof DemandResponseSchema>>;

/**
 * What a builder accepts for a response.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DemandResponseInput } from 'dispute-timeline';
 * const response: DemandResponseInput = {
 *   id: 'r1', date: '2010-08-12~', by: ['rim'], to: ['d1'], stance: 'negotiate', summary: 'RIM sets out its principles',
 * };
 * ```
 */
export type DemandResponseInput = z.input<typeof DemandResponseSchema>;
