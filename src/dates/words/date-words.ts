import type { DateBound, ParsedDate } from '../parsed-date.js';
import { seasonsInWords } from './season-words.js';
import { inZoneWords } from './zone-words.js';

/**
 * A date in words, the one way every format says a date for people: the source's EDTF text with its qualifiers
 * and ends in words, each season named, and the zone's city when it is not the dispute's.
 *
 * - a qualifier at the end: `about 2010-08-12` (`~`), `2015-12-31 (uncertain)` (`?`), `about 2012-02
 *   (uncertain)` (`%`); one on a part stays as written (`2004-06~-11`);
 * - an interval: `2010-08 to 2011-01`, `from 2010-08-12 onwards` (`..`), `until 2011-01-31`,
 *   `2010 to an unknown date`, `an unknown date to 2011` (an empty end);
 * - a set or list: `one of 2015-12-30, 2015-12-31` (`[…]`), `all of 2015-07, 2015-09` (`{…}`), a range in it
 *   `2015-12-30 to 2016-01-02` (`a..b`), `1760-12-03 or earlier` (`..b`), `2016 or later` (`a..`); a set as an
 *   interval's end in brackets: `(one of 2015-12-30, 2015-12-31) to 2016`;
 * - a season, quarter or semester: `spring 2015 (2015-21)`;
 * - a zone: `2015-11-30 (Toronto time)`.
 *
 * {@link edtfOfWords} reads the words back.
 */
export function dateInWords(date: ParsedDate, disputeZone: string): string {
  return inZoneWords(seasonsInWords(wordsOf(date)), date.timeZone, disputeZone);
}

function wordsOf(date: ParsedDate): string {
  if (date.members !== undefined) return setWords(date);
  if (date.kind === 'point') return boundWords(date.text);
  const slash = date.text.indexOf('/');
  const start = endWords(date.text.slice(0, slash), date.start);
  const end = endWords(date.text.slice(slash + 1), date.end);
  if (date.end.state === 'open') return `from ${start} onwards`;
  if (date.start.state === 'open') return `until ${end}`;
  if (date.end.state === 'unknown') return `${start} to an unknown date`;
  if (date.start.state === 'unknown') return `an unknown date to ${end}`;
  return `${start} to ${end}`;
}

/** `one of a, b` for a set `[a,b]`, `all of a, b` for a list `{a,b}`, each member in words. */
function setWords(date: ParsedDate): string {
  const members = (date.members ?? []).map(({ text }) => {
    const dots = text.indexOf('..');
    if (dots === -1) return boundWords(text);
    const from = text.slice(0, dots);
    const to = text.slice(dots + 2);
    if (from === '') return `${boundWords(to)} or earlier`;
    if (to === '') return `${boundWords(from)} or later`;
    return `${boundWords(from)} to ${boundWords(to)}`;
  });
  return `${date.kind === 'one-of' ? 'one of' : 'all of'} ${members.join(', ')}`;
}

function endWords(text: string, bound: DateBound): string {
  return bound.set === undefined ? boundWords(text) : `(${setWords(bound.set)})`;
}

/**
 * One date's text, the qualifier at its end in words: `about` before it for `~`, `(uncertain)` after it for `?`,
 * both for `%`. A qualifier of a part (`2004-06~-11`, `?2004`) stays in the text: words would say more of it.
 */
function boundWords(text: string): string {
  const mark = text.at(-1);
  if (mark !== '?' && mark !== '~' && mark !== '%') return text;
  const bare = text.slice(0, -1);
  return `${mark === '?' ? '' : 'about '}${bare}${mark === '~' ? '' : ' (uncertain)'}`;
}
