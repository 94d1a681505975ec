import * as z from 'zod/mini';
import { type CountryCode, CountrySchema, longText, shortText } from './common.js';
import { type ActorId, ActorIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * What kind of party an actor is.
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorKindSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The kinds of party in the Pakistan case, in the schema's order:
 * ActorKindSchema.options.filter((kind) => blackberryPakistan2015.actors.some((actor) => actor.kind === kind));
 * //=> ['government', 'ministry', 'regulator', 'company', 'telecom-operator', 'person', 'customer-group']
 * ActorKindSchema.safeParse('ngo').success;
 * //=> false
 * ```
 */
export const ActorKindSchema = z
  .enum([
    'government',
    'ministry',
    'regulator',
    'agency',
    'court',
    'judge',
    'legislature',
    'company',
    'telecom-operator',
    'person',
    'civil-society',
    'customer-group',
  ])
  .check(z.describe('What kind of party the actor is'));

/**
 * One of the actor kinds: `government`, `ministry`, `regulator`, `agency`, `court`, `judge` (a judge or
 * magistrate acting in office: a member of the court, whose orders are the court's), `legislature`, `company`,
 * `telecom-operator`, `person`, `civil-society`, `customer-group`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ActorKind } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const kinds: ActorKind[] = blackberryPakistan2015.actors.map((actor) => actor.kind);
 * kinds.filter((kind) => kind === 'person').length;
 * //=> 3
 * ```
 */
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * An actor's place in an organisation: PTA belongs to the Government of Pakistan;
 * Marty Beard is Chief Operating Officer of BlackBerry.
 *
 * @category Model
 * @example
 * ```ts
 * import { MembershipSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const marty = blackberryPakistan2015.actors.find((actor) => actor.id === 'marty-beard');
 * MembershipSchema.parse(marty?.memberships?.[0]);
 * //=> { organization: 'blackberry', role: 'Chief Operating Officer' }
 * ```
 */
export const MembershipSchema = z
  .strictObject({
    organization: ActorIdSchema.check(z.describe('The actor this one belongs to')),
    role: z.optional(shortText('the role held in the organisation')),
  })
  .check(z.describe("An actor's membership of an organisation"));

/**
 * A membership of an organisation.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Membership } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const ministry = blackberryPakistan2015.actors.find((actor) => actor.id === 'ministry-of-interior');
 * const memberships: readonly Membership[] = ministry?.memberships ?? [];
 * memberships;
 * //=> [{ organization: 'government-of-pakistan' }]
 * ```
 */
export interface Membership {
  readonly organization: ActorId;
  readonly role?: string | undefined;
}

/**
 * A party to a dispute: a government, a ministry, a regulator, a company, a person…
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const blackberry = blackberryPakistan2015.actors.find((actor) => actor.id === 'blackberry');
 * ActorSchema.parse(blackberry).aliases;
 * //=> ['BlackBerry Ltd', 'Research In Motion', 'RIM']
 * ActorSchema.safeParse({ ...blackberry, country: 'Canada' }).success; // an ISO code is expected: CA
 * //=> false
 * ```
 */
export const ActorSchema = z
  .strictObject({
    id: ActorIdSchema,
    name: shortText('the name the actor is best known by'),
    kind: ActorKindSchema,
    country: z.optional(CountrySchema),
    aliases: z
      .optional(z.array(shortText('another name')).check(z.maxLength(LIMITS.aliases)))
      .check(z.describe('Other names (RIM for BlackBerry)')),
    memberships: z
      .optional(z.array(MembershipSchema).check(z.maxLength(LIMITS.memberships)))
      .check(z.describe('Organisations the actor belongs to')),
    description: z.optional(longText('a description of the actor')),
  })
  .check(z.describe('A party to a dispute'));

/**
 * A party to a dispute, as stored in a built {@link Dispute} (deeply read-only).
 *
 * @category Model
 * @example
 * ```ts
 * import type { Actor } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const pta: Actor | undefined = blackberryPakistan2015.actors.find((actor) => actor.id === 'pta');
 * [pta?.name, pta?.kind, pta?.aliases];
 * //=> ['Pakistan Telecommunication Authority', 'regulator', ['PTA']]
 * ```
 */
export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country?: CountryCode | undefined;
  readonly aliases?: readonly string[] | undefined;
  readonly memberships?: readonly Membership[] | undefined;
  readonly description?: string | undefined;
}

/**
 * What a builder accepts for an actor: plain strings where an {@link Actor} has branded ids.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type ActorInput } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // BSNL, one of the operators the DoT's order of 13 February 2011 went to, added to a copy of the India case:
 * const bsnl: ActorInput = { id: 'bsnl', name: 'BSNL', kind: 'telecom-operator', country: 'IN' };
 * editDispute(indiaBlackberry2010).actor(bsnl).build().actors.length;
 * //=> 15
 * ```
 */
export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  country?: CountryCode | undefined;
  aliases?: string[] | undefined;
  memberships?: { organization: string; role?: string | undefined }[] | undefined;
  description?: string | undefined;
}
