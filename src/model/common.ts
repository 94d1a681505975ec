import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { readDate, type ZonedDateText } from '../dates/edtf.js';
import {
  EDTF_IMPOSSIBLE_PATTERN_SOURCE,
  EDTF_MAX_LENGTH,
  EDTF_PATTERN_SOURCE,
} from '../dates/edtf-pattern.js';
import {
  canonicalTimeZone,
  isTimeZone,
  TIME_ZONE_MAX_LENGTH,
  TIME_ZONE_PATTERN_SOURCE,
  zoneNameProblem,
} from '../dates/zone.js';
import { COUNTRY_CODES } from './countries.js';
import { type SourceId, SourceIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

// zod/mini, unlike zod's full API, loads no locale: without one every issue's message would be "Invalid input".
// English, as the full API sets on import, unless the application has chosen a locale of its own.
if (z.config().localeError === undefined) z.config(en());

/**
 * A whole number as messages write it: `20,000`. Not `toLocaleString`, whose first call loads the number formats
 * of the locale (12 ms of every import of the library, for the three bounds the schemas' messages give).
 */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** A short text: a name, a title, a label. */
export const shortText = (what: string) =>
  z
    .string()
    .check(
      z.minLength(1, { error: `${what} must not be empty` }),
      z.maxLength(LIMITS.shortText, { error: `${what} has at most ${count(LIMITS.shortText)} characters` }),
      z.describe(what),
    );

/** A long text: a statement, a quote, a description. */
export const longText = (what: string) =>
  z
    .string()
    .check(
      z.minLength(1, { error: `${what} must not be empty` }),
      z.maxLength(LIMITS.longText, { error: `${what} has at most ${count(LIMITS.longText)} characters` }),
      z.describe(what),
    );

/**
 * An IANA time zone name that means one place: an Area/Location name such as `Asia/Karachi`, or `UTC`. Names are
 * matched without regard to case and stored in their canonical spelling (`utc` → `UTC`, `asia/karachi` →
 * `Asia/Karachi`), an old name of a place under today's (`Asia/Calcutta` → `Asia/Kolkata`), so that equal zones
 * compare equal. Abbreviations and legacy names (`IST`, `AST`, `EST`, `CET`, `EST5EDT`, `US/Eastern`) are
 * refused with the zones they may mean. The JSON Schema lists the names accepted, as stored, and the old names.
 *
 * @category Model
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
 * datasets.map((dispute) => TimeZoneSchema.parse(dispute.timeZone));
 * //=> ['Asia/Jakarta', 'Asia/Kolkata', 'Asia/Dubai', 'Asia/Riyadh', 'America/Sao_Paulo', 'Asia/Karachi',
 * //    'Europe/Moscow', 'Africa/Lagos', 'America/Sao_Paulo']
 * TimeZoneSchema.safeParse('PKT').success; // an abbreviation, not an IANA name
 * //=> false
 * TimeZoneSchema.parse('asia/karachi') === blackberryPakistan2015.timeZone;
 * //=> true
 * TimeZoneSchema.parse('Asia/Calcutta'); // the old name of the place
 * //=> 'Asia/Kolkata'
 * ```
 */
export const TimeZoneSchema = z
  .pipe(
    z.string().check(
      z.describe('An IANA time zone name, such as Asia/Karachi'),
      z.superRefine((value, ctx) => {
        if (!isTimeZone(value)) {
          ctx.addIssue({
            code: 'custom',
            message:
              zoneNameProblem(value) ?? `${JSON.stringify(value.slice(0, 64))} is not an IANA time zone`,
            params: { code: 'invalid-time-zone' },
          });
        }
      }),
    ),
    z.transform(canonicalTimeZone),
  )
  .check(
    z.describe('An IANA time zone name that means one place (Area/Location, such as Asia/Karachi), or UTC'),
    // For the JSON Schema: the shape of a name, which disputeJsonSchema replaces by the list of the names accepted.
    z.meta({ pattern: TIME_ZONE_PATTERN_SOURCE, maxLength: TIME_ZONE_MAX_LENGTH }),
  );

/**
 * An EDTF date string (levels 0, 1 and 2): `2015-11-30`, `2015-07`, `2010`, `2015-12-31?`, `2011~`, `2013-07-XX`,
 * `2015-11-30T09:00+05:00`, a season `2015-21`, a set `[2015-12-30,2015-12-31]`, or an interval
 * `2010-08-12/2011-01-31`.
 *
 * @category Model
 * @example
 * ```ts
 * import { EdtfSchema } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // India's extension to 31 January 2011 was set about 12 October 2010:
 * EdtfSchema.parse(indiaBlackberry2010.deadlines[3]?.setOn);
 * //=> '2010-10-12~'
 * EdtfSchema.safeParse('2015-02-30').success;
 * //=> false
 * ```
 */
export const EdtfSchema = z.string().check(
  z.superRefine((value, ctx) => {
    const result = readDate(value, 'UTC');
    if ('code' in result)
      ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
  }),
  z.describe(
    'An EDTF date (levels 0 to 2): 2015-11-30, 2015-07, 2010, 2015-12-31?, 2011~, 2013-07-XX, 2015-21, ' +
      '[2015-12-30,2015-12-31], or start/end',
  ),
  // For the JSON Schema: the shape of an EDTF date (wide enough for level 2), and no day or time that does not exist.
  z.meta({
    pattern: EDTF_PATTERN_SOURCE,
    maxLength: EDTF_MAX_LENGTH,
    not: { pattern: EDTF_IMPOSSIBLE_PATTERN_SOURCE },
  }),
);

/**
 * A date as a source gives it: an EDTF string read in the dispute's time zone, or
 * `{ value, timeZone }` for a date local to another zone (a company's announcement in Waterloo, Ontario).
 *
 * @category Model
 * @example
 * ```ts
 * import { DateValueSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // A date in the dispute's zone (Karachi) is a string; one local to another zone says which.
 * DateValueSchema.parse(blackberryPakistan2015.responses[0]?.date);
 * //=> '2015-11-30'
 * DateValueSchema.parse({ value: '2015-11-30', timeZone: 'America/Toronto' });
 * //=> { value: '2015-11-30', timeZone: 'America/Toronto' }
 * DateValueSchema.parse(blackberryPakistan2015.demands[1]?.date);
 * //=> '2015-07-24'
 * ```
 */
export const DateValueSchema = z
  .union([
    EdtfSchema,
    z.strictObject({
      value: EdtfSchema,
      timeZone: TimeZoneSchema,
    }),
  ])
  .check(z.describe('An EDTF date string, or { value, timeZone } for a date local to another zone'));

/**
 * A date as a source gives it: an EDTF string, or `{ value, timeZone }`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { DateValue } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The shipped Pakistan case dates every record in the dispute's zone (Karachi); a statement dated in
 * // Waterloo, Ontario would say so.
 * const dates: DateValue[] = [
 *   ...blackberryPakistan2015.responses.map((response) => response.date),
 *   { value: '2015-11-30', timeZone: 'America/Toronto' },
 * ];
 * dates[0];
 * //=> '2015-11-30'
 * dates.at(-1);
 * //=> { value: '2015-11-30', timeZone: 'America/Toronto' }
 * blackberryPakistan2015.demands[1]?.date;
 * //=> '2015-07-24'
 * ```
 */
export type DateValue = string | ZonedDateText;

/**
 * How an absolute http(s) URL starts, for the JSON Schema: the scheme in either case, after any whitespace
 * (which the URL check trims off, as browsers do).
 */
const URL_SCHEME_PATTERN_SOURCE = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://';

/**
 * An absolute `http:` or `https:` URL.
 *
 * @category Model
 * @example
 * ```ts
 * import { UrlSchema } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * const urls = datasets.flatMap((dispute) => dispute.sources.flatMap((source) => source.url ?? []));
 * urls.every((url) => UrlSchema.safeParse(url).success);
 * //=> true
 * UrlSchema.safeParse('javascript:alert(1)').success;
 * //=> false
 * ```
 */
export const UrlSchema = z
  .url({ protocol: /^https?$/, error: 'a URL must be an absolute http: or https: URL' })
  .check(
    z.maxLength(LIMITS.url, { error: `a URL has at most ${count(LIMITS.url)} characters` }),
    z.describe('An absolute http: or https: URL'),
    // For the JSON Schema: the scheme as a pattern. No `format: uri`: RFC 3986 refuses characters (`<`, `"`, a
    // space in a path) that browsers and this library accept.
    z.meta({ pattern: URL_SCHEME_PATTERN_SOURCE, format: undefined as unknown as string }),
  );

/**
 * An ISO 3166-1 alpha-2 country code, upper case: `PK`, `IN`, `AE`, `SA`.
 *
 * @category Model
 * @example
 * ```ts
 * import { CountrySchema } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.flatMap((dispute) => dispute.countries ?? []).map((country) => CountrySchema.parse(country));
 * //=> ['ID', 'IN', 'AE', 'SA', 'BR', 'PK', 'RU', 'NG', 'BR']
 * CountrySchema.safeParse('UK').success; // the code of the United Kingdom is GB
 * //=> false
 * ```
 */
export const CountrySchema = z
  .enum(COUNTRY_CODES, { error: 'a country is an ISO 3166-1 alpha-2 code such as PK or IN' })
  .check(z.describe('An ISO 3166-1 alpha-2 country code'));

/**
 * An ISO 3166-1 alpha-2 country code, upper case: one of the 249 officially assigned codes. Editors and type
 * errors say `CountryCode` (`'XX'` is not assignable to type `CountryCode`), not the 249 codes.
 *
 * @category Model
 * @example
 * ```ts
 * import type { CountryCode } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const countries: readonly CountryCode[] = blackberryPakistan2015.countries ?? [];
 * countries;
 * //=> ['PK']
 * ```
 */
// `Extract<…, string>` is the union itself, made anew for this alias, so that it keeps the alias's name: `z.infer`
// alone gives the union zod built, which TypeScript shows code by code.
export type CountryCode = Extract<z.infer<typeof CountrySchema>, string>;

/**
 * How well a record is supported: `confirmed` (stated in a published page that is cited — whether or not the
 * claim is right, and whether or not the outlet names its own sources), `reported` (stated only in a syndicated copy
 * or an aggregator, not on the original outlet's own page: the fact sheets' "confirmed (copy)"), `unverified` (commonly
 * repeated, not found in a page).
 *
 * @category Model
 * @example
 * ```ts
 * import { ConfidenceSchema } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // The Saudi events read only in copies of Arab News and Dow Jones reports are `reported`:
 * saudiBlackberry2010.events.map((event) => ConfidenceSchema.parse(event.confidence));
 * //=> ['reported', 'reported', 'reported', 'confirmed']
 * ConfidenceSchema.options;
 * //=> ['confirmed', 'reported', 'unverified']
 * ```
 */
export const ConfidenceSchema = z
  .enum(['confirmed', 'reported', 'unverified'])
  .check(z.describe('How well the record is supported by its sources'));

/**
 * One of `confirmed`, `reported`, `unverified`.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Confidence } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // Every India event is stated in a published page it cites (some from unnamed sources, which the outlet published):
 * const confidence: Confidence[] = indiaBlackberry2010.events.map((event) => event.confidence);
 * confidence.filter((c) => c !== 'confirmed').length;
 * //=> 0
 * ```
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * A reference from a record to a {@link Source}, with the words it quotes, verbatim.
 *
 * @category Model
 * @example
 * ```ts
 * import { CitationSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const verge = blackberryPakistan2015.claims.find((claim) => claim.id === 'affected-verge');
 * CitationSchema.parse(verge?.sources[0]);
 * //=> { source: 'verge-2015-11-30', quote: 'its reported 5,000 Pakistani enterprise users' }
 * ```
 */
export const CitationSchema = z
  .strictObject({
    source: SourceIdSchema,
    quote: z.optional(longText('a verbatim quote from the source')),
    note: z.optional(longText('a note on what the source says or how it was read')),
  })
  .check(z.describe('A reference to a source, with an optional verbatim quote'));

/**
 * A citation of a source.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Citation } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const pta = blackberryPakistan2015.claims.find((claim) => claim.id === 'affected-pta');
 * const citation: Citation | undefined = pta?.sources[0];
 * citation?.quote;
 * //=> 'There are few users of this service whose number would not be more than 4,000 to 5,000 in Pakistan'
 * ```
 */
export interface Citation {
  readonly source: SourceId;
  readonly quote?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * What a builder accepts for a citation: the source's id as a plain string.
 *
 * @category Model
 * @example
 * ```ts
 * import { editDispute, type CitationInput } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const citation: CitationInput = { source: 'reuters-2015-07-24' };
 * editDispute(blackberryPakistan2015)
 *   .event({
 *     id: 'hypothetical-note',
 *     date: '2015-07-24',
 *     kind: 'report',
 *     title: 'A hypothetical note on the order',
 *     actors: ['pta'],
 *     sources: [citation],
 *     confidence: 'reported',
 *   })
 *   .build()
 *   .events.find((event) => event.id === 'hypothetical-note')?.sources;
 * //=> [{ source: 'reuters-2015-07-24' }]
 * ```
 */
export interface CitationInput {
  source: string;
  quote?: string | undefined;
  note?: string | undefined;
}

/** The highest `sequence` a record may give: far above the records of any one day (`LIMITS.sequence`). */
export const MAX_SEQUENCE: number = LIMITS.sequence;

/**
 * The order of a dated record among the records of the same date: `1` first, then `2`… Records whose dates are
 * the same (the same day, or month…, in the same zone) are listed by `sequence`, a record without one counting as
 * `0`, then by id: give the order a magistrate's ruling and the response to it on one day by numbering them.
 * Validation checks it against the references (a response's `sequence` after its demand's on the same day).
 *
 * @category Model
 * @example
 * ```ts
 * import { SequenceSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // BlackBerry's two responses of 30 November 2015: it would leave, then it would stay until 30 December.
 * blackberryPakistan2015.responses.filter((r) => r.sequence !== undefined).map((r) => [r.id, r.sequence]);
 * //=> [['blackberry-exit', 1], ['blackberry-delays-exit', 3]]
 * SequenceSchema.parse(2);
 * //=> 2
 * SequenceSchema.safeParse(1.5).success; // a whole number
 * //=> false
 * SequenceSchema.safeParse(-1).success;
 * //=> false
 * ```
 */
export const SequenceSchema = z
  .int({ error: 'a sequence is a whole number' })
  .check(
    z.gte(0, { error: 'a sequence is 0 or more' }),
    z.lte(MAX_SEQUENCE, { error: `a sequence is at most ${count(MAX_SEQUENCE)}` }),
    z.describe(
      'The order of the record among the records of the same date: 1 first, then 2…; absent counts as 0',
    ),
  );

/** A list of citations; optional records use it as is, events and claims require at least one. */
export const citations = (what: string) =>
  z
    .array(CitationSchema)
    .check(
      z.maxLength(LIMITS.citations, { error: `at most ${count(LIMITS.citations)} citations` }),
      z.describe(what),
    );
