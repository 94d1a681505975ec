import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

function idSchema<Brand extends string>(what: string) {
  return z
    .string()
    .max(128, { error: `${what} has at most 128 characters` })
    .regex(ID_PATTERN, {
      error: `${what} is 1–128 letters, digits, ".", "_", "-" or ":", starting with a letter or digit`,
    })
    .brand<Brand>()
    .describe(what);
}

/**
 * The id of an {@link Actor}: letters, digits, `.`, `_`, `-`, `:`; unique within its dispute.
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorIdSchema } from 'dispute-timeline';
 * // A ActorId: a string that only this kind of id can be assigned to.
 * ActorIdSchema.parse('pta');
 * //=> 'pta'
 * ```
 */
export const ActorIdSchema = idSchema<'ActorId'>('an actor id');
/**
 * An actor id, branded so that it cannot be passed where another kind of id belongs.
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorIdSchema, type ActorId } from 'dispute-timeline';
 * const id: ActorId = ActorIdSchema.parse('blackberry');
 * ```
 */
export type ActorId = z.infer<typeof ActorIdSchema>;

/**
 * The id of a {@link Source}.
 *
 * @category Model
 * @example
 * ```ts
 * import { SourceIdSchema } from 'dispute-timeline';
 * // A SourceId: a string that only this kind of id can be assigned to.
 * SourceIdSchema.parse('reuters-2015-11-30');
 * //=> 'reuters-2015-11-30'
 * ```
 */
export const SourceIdSchema = idSchema<'SourceId'>('a source id');
/**
 * A source id.
 *
 * @category Model
 * @example
 * ```ts
 * import { SourceIdSchema, type SourceId } from 'dispute-timeline';
 * const id: SourceId = SourceIdSchema.parse('bbc-2015-12-31');
 * ```
 */
export type SourceId = z.infer<typeof SourceIdSchema>;

/**
 * The id of a {@link Demand}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandIdSchema } from 'dispute-timeline';
 * // A DemandId: a string that only this kind of id can be assigned to.
 * DemandIdSchema.parse('bes-shutdown');
 * //=> 'bes-shutdown'
 * ```
 */
export const DemandIdSchema = idSchema<'DemandId'>('a demand id');
/**
 * A demand id.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandIdSchema, type DemandId } from 'dispute-timeline';
 * const id: DemandId = DemandIdSchema.parse('bes-shutdown');
 * ```
 */
export type DemandId = z.infer<typeof DemandIdSchema>;

/**
 * The id of a {@link DemandResponse}.
 *
 * @category Model
 * @example
 * ```ts
 * import { ResponseIdSchema } from 'dispute-timeline';
 * // A ResponseId: a string that only this kind of id can be assigned to.
 * ResponseIdSchema.parse('blackberry-exit');
 * //=> 'blackberry-exit'
 * ```
 */
export const ResponseIdSchema = idSchema<'ResponseId'>('a response id');
/**
 * A response id.
 *
 * @category Model
 * @example
 * ```ts
 * import { ResponseIdSchema, type ResponseId } from 'dispute-timeline';
 * const id: ResponseId = ResponseIdSchema.parse('blackberry-exit');
 * ```
 */
export type ResponseId = z.infer<typeof ResponseIdSchema>;

/**
 * The id of a {@link Deadline}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineIdSchema } from 'dispute-timeline';
 * // A DeadlineId: a string that only this kind of id can be assigned to.
 * DeadlineIdSchema.parse('deadline-2015-12-30');
 * //=> 'deadline-2015-12-30'
 * ```
 */
export const DeadlineIdSchema = idSchema<'DeadlineId'>('a deadline id');
/**
 * A deadline id.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineIdSchema, type DeadlineId } from 'dispute-timeline';
 * const id: DeadlineId = DeadlineIdSchema.parse('deadline-2015-12-30');
 * ```
 */
export type DeadlineId = z.infer<typeof DeadlineIdSchema>;

/**
 * The id of an {@link TimelineEvent}.
 *
 * @category Model
 * @example
 * ```ts
 * import { EventIdSchema } from 'dispute-timeline';
 * // A EventId: a string that only this kind of id can be assigned to.
 * EventIdSchema.parse('2015-12-31-rescission');
 * //=> '2015-12-31-rescission'
 * ```
 */
export const EventIdSchema = idSchema<'EventId'>('an event id');
/**
 * An event id.
 *
 * @category Model
 * @example
 * ```ts
 * import { EventIdSchema, type EventId } from 'dispute-timeline';
 * const id: EventId = EventIdSchema.parse('2015-12-31-rescission');
 * ```
 */
export type EventId = z.infer<typeof EventIdSchema>;

/**
 * The id of a {@link Claim}.
 *
 * @category Model
 * @example
 * ```ts
 * import { ClaimIdSchema } from 'dispute-timeline';
 * // A ClaimId: a string that only this kind of id can be assigned to.
 * ClaimIdSchema.parse('affected-pta');
 * //=> 'affected-pta'
 * ```
 */
export const ClaimIdSchema = idSchema<'ClaimId'>('a claim id');
/**
 * A claim id.
 *
 * @category Model
 * @example
 * ```ts
 * import { ClaimIdSchema, type ClaimId } from 'dispute-timeline';
 * const id: ClaimId = ClaimIdSchema.parse('affected-pta');
 * ```
 */
export type ClaimId = z.infer<typeof ClaimIdSchema>;

/**
 * The id of a {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DisputeIdSchema } from 'dispute-timeline';
 * // A DisputeId: a string that only this kind of id can be assigned to.
 * DisputeIdSchema.parse('blackberry-pakistan-2015');
 * //=> 'blackberry-pakistan-2015'
 * ```
 */
export const DisputeIdSchema = idSchema<'DisputeId'>('a dispute id');
/**
 * A dispute id.
 *
 * @category Model
 * @example
 * ```ts
 * import { DisputeIdSchema, type DisputeId } from 'dispute-timeline';
 * const id: DisputeId = DisputeIdSchema.parse('blackberry-pakistan-2015');
 * ```
 */
export type DisputeId = z.infer<typeof DisputeIdSchema>;
