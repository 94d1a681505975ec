import type { Immutable } from 'immer';
import { z } from 'zod';
import { CountrySchema, longText, shortText } from './common.js';
import { ActorIdSchema } from './ids.js';

/**
 * What kind of party an actor is.
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorKindSchema } from 'dispute-timeline';
 * ActorKindSchema.parse('regulator');
 * //=> 'regulator'
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
    'legislature',
    'company',
    'telecom-operator',
    'person',
    'civil-society',
    'customer-group',
  ])
  .describe('What kind of party the actor is');

/**
 * One of the actor kinds: `government`, `ministry`, `regulator`, `agency`, `court`, `legislature`, `company`,
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
 * MembershipSchema.parse({ organization: 'blackberry', role: 'Chief Operating Officer' });
 * //=> { organization: 'blackberry', role: 'Chief Operating Officer' }
 * ```
 */
export const MembershipSchema = z
  .strictObject({
    organization: ActorIdSchema.describe('The actor this one belongs to'),
    role: shortText('the role held in the organisation').optional(),
  })
  .describe("An actor's membership of an organisation");

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
export type Membership = Immutable<z.infer<typeof MembershipSchema>>;

/**
 * A party to a dispute: a government, a ministry, a regulator, a company, a person…
 *
 * @category Model
 * @example
 * ```ts
 * import { ActorSchema } from 'dispute-timeline';
 * ActorSchema.parse({
 *   id: 'blackberry',
 *   name: 'BlackBerry Ltd',
 *   kind: 'company',
 *   country: 'CA',
 *   aliases: ['Research In Motion', 'RIM'],
 * }).aliases;
 * //=> ['Research In Motion', 'RIM']
 * ```
 */
export const ActorSchema = z
  .strictObject({
    id: ActorIdSchema,
    name: shortText('the name the actor is best known by'),
    kind: ActorKindSchema,
    country: CountrySchema.optional(),
    aliases: z
      .array(shortText('another name'))
      .max(100)
      .optional()
      .describe('Other names (RIM for BlackBerry)'),
    memberships: z.array(MembershipSchema).max(100).optional().describe('Organisations the actor belongs to'),
    description: longText('a description of the actor').optional(),
  })
  .describe('A party to a dispute');

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
export type Actor = Immutable<z.infer<typeof ActorSchema>>;

/**
 * What a builder accepts for an actor: plain strings where an {@link Actor} has branded ids.
 *
 * @category Model
 * @example
 * ```ts
 * import { createDispute, type ActorInput } from 'dispute-timeline';
 * const actor: ActorInput = { id: 'pta', name: 'Pakistan Telecommunication Authority', kind: 'regulator' };
 * createDispute({ id: 'case', title: 'A case' }).actor(actor).build().actors.length;
 * //=> 1
 * ```
 */
export type ActorInput = z.input<typeof ActorSchema>;
