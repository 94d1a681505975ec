import * as z from 'zod/mini';
import type { Citation, CitationInput, DateValue } from './common.js';
import { citations, DateValueSchema, longText, SequenceSchema, shortText } from './common.js';
import { type ActorId, ActorIdSchema, type DemandId, DemandIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * What a demand asks for.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandSubjectSchema } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // What India's four demands asked for, in the schema's order:
 * DemandSubjectSchema.options.filter((subject) =>
 *   indiaBlackberry2010.demands.some((demand) => demand.subjects.includes(subject)),
 * );
 * //=> ['lawful-access', 'traffic-monitoring', 'service-suspension']
 * ```
 */
export const DemandSubjectSchema = z
  .enum([
    'lawful-access',
    'traffic-monitoring',
    'decryption-keys',
    'local-servers',
    'service-suspension',
    'data-localisation',
    'user-data',
    'content-removal',
    'other',
  ])
  .check(z.describe('What a demand asks for'));

/**
 * One of the demand subjects: `lawful-access`, `traffic-monitoring`, `decryption-keys`, `local-servers`,
 * `service-suspension`, `data-localisation`, `user-data`, `content-removal`, `other`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DemandSubject } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const subjects: readonly DemandSubject[] = indiaBlackberry2010.demands[0]?.subjects ?? [];
 * subjects;
 * //=> ['lawful-access']
 * ```
 */
export type DemandSubject = z.infer<typeof DemandSubjectSchema>;

/**
 * Who demands what of whom, about which services, under what threat and on what grounds.
 *
 * @category Model
 * @example
 * ```ts
 * import { DemandSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const order = blackberryPakistan2015.demands.find((demand) => demand.id === 'bes-shutdown-order');
 * DemandSchema.parse(order).by;
 * //=> ['ministry-of-interior', 'pta']
 * DemandSchema.safeParse({ ...order, subjects: ['backdoor'] }).success; // not a known subject
 * //=> false
 * ```
 */
export const DemandSchema = z
  .strictObject({
    id: DemandIdSchema,
    date: DateValueSchema.check(z.describe('When the demand was made')),
    by: z
      .array(ActorIdSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('Who makes the demand')),
    of: z
      .array(ActorIdSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.parties), z.describe('Of whom it is demanded')),
    subjects: z
      .array(DemandSubjectSchema)
      .check(z.minLength(1), z.maxLength(LIMITS.subjects), z.describe('What it asks for')),
    services: z
      .optional(z.array(shortText('a service')).check(z.maxLength(LIMITS.services)))
      .check(z.describe('The services concerned: BES, BBM, BIS e-mail…')),
    summary: shortText('what is demanded, in one line'),
    consequence: z.optional(longText('the threatened consequence of refusal')),
    justification: z.optional(longText('the stated justification')),
    sources: z.optional(citations('Sources for the demand')),
    sequence: z.optional(SequenceSchema),
  })
  .check(z.describe('A demand made of a company'));

/**
 * A demand, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Demand } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const demand: Demand | undefined = blackberryPakistan2015.demands[0];
 * [demand?.id, demand?.by, demand?.of, demand?.services];
 * //=> [ 'bes-traffic-access', [ 'pta' ], [ 'blackberry' ], [ 'BES' ] ]
 * ```
 */
export interface Demand {
  readonly id: DemandId;
  readonly date: DateValue;
  readonly by: readonly ActorId[];
  readonly of: readonly ActorId[];
  readonly subjects: readonly DemandSubject[];
  readonly services?: readonly string[] | undefined;
  readonly summary: string;
  readonly consequence?: string | undefined;
  readonly justification?: string | undefined;
  readonly sources?: readonly Citation[] | undefined;
  readonly sequence?: number | undefined;
}

/**
 * What a builder accepts for a demand.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type DemandInput } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // PTA's letters of 24 July 2015 also gave BES customers 90 days' notice; as a demand of its own:
 * const notice: DemandInput = {
 *   id: 'bes-customer-notice',
 *   date: '2015-07-24',
 *   by: ['pta'],
 *   of: ['pakistan-mobile-operators'],
 *   subjects: ['other'],
 *   services: ['BES'],
 *   summary: "Give BES customers 90 days' notice of the shutdown",
 * };
 * editDispute(blackberryPakistan2015).demand(notice).build().demands.length;
 * //=> 3
 * ```
 */
export interface DemandInput {
  id: string;
  date: DateValue;
  by: string[];
  of: string[];
  subjects: DemandSubject[];
  services?: string[] | undefined;
  summary: string;
  consequence?: string | undefined;
  justification?: string | undefined;
  sources?: CitationInput[] | undefined;
  sequence?: number | undefined;
}
