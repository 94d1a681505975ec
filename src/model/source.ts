import * as z from 'zod/mini';
import { type DateValue, DateValueSchema, longText, shortText, UrlSchema } from './common.js';
import { type SourceId, SourceIdSchema } from './ids.js';

/**
 * A published page that records cite: a news report, a statement, a blog post.
 *
 * @category Model
 * @example
 * ```ts
 * import { SourceSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const bbc = blackberryPakistan2015.sources.find((source) => source.publisher === 'BBC');
 * SourceSchema.parse(bbc);
 * //=> { id: 'bbc-blackberry-stays', publisher: 'BBC', title: 'Blackberry to keep operating in Pakistan',
 * //     url: 'https://www.bbc.co.uk/news/technology-35204922' }
 * SourceSchema.safeParse({ ...bbc, url: 'bbc.co.uk/news/technology-35204922' }).success; // not an absolute URL
 * //=> false
 * ```
 */
export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    publisher: shortText('who published it'),
    title: z.optional(shortText('its title')),
    url: z.optional(UrlSchema),
    published: z.optional(DateValueSchema).check(z.describe('When it was published')),
    author: z.optional(shortText('who wrote it')),
    copyOf: z.optional(shortText('the original outlet, when this is a syndicated copy or an aggregator')),
    note: z.optional(longText('a note on the source')),
  })
  .check(z.describe('A published page that records cite'));

/**
 * A source, as stored in a built {@link Dispute}.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Source } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const first: Source | undefined = blackberryPakistan2015.sources[0];
 * [first?.publisher, first?.published];
 * //=> ['Reuters', '2015-07-24']
 * ```
 */
export interface Source {
  readonly id: SourceId;
  readonly publisher: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly published?: DateValue | undefined;
  readonly author?: string | undefined;
  readonly copyOf?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * What a builder accepts for a source.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type SourceInput } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // The Arab News report that Daijiworld copied, recorded though it was not read (no URL, no date known):
 * const original: SourceInput = {
 *   id: 'arab-news',
 *   publisher: 'Arab News',
 *   note: 'The original of the Daijiworld copy; not read.',
 * };
 * editDispute(saudiBlackberry2010).source(original).build().sources.length;
 * //=> 8
 * ```
 */
export interface SourceInput {
  id: string;
  publisher: string;
  title?: string | undefined;
  url?: string | undefined;
  published?: DateValue | undefined;
  author?: string | undefined;
  copyOf?: string | undefined;
  note?: string | undefined;
}
