/**
 * The EDTF grammar as regular expressions for JSON Schema (ECMA-262 syntax, no flags, which ajv, Python's
 * `jsonschema` and R's `jsonvalidate` all read): the shape of a date, and the days, months and times that do
 * not exist. The shape is deliberately wider than what `readDate` reads today — it admits EDTF level 2 syntax
 * (qualifiers on each part, `X` in any digit, sets `[…]` and `{…}`, `Y`-years, significant digits, sub-year
 * groupings 21–41) — so that a schema never rejects a date the library may read; the library decides the rest.
 */

/** The longest date text the library reads: long enough for a set of a dozen days; short enough that no text makes reading slow. */
export const EDTF_MAX_LENGTH = 256;

const QUALIFIER = '[?~%]?';
const YEAR = `(?:${QUALIFIER}-?[0-9X]{4}(?:S\\d+)?|Y-?\\d+(?:E\\d+)?(?:S\\d+)?)`;
const PART = `-${QUALIFIER}[0-9X]{2}`;
const TIME = 'T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?';
const POINT = `${YEAR}(?:${PART}(?:${PART}(?:${TIME})?)?)?${QUALIFIER}`;
const END = `(?:${POINT}|\\.\\.)?`;
const INTERVAL = `(?:${POINT}/${END}|${END}/${POINT})`;
const MEMBER = `(?:${POINT}(?:\\.\\.(?:${POINT})?)?|\\.\\.${POINT})`;
const MEMBERS = `${MEMBER}(?:, ?${MEMBER})*`;
const SET = `(?:\\[${MEMBERS}\\]|\\{${MEMBERS}\\})`;

/**
 * The shape of an EDTF date: a point (`2015-11-30`, `2015-07`, `2011~`, `2013-07-XX`, `2015-11-30T09:00+05:00`),
 * an interval with at least one known end (`2010-08-12/2011-01-31`, `2010-08/..`, `/2011`), or a level 2 set.
 */
export const EDTF_PATTERN_SOURCE = `^(?:${POINT}|${INTERVAL}|${SET})$`;

/** Where a date of an interval or a set begins. */
const START = '(?:^|[/,\\[{ ]|\\.\\.)';
const YEAR_DIGITS = `${QUALIFIER}-?[0-9X]{4}`;
const SEPARATOR = `-${QUALIFIER}`;
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
  `${START}${QUALIFIER}-?(?!${LEAP}-)\\d{4}${SEPARATOR}02${SEPARATOR}29`,
  'T(?:2[4-9]|[3-9]\\d)',
  'T\\d{2}:[6-9]\\d',
  'T\\d{2}:\\d{2}:[6-9]\\d',
  'T[0-9:.]+[+-](?:1[5-9]|[2-9]\\d)',
  'T[0-9:.]+[+-]\\d{2}:?[6-9]\\d',
].join('|');
