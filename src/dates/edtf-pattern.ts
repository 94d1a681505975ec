/**
 * The EDTF grammar as regular expressions for JSON Schema (ECMA-262 syntax, no flags, which ajv, Python's
 * `jsonschema` and R's `jsonvalidate` all read): the shape of a date, and the days, months and times that do
 * not exist. The shape is built from the reader's own grammar (`edtf-grammar.ts`), so it admits every date the
 * library reads; it is wider only where the reader decides with more than a pattern can say (which years have
 * a 29 February beyond the ones below, an open member only first or last in a set), and the library decides
 * the rest. A test checks the pattern against the reader on generated dates of every form.
 */
import { POINT_SHAPE, QUALIFIER_SHAPE } from './edtf-grammar.js';

/** The longest date text the library reads: long enough for a set of a dozen days; short enough that no text makes reading slow. */
export const EDTF_MAX_LENGTH = 256;

const POINT = POINT_SHAPE;
/**
 * A member of a set: a date, a range `a..b`, or one open on one side (`..b`, `a..`), with spaces around it.
 * (Wider than the reader, to keep the pattern short: it admits `..a..b`, and a set opened with `[` and closed
 * with `}`; the reader refuses both.)
 */
const MEMBER = `\\s*(?:\\.\\.)?${POINT}(?:\\.\\.(?:${POINT})?)?\\s*`;
const SET = `[\\[{]${MEMBER}(?:,${MEMBER})*[\\]}]`;
/** A date, or a set or list: what a known end of an interval may be too (`[2015-12-30,2015-12-31]/2016`). */
const KNOWN = `(?:${POINT}|${SET})`;
/** An end of an interval: known, open (`..`) or unknown (empty). */
const END = `(?:${KNOWN}|\\.\\.)?`;
/** An interval has at least one known end: not `/`, `../..`, `/..` or `../`. */
const INTERVAL = `(?!(?:\\.\\.)?/(?:\\.\\.)?$)${END}/${END}`;

/**
 * The shape of an EDTF date: a point (`2015-11-30`, `2015-07`, `2011~`, `2013-07-XX`, `2015-11-30T09:00+05:00`),
 * an interval with at least one known end (`2010-08-12/2011-01-31`, `2010-08/..`, `/2011`), or a level 2 set.
 */
export const EDTF_PATTERN_SOURCE = `^(?:${KNOWN}|${INTERVAL})$`;

/** Where a date of an interval or a set begins. */
const START = '(?:^|[/,\\[{ ]|\\.\\.)';
const QUALIFIER = QUALIFIER_SHAPE;
const YEAR_DIGITS = `${QUALIFIER}-?[0-9X]{4}${QUALIFIER}`;
/** Between two parts: a hyphen, with the qualifiers the parts may have on either side. */
const SEPARATOR = `${QUALIFIER}-${QUALIFIER}`;
/** A leap year of four digits: divisible by 4, and by 400 when it ends a century. */
const LEAP = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';

/**
 * Finds, in a date of the right shape, a part that does not exist: month 00, 13–20 or over 41 (21–41 are
 * EDTF's sub-year groupings, which have no day), day 00 or over 31, 31 April, June, September or November,
 * 30 or 31 February, 29 February of a common year, hour 24 or more, minute or second 60 or more, an offset
 * of 15 hours or more. A schema says `not: { pattern }` with it.
 */
export const EDTF_IMPOSSIBLE_PATTERN_SOURCE = [
  `${START}${YEAR_DIGITS}${SEPARATOR}(?:00|1[3-9]|20|4[2-9]|[5-9]\\d)`,
  `${START}${YEAR_DIGITS}${SEPARATOR}(?:2[1-9]|3\\d|4[01])${SEPARATOR}[0-9X]{2}`,
  `${START}${YEAR_DIGITS}${SEPARATOR}[0-9X]{2}${SEPARATOR}(?:00|3[2-9]|[4-9]\\d)`,
  `${START}${YEAR_DIGITS}${SEPARATOR}(?:0[469]|11)${SEPARATOR}31`,
  `${START}${YEAR_DIGITS}${SEPARATOR}02${SEPARATOR}3[01]`,
  `${START}${QUALIFIER}-?(?!${LEAP}[?~%]?-)\\d{4}${SEPARATOR}02${SEPARATOR}29`,
  'T(?:2[4-9]|[3-9]\\d)',
  'T\\d{2}:[6-9]\\d',
  'T\\d{2}:\\d{2}:[6-9]\\d',
  'T[0-9:.]+[+-](?:1[5-9]|[2-9]\\d)',
  'T[0-9:.]+[+-]\\d{2}:?[6-9]\\d',
].join('|');
