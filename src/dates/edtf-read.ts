import {
  addUnits,
  type CalendarUnit,
  daysFromCivil,
  daysInMonth,
  type Wall,
  wallInstant,
} from './calendar.js';
import { SINGLE_DATE } from './edtf-grammar.js';
import type { DateBound, DateParts, ParsedDate, Qualifier } from './parsed-date.js';
import { type DatePrecision, precisionRank } from './precision.js';
import { groupingOf } from './seasons.js';
import { instantAtWall } from './zone.js';

/** Why a text is not a date: the issue code and a message naming what was expected. */
export type Problem = {
  readonly code: 'invalid-date' | 'impossible-date' | 'invalid-time-zone';
  readonly message: string;
};

export const FORMS =
  'expected an EDTF date such as 2015-11-30, 2015-07, 2010, 2015-12-31?, 2011~, 2013-07-XX, ' +
  '2015-11-30T09:00+05:00 or an interval 2010-08-12/2011-01-31 (level 1: also 2015-21, -0044, Y170000002; ' +
  'level 2: 2004-06~-11, 156X-12-25, [2015-12-30,2015-12-31], {2015-07,2015-09})';

/** One date of any level; the groups are read by {@link readSingle}. */
const SINGLE = new RegExp(SINGLE_DATE);
const NO_MARKS: readonly [Qualifier, Qualifier, Qualifier] = Object.freeze(['', '', ''] as const);

/** Reads any EDTF text: a date, an interval, a set `[…]` or a list `{…}`. */
export function readEdtf(text: string, timeZone: string): ParsedDate | Problem {
  const slash = text.indexOf('/');
  if (slash === -1) {
    if (isSetText(text)) return readSet(text, timeZone);
    const point = readBound(text, timeZone);
    return 'code' in point ? point : pointOf(text, timeZone, point);
  }
  const startText = text.slice(0, slash);
  const endText = text.slice(slash + 1);
  if (endText.includes('/')) return invalid(`${FORMS}; an interval has one "/"`);
  const startKnown = startText !== '' && startText !== '..';
  const endKnown = endText !== '' && endText !== '..';
  if (!startKnown && !endKnown) return invalid('an interval needs at least one known end');
  const start = startKnown ? readEnd(startText, timeZone) : null;
  const end = endKnown ? readEnd(endText, timeZone) : null;
  if (start !== null && 'code' in start) return endOf(start, 'start', startText, text);
  if (end !== null && 'code' in end) {
    // `2018-01-13/14`, `2010/11`: an end written only where it differs from the start, as prose writes it.
    const whole = startText.slice(0, -endText.length) + endText;
    return /^\d{4}(-\d\d)*\/\d\d(-\d\d)*$/.test(text) &&
      whole > startText &&
      !('code' in readBound(whole, timeZone))
      ? invalid(`${text}: each end of an interval is written in full: ${startText}/${whole}`)
      : endOf(end, 'end', endText, text);
  }
  if (start !== null && end !== null && start.earliest > end.latest) {
    return { code: 'impossible-date', message: `the interval ${text} ends before it starts` };
  }
  const known = (start ?? end) as DateBound;
  const startBound = start ?? unboundedEnd(startText, 'start', known);
  const endBound = end ?? unboundedEnd(endText, 'end', known);
  const coarser =
    start !== null && end !== null && precisionRank(end.precision) < precisionRank(start.precision)
      ? end.precision
      : known.precision;
  return Object.freeze({
    text,
    timeZone,
    kind: 'interval',
    start: startBound,
    end: endBound,
    earliest: startBound.earliest,
    latest: endBound.latest,
    precision: coarser,
    approximate: startBound.approximate || endBound.approximate,
    uncertain: startBound.uncertain || endBound.uncertain,
  });
}

/** An end's problem that quotes only the end, `got "11x"`, saying also which end of which interval it is. */
const endOf = (problem: Problem, which: string, end: string, text: string): Problem =>
  problem.message.endsWith(`"${end}"`)
    ? invalid(`${problem.message}, the ${which} of the interval ${JSON.stringify(text)}`)
    : problem;

function invalid(message: string): Problem {
  return { code: 'invalid-date', message };
}

function pointOf(text: string, timeZone: string, bound: DateBound): ParsedDate {
  return Object.freeze({
    text,
    timeZone,
    kind: 'point',
    start: bound,
    end: bound,
    earliest: bound.earliest,
    latest: bound.latest,
    precision: bound.precision,
    approximate: bound.approximate,
    uncertain: bound.uncertain,
  });
}

function isSetText(text: string): boolean {
  return text.startsWith('[') || text.startsWith('{');
}

/** An interval's known end: one date, or a set or list (its range is the range of all its members). */
function readEnd(text: string, timeZone: string): DateBound | Problem {
  if (!isSetText(text)) return readBound(text, timeZone);
  const set = readSet(text, timeZone);
  return 'code' in set ? set : Object.freeze({ ...set.start, set });
}

function unboundedEnd(text: string, side: 'start' | 'end', other: DateBound): DateBound {
  const open = text === '..';
  // An open end is infinitely far; an unknown end lies somewhere on its side of the known end.
  const earliest = side === 'start' ? -Infinity : open ? Infinity : other.earliest;
  const latest = side === 'end' ? Infinity : open ? -Infinity : other.latest;
  return Object.freeze({
    state: open ? 'open' : 'unknown',
    earliest,
    latest,
    precision: other.precision,
    approximate: false,
    uncertain: false,
  });
}

/** A set `[a,b,c..d]` (one of its members) or a list `{a,b}` (all of them), EDTF level 2. */
function readSet(text: string, timeZone: string): ParsedDate | Problem {
  const oneOf = text.startsWith('[');
  const close = oneOf ? ']' : '}';
  const name = oneOf ? 'a set [a,b] (one of them, EDTF level 2)' : 'a list {a,b} (all of them, EDTF level 2)';
  if (!text.endsWith(close) || text.length < 3) return invalid(`${text}: ${name} ends with "${close}"`);
  const items = text.slice(1, -1).split(',');
  const members: ParsedDate[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = (items[i] as string).trim();
    const member = readMember(item, i === 0, i === items.length - 1, timeZone);
    if ('code' in member) {
      return member.code === 'invalid-date'
        ? invalid(
            `${text}: ${name} holds dates or ranges a..b, ..b (first) and a.. (last); ${member.message}`,
          )
        : member;
    }
    members.push(member);
  }
  let earliest = Infinity;
  let latest = -Infinity;
  let precision: DatePrecision = 'millisecond';
  for (const member of members) {
    earliest = Math.min(earliest, member.earliest);
    latest = Math.max(latest, member.latest);
    if (precisionRank(member.precision) < precisionRank(precision)) precision = member.precision;
  }
  const approximate = members.some((member) => member.approximate);
  const uncertain = members.some((member) => member.uncertain);
  const hull: DateBound = Object.freeze({
    state: 'known',
    earliest,
    latest,
    precision,
    approximate,
    uncertain,
  });
  return Object.freeze({
    text,
    timeZone,
    kind: oneOf ? 'one-of' : 'all-of',
    start: hull,
    end: hull,
    earliest,
    latest,
    precision,
    approximate,
    uncertain,
    members: Object.freeze(members),
  });
}

/** One member of a set: a date, a range `a..b`, or an open range `..b` (first only) or `a..` (last only). */
function readMember(item: string, first: boolean, last: boolean, timeZone: string): ParsedDate | Problem {
  if (item === '' || isSetText(item)) return invalid(`got ${JSON.stringify(item)}`);
  const dots = item.indexOf('..');
  if (dots === -1) {
    const bound = readBound(item, timeZone);
    return 'code' in bound ? bound : pointOf(item, timeZone, bound);
  }
  const fromText = item.slice(0, dots);
  const toText = item.slice(dots + 2);
  if ((fromText === '' && !first) || (toText === '' && !last) || (fromText === '' && toText === '')) {
    return invalid(`${JSON.stringify(item)} is open on a side that is not the set's first or last`);
  }
  const from = fromText === '' ? null : readBound(fromText, timeZone);
  const to = toText === '' ? null : readBound(toText, timeZone);
  if (from !== null && 'code' in from) return from;
  if (to !== null && 'code' in to) return to;
  if (from !== null && to !== null && from.earliest > to.latest)
    return { code: 'impossible-date', message: `the range ${item} ends before it starts` };
  const precision =
    from !== null && to !== null && precisionRank(to.precision) < precisionRank(from.precision)
      ? to.precision
      : ((from ?? to) as DateBound).precision;
  const bound: DateBound = Object.freeze({
    state: 'known',
    earliest: from === null ? -Infinity : from.earliest,
    latest: to === null ? Infinity : to.latest,
    precision,
    approximate: (from?.approximate ?? false) || (to?.approximate ?? false),
    uncertain: (from?.uncertain ?? false) || (to?.uncertain ?? false),
    range: Object.freeze([from, to] as const),
  });
  return pointOf(item, timeZone, bound);
}

/**
 * One date as written, before any zone: the wall clocks it starts and ends at (the end exclusive), or a fixed
 * offset when one is written. Reading a date in a zone is then two wall clocks turned into instants; the builder
 * reads each date in UTC and in its zone, and the text is parsed once for both.
 */
interface BoundSyntax {
  readonly start: Wall;
  readonly end: Wall;
  readonly offsetMs: number | null;
  readonly precision: DatePrecision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly parts: DateParts;
}

/** The last texts parsed, and what they gave: enough for a date read in UTC, then in its zone. */
const RECENT = 8;
const recentTexts: string[] = new Array(RECENT).fill('');
const recentSyntax: (BoundSyntax | Problem | undefined)[] = new Array(RECENT).fill(undefined);
let recentNext = 0;

function boundSyntax(text: string): BoundSyntax | Problem {
  for (let i = 0; i < RECENT; i++) {
    if (recentTexts[i] === text) {
      const found = recentSyntax[i];
      if (found !== undefined) return found;
    }
  }
  const syntax = singleSyntax(text);
  recentTexts[recentNext] = text;
  recentSyntax[recentNext] = syntax;
  recentNext = (recentNext + 1) % RECENT;
  return syntax;
}

const DAY_MS = 86_400_000;

/** The number of two ASCII digits at `at`, or −1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Where {@link levelZeroWalls} leaves a level-0 date: its first and its next wall clock as milliseconds since the
 * epoch read as UTC (the end exclusive), and the offset it writes in milliseconds east of UTC (`NaN`: none).
 */
const WALLS = new Float64Array(3);

/**
 * A level-0 date, the form of nearly every date, read in one scan straight to its wall clocks, without the general
 * grammar, its wall clocks as arrays or a `Date`: a year (`2015`), a month (`2015-11`), a day (`2015-11-30`), or a
 * day with a time to the minute or second and perhaps an offset (`2015-11-30T09:00`, `2015-11-30T09:00:30Z`,
 * `2015-11-30T09:00+05:00`). The text is `text` from `from` to its end, or to `to` (an interval's end). Its
 * precision, with the wall clocks in {@link WALLS}; `undefined` for any other text, also for any such text the
 * grammar refuses, which then says why. Makes no object: a build reads a million.
 */
function levelZeroWalls(text: string, from = 0, to = text.length): DatePrecision | undefined {
  const length = to - from;
  if (length !== 4 && length !== 7 && length < 10) return undefined;
  const century = twoDigits(text, from);
  const within = twoDigits(text, from + 2);
  if (century < 0 || within < 0) return undefined;
  const year = century * 100 + within;
  WALLS[2] = Number.NaN;
  if (length === 4) {
    WALLS[0] = daysFromCivil(year, 1, 1) * DAY_MS;
    WALLS[1] = daysFromCivil(year + 1, 1, 1) * DAY_MS;
    return 'year';
  }
  const month = twoDigits(text, from + 5);
  if (text.charCodeAt(from + 4) !== 45 || month < 1 || month > 12) return undefined;
  if (length === 7) {
    WALLS[0] = daysFromCivil(year, month, 1) * DAY_MS;
    WALLS[1] = (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) * DAY_MS;
    return 'month';
  }
  const date = twoDigits(text, from + 8);
  if (text.charCodeAt(from + 7) !== 45 || date < 1 || date > daysInMonth(year, month)) return undefined;
  const day = daysFromCivil(year, month, date) * DAY_MS;
  if (length === 10) {
    WALLS[0] = day;
    WALLS[1] = day + DAY_MS;
    return 'day';
  }
  // THH:MM, then :SS, then Z, ±HH, ±HHMM or ±HH:MM.
  const hour = twoDigits(text, from + 11);
  const minute = twoDigits(text, from + 14);
  if (
    length < 16 ||
    text.charCodeAt(from + 10) !== 84 ||
    text.charCodeAt(from + 13) !== 58 ||
    hour < 0 ||
    minute < 0
  )
    return undefined;
  let at = from + 16;
  let second = 0;
  if (text.charCodeAt(at) === 58) {
    second = length >= 19 ? twoDigits(text, from + 17) : -1;
    if (second < 0) return undefined;
    at = from + 19;
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMs = at === to ? null : offsetAt(text, at, to);
  if (offsetMs === undefined) return undefined;
  const start = day + ((hour * 60 + minute) * 60 + second) * 1000;
  WALLS[0] = start;
  WALLS[1] = start + (at === from + 19 ? 1000 : 60_000);
  WALLS[2] = offsetMs ?? Number.NaN;
  return at === from + 19 ? 'second' : 'minute';
}

/** A level-0 date as a bound in a zone, with its parts as written (see {@link levelZeroWalls}). */
function levelZeroBound(text: string, timeZone: string): DateBound | undefined {
  const precision = levelZeroWalls(text);
  if (precision === undefined) return undefined;
  const year = text.length === 4 ? text : text.slice(0, 4);
  const parts: DateParts = Object.freeze(
    precision === 'year'
      ? { year, marks: NO_MARKS }
      : precision === 'month'
        ? { year, month: text.slice(5, 7), marks: NO_MARKS }
        : precision === 'day'
          ? { year, month: text.slice(5, 7), day: text.slice(8, 10), marks: NO_MARKS }
          : { year, month: text.slice(5, 7), day: text.slice(8, 10), time: text.slice(10), marks: NO_MARKS },
  );
  const offset = WALLS[2] as number;
  return knownBound(
    timeZone,
    WALLS[0] as number,
    WALLS[1] as number,
    Number.isNaN(offset) ? null : offset,
    precision,
    parts,
  );
}

/**
 * Any EDTF text read in a zone to the numbers a build sorts and indexes by: its first and last instant written to
 * `out` (`[earliest, latest]`, as {@link readEdtf} gives them), and the rank of its precision returned; −1 when the
 * text is not a date ({@link readEdtf} says why). A level-0 date makes no object on the way.
 */
export function readInstants(text: string, timeZone: string, out: Float64Array): number {
  const rank = readLevelZero(text, timeZone, out);
  if (rank >= 0) return rank;
  const date = readEdtf(text, timeZone);
  if ('code' in date) return -1;
  out[0] = date.earliest;
  out[1] = date.latest;
  return precisionRank(date.precision);
}

/**
 * {@link readInstants} of a level-0 date, or of an interval of two (`2015-11-30/2016-01`): one scan and a lookup
 * in the zone's offsets by day for each wall clock; −1 for any other text (which {@link readInstants} reads by the
 * general grammar), and for an interval that ends before it starts. Cheaper than looking the text up among a few
 * hundred thousand read before, so a build remembers only the texts this does not read.
 */
export function readLevelZero(text: string, timeZone: string, out: Float64Array): number {
  const slash = text.length > 10 ? text.indexOf('/') : -1;
  const precision = levelZeroWalls(text, 0, slash < 0 ? text.length : slash);
  if (precision === undefined) return -1;
  out[0] = wallsInstant(timeZone, WALLS[0] as number);
  out[1] = wallsInstant(timeZone, WALLS[1] as number, true) - 1;
  if (slash < 0) return precisionRank(precision);
  // An interval: from its start's first instant to its end's last, at the coarser precision of the two.
  const endPrecision = levelZeroWalls(text, slash + 1);
  if (endPrecision === undefined) return -1;
  const latest = wallsInstant(timeZone, WALLS[1] as number, true) - 1;
  if ((out[0] as number) > latest) return -1;
  out[1] = latest;
  return Math.min(precisionRank(precision), precisionRank(endPrecision));
}

/**
 * A wall clock that {@link levelZeroWalls} left in {@link WALLS} as an instant: at its written offset, or in the
 * zone; with `end`, the end (exclusive) of a span of wall clocks (see `instantAtWall`).
 */
function wallsInstant(timeZone: string, wall: number, end = false): number {
  const offset = WALLS[2] as number;
  if (!Number.isNaN(offset)) return wall - offset;
  return instantAtWall(timeZone, wall, end);
}

/**
 * The offset written from `at` to the end of `text` (`Z`, `+05`, `+0530`, `+05:30`) in milliseconds east of UTC,
 * `null` for none, or `undefined` when the rest is no offset or one no zone has.
 */
function offsetAt(text: string, at: number, to = text.length): number | null | undefined {
  const rest = to - at;
  if (rest === 1) return text.charCodeAt(at) === 90 ? 0 : undefined;
  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return undefined;
  const hours = twoDigits(text, at + 1);
  const colon = rest === 6 && text.charCodeAt(at + 3) === 58;
  const minutes = rest === 3 ? 0 : rest === 5 || colon ? twoDigits(text, to - 2) : -1;
  if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59) return undefined;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** A known bound from its wall clocks as UTC milliseconds (the end exclusive), read at `offsetMs` or in `timeZone`. */
function knownBound(
  timeZone: string,
  start: number,
  end: number,
  offsetMs: number | null,
  precision: DatePrecision,
  parts: DateParts,
): DateBound {
  return Object.freeze({
    state: 'known',
    earliest: offsetMs === null ? instantAtWall(timeZone, start) : start - offsetMs,
    latest: (offsetMs === null ? instantAtWall(timeZone, end, true) : end - offsetMs) - 1,
    precision,
    approximate: false,
    uncertain: false,
    parts,
  });
}

/** One date (no interval, no set) read in a zone: its syntax, then its two wall clocks as instants. */
export function readBound(text: string, timeZone: string): DateBound | Problem {
  return levelZeroBound(text, timeZone) ?? resolve(boundSyntax(text), timeZone);
}

/** One date read by the general grammar alone, without the fast path for a day (the tests compare the two). */
export function readSingle(text: string, timeZone: string): DateBound | Problem {
  return resolve(singleSyntax(text), timeZone);
}

function resolve(syntax: BoundSyntax | Problem, timeZone: string): DateBound | Problem {
  if ('code' in syntax) return syntax;
  return Object.freeze({
    state: 'known',
    earliest: wallInstant(syntax.start, timeZone, syntax.offsetMs),
    latest: wallInstant(syntax.end, timeZone, syntax.offsetMs, true) - 1,
    precision: syntax.precision,
    approximate: syntax.approximate,
    uncertain: syntax.uncertain,
    parts: syntax.parts,
  });
}

interface YearRange {
  readonly lo: number;
  readonly hi: number;
  readonly precision: DatePrecision;
  /** The written digits with X for any digit, as a pattern of the year's four digits; `null` when every year does. */
  readonly pattern: RegExp | null;
  /** A Y-year or a year with significant digits: a year only. */
  readonly alone: boolean;
}

const COARSER_YEARS: readonly DatePrecision[] = ['year', 'decade', 'century', 'millennium'];

function readYear(token: string): YearRange | Problem {
  const long = /^Y(-?)(\d+)(?:E(\d+))?(?:S(\d+))?$/.exec(token);
  if (long !== null) {
    const [, sign, digits = '', exponent, significant] = long;
    if (exponent === undefined && digits.length <= 4) {
      return invalid(`${token}: a Y year has more than four digits (EDTF level 1); write ${sign}${digits}`);
    }
    if (digits.startsWith('0')) return invalid(`${token}: a Y year has no leading zeros (EDTF level 1)`);
    const magnitude = Number(digits) * 10 ** Number(exponent ?? 0);
    if (!Number.isSafeInteger(magnitude))
      return invalid(`${token}: a year is at most ${Number.MAX_SAFE_INTEGER}`);
    return significantRange(token, sign === '-' ? -magnitude : magnitude, significant);
  }
  const short = /^(-?)([\dX]{4})(?:S(\d+))?$/.exec(token);
  if (short === null) return invalid(`${FORMS}; got the year ${JSON.stringify(token)}`);
  const [, sign, digits = '', significant] = short;
  const negative = sign === '-';
  if (negative && digits === '0000') return invalid(`${token}: there is no year -0000; year 0 is 0000`);
  if (!digits.includes('X'))
    return significantRange(token, (negative ? -1 : 1) * Number(digits), significant);
  if (significant !== undefined)
    return invalid(`${token}: a year has unspecified digits (X) or significant digits (S), not both`);
  const low = Number(digits.replace(/X/g, '0'));
  const high = Number(digits.replace(/X/g, '9'));
  return {
    lo: negative ? -high : low,
    hi: negative ? -low : high,
    precision: COARSER_YEARS[Math.min(3, 4 - digits.indexOf('X'))] as DatePrecision,
    pattern: new RegExp(`^${digits.replace(/X/g, '\\d')}$`),
    alone: false,
  };
}

/** Whether a year matches the written digits of a year range (with X for any digit). */
function yearMatches(years: YearRange, year: number): boolean {
  return years.pattern === null || years.pattern.test(String(Math.abs(year)).padStart(4, '0'));
}

/**
 * The first year a year's text stands for, as the reader reads it: `-0044` is −44 (45 BC), `Y17E7` is 170000000,
 * `201X` is 2010 and `-201X` is −2019 (the first of its decade), `1950S2` is 1900; `NaN` for text that is no year.
 */
export function firstYearOf(yearText: string): number {
  const years = readYear(yearText);
  return 'code' in years ? Number.NaN : years.lo;
}

/** `1950S2`: some year from 1900 to 1999 (the first two digits are significant), EDTF level 2. */
function significantRange(token: string, year: number, significant: string | undefined): YearRange | Problem {
  const alone = token.startsWith('Y') || significant !== undefined;
  const exact = { lo: year, hi: year, precision: 'year' as const, pattern: null, alone };
  if (significant === undefined) return exact;
  const count = Number(significant);
  if (count === 0)
    return invalid(`${token}: a year has at least one significant digit (EDTF level 2: 1950S2)`);
  const digits = String(Math.abs(year)).length;
  if (count >= digits) return exact;
  const span = 10 ** (digits - count);
  const low = Math.floor(Math.abs(year) / span) * span;
  const high = low + span - 1;
  return {
    lo: year < 0 ? -high : low,
    hi: year < 0 ? -low : high,
    precision: COARSER_YEARS[Math.min(3, digits - count)] as DatePrecision,
    pattern: null,
    alone,
  };
}

/** The values 1 to `max` whose two digits match `token` (with X for any digit). */
function matching(token: string, max: number): number[] {
  if (token[0] !== 'X' && token[1] !== 'X') {
    // Two digits: the value itself, when it is one of them (the form of nearly every date).
    const value = Number(token);
    return value >= 1 && value <= max ? [value] : [];
  }
  const out: number[] = [];
  for (let value = 1; value <= max; value++) {
    const digits = String(value).padStart(2, '0');
    if ((token[0] === 'X' || token[0] === digits[0]) && (token[1] === 'X' || token[1] === digits[1]))
      out.push(value);
  }
  return out;
}

function combine(a: Qualifier, b: Qualifier | undefined): Qualifier {
  if (b === undefined || b === '' || a === b) return a === '' ? (b ?? '') : a;
  return a === '' ? b : '%';
}

/** The unit and step an approximate date of a precision is widened by. */
function stepOf(precision: DatePrecision, groupingStep: number): [CalendarUnit, number] {
  return precision === 'season' ? ['month', groupingStep] : [precision, 1];
}

const PART_RANK: readonly DatePrecision[] = ['year', 'month', 'day'];

/** One date of any level, by the general grammar. */
function singleSyntax(text: string): BoundSyntax | Problem {
  const match = SINGLE.exec(text);
  if (match === null) return invalid(nearMiss(text));
  const [
    ,
    yearLeft,
    yearText = '',
    yearRight,
    monthLeft,
    monthText,
    monthRight,
    dayLeft,
    dayText,
    dayRight,
    timeText,
    hourText,
    minuteText,
    secondText,
    msText,
    offsetText,
    last,
  ] = match;
  const years = readYear(yearText);
  if ('code' in years) return years;
  if (years.alone && monthText !== undefined) {
    return invalid(
      `${text}: a Y year, an exponential year or a year with significant digits (EDTF levels 1 and 2) ` +
        'stands alone, without month or day',
    );
  }
  if (
    timeText !== undefined &&
    [yearLeft, yearRight, monthLeft, monthRight, dayLeft, dayRight].some(Boolean)
  ) {
    return invalid(`${text}: a date with a time takes one qualifier, at its end (EDTF level 1)`);
  }
  // A qualifier to the right of a part applies to it and the parts before it; to its left, to it alone.
  const marks: [Qualifier, Qualifier, Qualifier] = ['', '', ''];
  const count = dayText !== undefined ? 3 : monthText !== undefined ? 2 : 1;
  const rights = [yearRight, monthRight, dayRight];
  const lefts = [yearLeft, monthLeft, dayLeft];
  for (let part = 0; part < count; part++) {
    marks[part] = combine(marks[part] as Qualifier, lefts[part] as Qualifier | undefined);
    const right = (part === count - 1 ? (rights[part] ?? last) : rights[part]) as Qualifier | undefined;
    for (let before = 0; before <= part; before++) marks[before] = combine(marks[before] as Qualifier, right);
  }

  let precision: DatePrecision = years.precision;
  let months = [1];
  let grouping: ReturnType<typeof groupingOf>;
  if (monthText !== undefined) {
    const code = Number(monthText);
    if (!monthText.includes('X') && code > 12) {
      grouping = groupingOf(code);
      if (grouping === undefined) {
        return {
          code: 'impossible-date',
          message:
            `${text}: there is no month ${code} (months are 01 to 12; 21 to 24 are seasons, EDTF level 1; ` +
            '25 to 41 seasons by hemisphere, quarters, quadrimesters and semesters, level 2)',
        };
      }
      if (dayText !== undefined)
        return invalid(`${text}: a season or other grouping (21 to 41, EDTF levels 1 and 2) has no day`);
    } else {
      months = matching(monthText, 12);
      if (months.length === 0)
        return { code: 'impossible-date', message: `${text}: there is no month ${monthText}` };
    }
    if (precision === 'year')
      precision = grouping !== undefined ? 'season' : monthText.includes('X') ? 'year' : 'month';
  }
  const days = dayText === undefined ? [1] : matching(dayText, 31);
  if (dayText !== undefined && precision === 'month' && !dayText.includes('X')) precision = 'day';
  const first = firstDay(years, months, days, dayText !== undefined);
  const lastDay = lastOf(years, months, days, dayText !== undefined);
  if (first === null || lastDay === null) {
    if (!monthText?.includes('X') && !dayText?.includes('X') && years.lo === years.hi) {
      const y = years.lo;
      const m = Number(monthText);
      return {
        code: 'impossible-date',
        message: `${text} does not exist: month ${m} of ${y} has ${daysInMonth(y, m)} days`,
      };
    }
    return { code: 'impossible-date', message: `${text}: no day matches` };
  }

  let start: Wall = [first[0], first[1], first[2], 0, 0, 0, 0];
  let end: Wall;
  let offsetMs: number | null = null;
  if (timeText !== undefined) {
    if (precision !== 'day')
      return invalid(`${text}: a time needs a whole day, without X (2015-11-30T09:00)`);
    const hour = Number(hourText);
    const minute = Number(minuteText);
    const second = Number(secondText ?? 0);
    const ms = Number((msText ?? '0').padEnd(3, '0'));
    if (hour > 23 || minute > 59 || second > 59) {
      return { code: 'impossible-date', message: `${text}: there is no time ${hourText}:${minuteText}` };
    }
    precision = msText !== undefined ? 'millisecond' : secondText !== undefined ? 'second' : 'minute';
    start = [first[0], first[1], first[2], hour, minute, second, ms];
    end = addUnits(start, precision as CalendarUnit, 1);
    if (offsetText !== undefined) {
      const offset = readOffset(offsetText);
      if (offset === null)
        return { code: 'impossible-date', message: `${text}: no zone has offset ${offsetText}` };
      offsetMs = offset;
    }
  } else if (grouping !== undefined) {
    start = addUnits([years.lo, 1, 1, 0, 0, 0, 0], 'month', grouping.first);
    end = addUnits([years.hi, 1, 1, 0, 0, 0, 0], 'month', grouping.first + grouping.months);
  } else {
    const unit = PART_RANK[count - 1] as CalendarUnit;
    end = addUnits([lastDay[0], lastDay[1], lastDay[2], 0, 0, 0, 0], unit, 1);
  }

  const approximate = marks.some((mark) => mark === '~' || mark === '%');
  const uncertain = marks.some((mark) => mark === '?' || mark === '%');
  if (approximate) {
    // Widened by one unit of the finest approximate part, or of the precision when that is coarser.
    let finest = 0;
    for (let part = 0; part < count; part++) if (marks[part] === '~' || marks[part] === '%') finest = part;
    const partPrecision: DatePrecision =
      timeText !== undefined && finest === count - 1
        ? precision
        : finest === 1 && grouping !== undefined
          ? 'season'
          : (PART_RANK[finest] as DatePrecision);
    const widen = precisionRank(partPrecision) < precisionRank(precision) ? partPrecision : precision;
    const [unit, step] = stepOf(widen, grouping?.step ?? 3);
    start = addUnits(start, unit, -1, step);
    end = addUnits(end, unit, 1, step);
  }
  const parts: DateParts = Object.freeze({
    year: yearText,
    ...(monthText === undefined ? {} : { month: monthText }),
    ...(dayText === undefined ? {} : { day: dayText }),
    ...(timeText === undefined ? {} : { time: timeText }),
    marks: Object.freeze(marks),
  });
  return { start, end, offsetMs, precision, approximate, uncertain, parts };
}

/** The first year, month and day the written digits allow; `null` when none exists (`2015-02-3X`). */
function firstDay(
  years: YearRange,
  months: readonly number[],
  days: readonly number[],
  hasDay: boolean,
): [number, number, number] | null {
  if (!hasDay) return [years.lo, months[0] as number, 1];
  for (let year = years.lo; year <= years.hi; year++) {
    if (!yearMatches(years, year)) continue;
    for (const month of months)
      for (const day of days) if (day <= daysInMonth(year, month)) return [year, month, day];
  }
  return null;
}

/** The last year, month and day the written digits allow; `null` when none exists. */
function lastOf(
  years: YearRange,
  months: readonly number[],
  days: readonly number[],
  hasDay: boolean,
): [number, number, number] | null {
  if (!hasDay) return [years.hi, months[months.length - 1] as number, 1];
  for (let year = years.hi; year >= years.lo; year--) {
    if (!yearMatches(years, year)) continue;
    for (let m = months.length - 1; m >= 0; m--) {
      const month = months[m] as number;
      for (let d = days.length - 1; d >= 0; d--) {
        const day = days[d] as number;
        if (day <= daysInMonth(year, month)) return [year, month, day];
      }
    }
  }
  return null;
}

/** Milliseconds east of UTC of `Z`, `+05`, `+05:30` or `+0530`; `null` for an offset no zone has. */
function readOffset(text: string): number | null {
  if (text === 'Z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return (text.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** The message for a text the grammar does not read, naming the form it comes closest to. */
function nearMiss(text: string): string {
  const got = `got ${JSON.stringify(text)}`;
  if (/^-?\d{5,}$/.test(text))
    return `${text}: a year of more than four digits is written with a Y prefix (EDTF level 1): Y${text}`;
  // Dates joined by commas, such as 2015-12-30,2015-12-31 (not text with a comma, such as Dec 30, 2015).
  if (/^[\d?~%X./-]+((,| or )[\d?~%X./-]+)+$/.test(text))
    return `${text}: several dates are written [a,b] (one of them) or {a,b} (all of them), EDTF level 2: [${text.split(/,| or /).join(',')}]`;
  // A spreadsheet's date and time, 2016-05-02 14:00: the same instant with a T, never read by a guess.
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)$/.exec(text);
  if (spaced !== null)
    return `${text}: a date and its time are joined by T in EDTF: ${spaced[1]}T${spaced[2]}`;
  // A time with a zone's abbreviation, 2022-01-13T00:00 WAT: which zone is meant is the source's to say.
  const abbreviated = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?([A-Za-z]{2,5})$/.exec(text);
  if (abbreviated !== null) {
    const [, time, letters] = abbreviated as unknown as [string, string, string];
    if (/^[ap]m$/i.test(letters))
      return `${text}: a time is written on the 24-hour clock (T21:00 for 9 pm), then Z or an offset (+05:00)`;
    return `${text}: a time ends in Z or an offset (${time.replace(' ', 'T')}+hh:mm), not an abbreviation such as ${letters}, which may name several zones; write the offset the source means, or give the record the zone by its IANA name`;
  }
  if (/^\d{4}-\d{2}-\d{2}[?~%]?T/.test(text) || /T\d{2}$/.test(text))
    return `${FORMS}; a time is written T09:00, T09:00:30 or T09:00:30.5, then Z or an offset (+05:00); ${got}`;
  return `${FORMS}; ${got}`;
}
