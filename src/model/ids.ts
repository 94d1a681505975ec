import * as z from 'zod/mini';
import { ID_IN_WORDS, ID_PATTERN, LIMITS } from './limits.js';

export { ID_PATTERN };

/**
 * The string schema every id shares. Each id schema brands it at its own declaration: branding inside a
 * generic function would leave zod's brand type unresolved, and every id a plain string.
 */
function idString(what: string) {
  return z.string().check(
    z.maxLength(LIMITS.id, { error: `${what} has at most ${LIMITS.id} characters` }),
    z.regex(ID_PATTERN, {
      error: `${what} is ${ID_IN_WORDS}`,
    }),
    z.describe(what),
  );
}

/**
 * The id of an {@link Actor}: letters, digits, `.`, `_`, `-`, `:`; unique within its dispute.
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * ActorIdSchema.parse(blackberryPakistan2015.actors[2]?.id);
 * //=> 'pta'
 * ActorIdSchema.safeParse('Marty Beard').success; // no spaces in an id
 * //=> false
 * ```
 */
export const ActorIdSchema = idString('an actor id').brand<'ActorId'>();
/**
 * An actor id, branded so that it cannot be passed where another kind of id belongs.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ActorId } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const marty = blackberryPakistan2015.actors.find((actor) => actor.name === 'Marty Beard');
 * const organisation: ActorId | undefined = marty?.memberships?.[0]?.organization;
 * organisation;
 * //=> 'blackberry'
 * ```
 */
export type ActorId = string & z.core.$brand<'ActorId'>;

/**
 * The id of a {@link Source}.
 *
 * @category Model
 * @example
 * ```ts
 * import { SourceIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * SourceIdSchema.parse(blackberryPakistan2015.sources[0]?.id);
 * //=> 'reuters-2015-07-24'
 * SourceIdSchema.safeParse('-reuters').success; // an id starts with a letter or digit
 * //=> false
 * ```
 */
export const SourceIdSchema = idString('a source id').brand<'SourceId'>();
/**
 * A source id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { SourceId } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rescission = blackberryPakistan2015.events.at(-1);
 * const cited: SourceId[] = rescission?.sources.map((citation) => citation.source) ?? [];
 * cited;
 * //=> ['reuters-2015-12-31', 'bbc-blackberry-stays', 'valuewalk-blackberry-stays']
 * ```
 */
export type SourceId = string & z.core.$brand<'SourceId'>;

/**
 * The id of a {@link Demand}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * DemandIdSchema.parse(blackberryPakistan2015.demands[0]?.id);
 * //=> 'bes-traffic-access'
 * DemandIdSchema.safeParse('').success;
 * //=> false
 * ```
 */
export const DemandIdSchema = idString('a demand id').brand<'DemandId'>();
/**
 * A demand id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DemandId } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const answered: readonly DemandId[] = blackberryPakistan2015.responses[0]?.to ?? [];
 * answered;
 * //=> ['bes-traffic-access']
 * ```
 */
export type DemandId = string & z.core.$brand<'DemandId'>;

/**
 * The id of a {@link DemandResponse}.
 *
 * @category Model
 * @example
 * ```ts
 * import { ResponseIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.responses.map((response) => ResponseIdSchema.parse(response.id));
 * //=> ['blackberry-exit', 'blackberry-delays-exit', 'blackberry-stays']
 * ```
 */
export const ResponseIdSchema = idString('a response id').brand<'ResponseId'>();
/**
 * A response id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ResponseId } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const refusals: ResponseId[] = indiaBlackberry2010.responses
 *   .filter((response) => response.stance === 'refuse')
 *   .map((response) => response.id);
 * refusals;
 * //=> ['rim-no-master-key', 'rim-holds-no-bes-keys', 'rim-keys-with-enterprises']
 * ```
 */
export type ResponseId = string & z.core.$brand<'ResponseId'>;

/**
 * The id of a {@link Deadline}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * DeadlineIdSchema.parse(blackberryPakistan2015.deadlines[1]?.extends);
 * //=> 'deadline-2015-11-30'
 * ```
 */
export const DeadlineIdSchema = idString('a deadline id').brand<'DeadlineId'>();
/**
 * A deadline id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DeadlineId } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const extended: (DeadlineId | undefined)[] = indiaBlackberry2010.deadlines.map((deadline) => deadline.extends);
 * extended;
 * //=> [undefined, undefined, 'deadline-2010-08-31', 'deadline-2010-10-31']
 * ```
 */
export type DeadlineId = string & z.core.$brand<'DeadlineId'>;

/**
 * The id of an {@link TimelineEvent}.
 *
 * @category Model
 * @example
 * ```ts
 * import { EventIdSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * EventIdSchema.parse(blackberryPakistan2015.events.at(-1)?.id);
 * //=> 'rescission-announced'
 * EventIdSchema.safeParse('rescission announced').success;
 * //=> false
 * ```
 */
export const EventIdSchema = idString('an event id').brand<'EventId'>();
/**
 * An event id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { EventId } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const ids: EventId[] = uaeBlackberry2010.events.map((event) => event.id);
 * ids;
 * //=> [ 'tra-announces-suspension', 'suspension-withdrawn' ]
 * ```
 */
export type EventId = string & z.core.$brand<'EventId'>;

/**
 * The id of a {@link Claim}.
 *
 * @category Model
 * @example
 * ```ts
 * import { ClaimIdSchema } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * ClaimIdSchema.parse(uaeBlackberry2010.claims[0]?.id);
 * //=> 'suspension-date-11-october'
 * ```
 */
export const ClaimIdSchema = idString('a claim id').brand<'ClaimId'>();
/**
 * A claim id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ClaimId } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // The two claims on the date of India's 60-day reprieve:
 * const disagreeing: ClaimId[] = indiaBlackberry2010.claims
 *   .filter((claim) => claim.topic === 'reprieve-date')
 *   .map((claim) => claim.id);
 * disagreeing;
 * //=> ['reprieve-30-august', 'reprieve-31-august']
 * ```
 */
export type ClaimId = string & z.core.$brand<'ClaimId'>;

/**
 * The id of a {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DisputeIdSchema } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.map((dispute) => DisputeIdSchema.parse(dispute.id));
 * //=> ['indonesia-blackberry-2009', 'india-blackberry-2010', 'uae-blackberry-2010', 'saudi-blackberry-2010',
 * //    'whatsapp-brazil-2015', 'blackberry-pakistan-2015', 'telegram-russia-2017', 'twitter-nigeria-2021',
 * //    'x-brazil-2024']
 * ```
 */
export const DisputeIdSchema = idString('a dispute id').brand<'DisputeId'>();
/**
 * A dispute id.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DisputeId } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const id: DisputeId = saudiBlackberry2010.id;
 * id;
 * //=> 'saudi-blackberry-2010'
 * ```
 */
export type DisputeId = string & z.core.$brand<'DisputeId'>;

/**
 * A plain string where an id of one kind is asked for: any text but an id of another kind. The query functions
 * take a record, its branded id or a plain string (`eventsBefore(dispute, 'deadline-2015-12-30')`), and refuse
 * at compile time an id of the wrong kind, such as an event's id where a deadline's belongs.
 *
 * @category Model
 * @example
 * ```ts
 * import { eventsBefore, type PlainId } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const last: PlainId<'deadline-2015-12-30'> = 'deadline-2015-12-30';
 * eventsBefore(blackberryPakistan2015, last).certain.length;
 * //=> 7
 * // Type-checked, never called: an event's id where a deadline's belongs does not compile.
 * const mixUp = () =>
 *   // @ts-expect-error: Argument of type 'EventId' is not assignable to parameter of type 'DeadlineId | Deadline'
 *   eventsBefore(blackberryPakistan2015, blackberryPakistan2015.events[0]!.id);
 * ```
 */
export type PlainId<Text extends string> = Text & (Text extends z.core.$brand<never> ? never : unknown);
