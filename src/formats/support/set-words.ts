import type { ParsedDate } from '../../dates/edtf.js';
import { cityOf, dateInWords } from './wall-clock.js';

/**
 * A date in words for a viewer, as {@link dateInWords}, and a set or list by its members: `one of 2015-12-30,
 * 2015-12-31` (`[2015-12-30,2015-12-31]`), `all of …` (`{…}`), where `dateInWords` would read it as an interval.
 */
export function viewerDateInWords(date: ParsedDate, disputeZone: string): string {
  const members = date.members ?? [];
  if (members.length === 0) return dateInWords(date, disputeZone);
  const words = `${date.kind === 'one-of' ? 'one of' : 'all of'} ${members.map((member) => member.text).join(', ')}`;
  return date.timeZone === disputeZone ? words : `${words} (${cityOf(date.timeZone)} time)`;
}

/** The texts of a set's or list's first and last bounds (`[2015-12-30,2015-12-31..2016-01-02]`: the 30th and 2 January). */
export function memberBoundTexts(date: ParsedDate): readonly [string, string] | undefined {
  const members = date.members ?? [];
  const first = members[0]?.text.split('..');
  const last = members[members.length - 1]?.text.split('..');
  if (first === undefined || last === undefined) return undefined;
  return [first[0] ?? '', last[last.length - 1] ?? ''];
}
