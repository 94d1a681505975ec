import * as z from 'zod/mini';
import type { Citation, CitationInput, Confidence, DateValue } from './common.js';
import { CitationSchema, ConfidenceSchema, DateValueSchema, longText, shortText } from './common.js';
import { type ClaimId, ClaimIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

/**
 * A figure a claim gives: a number or a range (`low`–`high`) and its unit.
 *
 * @category Model
 * @example
 * ```ts
 * import { QuantitySchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const pta = blackberryPakistan2015.claims.find((claim) => claim.id === 'affected-pta');
 * QuantitySchema.parse(pta?.quantity);
 * //=> { low: 4000, high: 5000, qualifier: 'at-most', unit: 'users' }
 * QuantitySchema.safeParse({ low: 4000 }).success; // a figure needs its unit
 * //=> false
 * QuantitySchema.safeParse({ low: 5000, high: 4000, unit: 'users' }).success; // low above high
 * //=> false
 * ```
 */
export const QuantitySchema = z
  .strictObject({
    low: z.optional(z.number()).check(z.describe('The lowest value claimed')),
    high: z.optional(z.number()).check(z.describe('The highest value claimed')),
    qualifier: z
      .optional(z.enum(['exactly', 'about', 'at-most', 'at-least']))
      .check(z.describe('How the source qualifies the figure')),
    unit: shortText('what is counted'),
  })
  .check(
    z.superRefine((quantity, ctx) => {
      if (quantity.low !== undefined && quantity.high !== undefined && quantity.low > quantity.high)
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          message: `the low figure ${quantity.low} is above the high figure ${quantity.high}: swap them`,
          params: { code: 'inverted-range' },
        });
    }),
    z.describe('A figure: a number or a range, and its unit'),
  );

/**
 * A figure of a claim.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Quantity } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const figures: (Quantity | undefined)[] = blackberryPakistan2015.claims.map((claim) => claim.quantity);
 * figures[0];
 * //=> { low: 5000, high: 5000, qualifier: 'about', unit: 'companies' }
 * ```
 */
export interface Quantity {
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  readonly qualifier?: 'exactly' | 'about' | 'at-most' | 'at-least' | undefined;
  readonly unit: string;
}

/**
 * One source's claim about a topic. Where sources disagree (5,000 *companies* or 4,000–5,000 *users*),
 * a dataset records one claim per source under the same `topic` instead of picking one.
 *
 * @category Model
 * @example
 * ```ts
 * import { ClaimSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const origin = blackberryPakistan2015.claims.find((claim) => claim.id === 'affected-origin-article');
 * ClaimSchema.parse(origin).quantity;
 * //=> { low: 5000, high: 5000, qualifier: 'about', unit: 'companies' }
 * ClaimSchema.safeParse({ ...origin, sources: [] }).success; // a claim needs a source
 * //=> false
 * ```
 */
export const ClaimSchema = z
  .strictObject({
    id: ClaimIdSchema,
    topic: shortText('what the claim is about; claims on one topic are compared'),
    statement: longText('what the source claims'),
    quantity: z.optional(QuantitySchema),
    date: z.optional(DateValueSchema).check(z.describe('When the claim was made')),
    sources: z
      .array(CitationSchema)
      .check(
        z.minLength(1, { error: 'a claim needs at least one source' }),
        z.maxLength(LIMITS.citations),
        z.describe('The sources that make the claim: at least one'),
      ),
    confidence: ConfidenceSchema,
  })
  .check(z.describe("One source's claim about a topic"));

/**
 * A claim, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Claim } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Four sources count the affected BES customers; the dataset keeps each count beside the others.
 * const counts: readonly Claim[] = blackberryPakistan2015.claims.filter(
 *   (claim) => claim.topic === 'affected-bes-customers',
 * );
 * counts.map((claim) => [claim.quantity?.high, claim.quantity?.unit, claim.confidence]);
 * //=> [[5000, 'companies', 'confirmed'], [5000, 'users', 'confirmed'], [5000, 'users', 'confirmed'], [5000, 'users', 'confirmed']]
 * ```
 */
export interface Claim {
  readonly id: ClaimId;
  readonly topic: string;
  readonly statement: string;
  readonly quantity?: Quantity | undefined;
  readonly date?: DateValue | undefined;
  readonly sources: readonly Citation[];
  readonly confidence: Confidence;
}

/**
 * What a builder accepts for a claim.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type ClaimInput } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // ZDNet's name for the extension to the end of 9 August, as a claim of its own:
 * const claim: ClaimInput = {
 *   id: 'reprieve-48-hours',
 *   topic: 'extension-length',
 *   statement: 'ZDNet calls the extension a "48-hour reprieve".',
 *   sources: [{ source: 'zdnet-saudi-reprieve' }],
 *   confidence: 'confirmed',
 * };
 * editDispute(saudiBlackberry2010).claim(claim).build().claims.length;
 * //=> 4
 * ```
 */
export interface ClaimInput {
  id: string;
  topic: string;
  statement: string;
  quantity?: Quantity | undefined;
  date?: DateValue | undefined;
  sources: CitationInput[];
  confidence: Confidence;
}
