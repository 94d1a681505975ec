import { seasonsOutOfWords } from './season-words.js';
import { ZONE_WORDS, zoneOfWords } from './zone-words.js';

/**
 * The EDTF text a date in words stands for, as {@link dateInWords} writes it (and as earlier versions wrote a
 * TimelineJS sheet's Display Date: `from 2010-08-12`, `? to 2011`): `about 2011` is `2011~`, `2015-12-31
 * (uncertain)` is `2015-12-31?`, `from 2010-08-12 onwards` is `2010-08-12/..`, `one of 2015-12-30, 2015-12-31`
 * is `[2015-12-30,2015-12-31]`, `spring 2015 (2015-21)` is `2015-21`. A zone named after it
 * (` (Toronto time)`) is left to {@link zoneOfWords}. `undefined` for words that are no date written so (a date
 * that does not start with four digits, such as a Y year, among them).
 */
export function edtfOfWords(written: string): string | undefined {
  // Only a city that names a zone is taken off: `2015 (summer time)` is no date in words.
  const zoned = zoneOfWords(written) === undefined ? written.trim() : written.trim().replace(ZONE_WORDS, '');
  const text = seasonsOutOfWords(zoned).trim();
  const set = setOf(text);
  if (set !== undefined) return set;
  const until = /^until (.+)$/.exec(text);
  if (until !== null) return interval('..', end(until[1] as string));
  const from = /^from (.+?)(?: onwards)?$/.exec(text);
  if (from !== null) return interval(end(from[1] as string), '..');
  const to = topLevelTo(text);
  if (to !== undefined) {
    const [first, second] = to;
    const unknown = (words: string) => words === '?' || words === 'an unknown date';
    return interval(unknown(first) ? '' : end(first), unknown(second) ? '' : end(second));
  }
  return bound(text);
}

/** `one of a, b` → `[a,b]`, `all of a, b` → `{a,b}`; `undefined` for other words. */
function setOf(words: string): string | undefined {
  const set = /^(one|all) of (.+)$/.exec(words);
  if (set === null) return undefined;
  const members = (set[2] as string).split(', ').map(member);
  if (members.some((one) => one === undefined)) return undefined;
  return set[1] === 'one' ? `[${members.join(',')}]` : `{${members.join(',')}}`;
}

/** A member of a set: a date, `a to b` (`a..b`), `b or earlier` (`..b`), `a or later` (`a..`). */
function member(words: string): string | undefined {
  const earlier = /^(.+) or earlier$/.exec(words);
  if (earlier !== null) return range('', bound(earlier[1] as string));
  const later = /^(.+) or later$/.exec(words);
  if (later !== null) return range(bound(later[1] as string), '');
  const to = /^(.+) to (.+)$/.exec(words);
  if (to !== null) return range(bound(to[1] as string), bound(to[2] as string));
  return bound(words);
}

/** An interval's end: a date, or a set in brackets (`(one of a, b)`). */
function end(words: string): string | undefined {
  const inner = /^\((.+)\)$/.exec(words);
  return inner === null ? bound(words) : setOf(inner[1] as string);
}

/** One date in words: `about` for `~`, `(uncertain)` for `?`, both for `%`. */
function bound(words: string): string | undefined {
  const match = /^(about )?(\S+?)( \(uncertain\))?$/.exec(words.trim());
  if (match === null) return undefined;
  const [, about, date = '', unsure] = match;
  if (!/^[?~%]?-?[\dX]{4}/.test(date)) return undefined;
  return `${date}${about && unsure ? '%' : about ? '~' : unsure ? '?' : ''}`;
}

/** The words before and after the one ` to ` outside brackets; `undefined` when there is none or more. */
function topLevelTo(words: string): [string, string] | undefined {
  let depth = 0;
  let found: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const c = words[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && words.startsWith(' to ', i)) {
      if (found !== undefined) return undefined;
      found = i;
    }
  }
  return found === undefined ? undefined : [words.slice(0, found), words.slice(found + 4)];
}

function interval(start: string | undefined, end: string | undefined): string | undefined {
  return start === undefined || end === undefined ? undefined : `${start}/${end}`;
}

function range(from: string | undefined, to: string | undefined): string | undefined {
  return from === undefined || to === undefined ? undefined : `${from}..${to}`;
}
