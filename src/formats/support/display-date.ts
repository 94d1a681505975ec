/**
 * A date in words, for viewers that show a date as text (TimelineJS's Display Date), and back: `about 2011` is
 * `2011~`, `2015-12-31 (uncertain)` is `2015-12-31?`, `from 2010-08-12` is `2010-08-12/..`.
 */
import type { DateBound } from '../../dates/edtf.js';

/** A date in words for the Display Date: `about` for `~`, `(uncertain)` for `?`, `from`/`until`/`?` for unbounded ends. */
export function displayDate(
  kind: 'point' | 'interval',
  startText: string,
  endText: string,
  start: DateBound,
  end: DateBound,
): string {
  const words = (text: string, bound: DateBound) => {
    const bare = text.replace(/[?~%]$/, '');
    return `${bound.approximate ? 'about ' : ''}${bare}${bound.uncertain ? ' (uncertain)' : ''}`;
  };
  if (kind === 'point') return words(startText, start);
  if (start.state === 'open') return `until ${words(endText, end)}`;
  if (end.state === 'open') return `from ${words(startText, start)}`;
  if (start.state === 'unknown') return `? to ${words(endText, end)}`;
  if (end.state === 'unknown') return `${words(startText, start)} to ?`;
  return `${words(startText, start)} to ${words(endText, end)}`;
}

/** A Display Date in words as the EDTF it stands for; `undefined` when it is not one this format writes. */
export function displayDateAsEdtf(text: string): string | undefined {
  const bound = (words: string): string | undefined => {
    const match = /^(about )?(\S+?)( \(uncertain\))?$/.exec(words.trim());
    if (match === null) return undefined;
    const [, about, date = '', unsure] = match;
    if (!/^-?\d/.test(date)) return undefined;
    return `${date}${about && unsure ? '%' : about ? '~' : unsure ? '?' : ''}`;
  };
  const trimmed = text.trim();
  const set = /^(one|all) of (.+)$/.exec(trimmed);
  if (set !== null) {
    const members = (set[2] as string).split(', ').map(bound);
    if (members.some((member) => member === undefined)) return undefined;
    return set[1] === 'one' ? `[${members.join(',')}]` : `{${members.join(',')}}`;
  }
  const until = /^until (.+)$/.exec(trimmed);
  if (until !== null) return wrap('..', bound(until[1] as string));
  const from = /^from (.+)$/.exec(trimmed);
  if (from !== null) return wrap(bound(from[1] as string), '..');
  const interval = /^(.+) to (.+)$/.exec(trimmed);
  if (interval !== null) {
    const [, first = '', second = ''] = interval;
    return wrap(first === '?' ? '' : bound(first), second === '?' ? '' : bound(second));
  }
  return bound(trimmed);
}

function wrap(start: string | undefined, end: string | undefined): string | undefined {
  return start === undefined || end === undefined ? undefined : `${start}/${end}`;
}
