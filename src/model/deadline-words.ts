import { dateInWords } from '../dates/words/index.js';
import type { Deadline } from './deadline.js';
import type { Dispute } from './dispute.js';
import { dateOf } from './record-date.js';

/**
 * How formats word a deadline, in one place: its headline, its line in a table or diagram, how it ended, and
 * what a viewer says of it beside the headline. Dates in it are {@link dateInWords}.
 */

/**
 * A deadline's headline for a viewer: `Deadline: <what>`, or the text alone when it already starts with the word
 * (`Deadline moved 90 days…` is not written `Deadline: Deadline moved 90 days…`).
 */
export function deadlineHeadline(what: string): string {
  return /^deadline\b/i.test(what) ? what : `Deadline: ${what}`;
}

/** How a deadline ended, as a word (`extended`, `rescinded`…); `undefined` when the dispute does not say. */
export function outcomeWord(deadline: Deadline): string | undefined {
  return deadline.outcome?.kind;
}

/**
 * A deadline in one line, with how it ended: `Deadline (extended): Last day of BES…`, or the summary first when
 * it starts with the word (`Deadline moved 90 days to 31 January 2011 (extended)`); `Deadline (rescinded)` alone
 * without a summary.
 */
export function deadlineLine(deadline: Deadline): string {
  const outcome = outcomeWord(deadline);
  const how = outcome === undefined ? '' : ` (${outcome})`;
  const summary = deadline.summary;
  if (summary === undefined) return `Deadline${how}`;
  return deadlineHeadline(summary) === summary ? `${summary}${how}` : `Deadline${how}: ${summary}`;
}

/**
 * How a deadline ended, as a sentence for a reader (`Outcome: rescinded on 2015-12-31.`), with the note on the
 * ending after it; `undefined` when the dispute does not say.
 */
export function outcomeSentence(
  deadline: Deadline,
  dispute: Dispute,
  disputeZone: string,
): string | undefined {
  const ending = deadline.outcome;
  if (ending === undefined) return undefined;
  const on = ending.on === undefined ? '' : ` on ${dateInWords(dateOf(ending.on, dispute), disputeZone)}`;
  return `Outcome: ${ending.kind}${on}.${ending.note === undefined ? '' : ` ${ending.note}`}`;
}

/** The deadlines next to one in its chain of extensions, for {@link deadlineSentences}. */
export interface DeadlineLinks {
  /** The deadline it extends (the one its `extends` names). */
  readonly extended?: Deadline | undefined;
  /** The deadlines that extend it, for a format that says so (a calendar, whose links are not shown). */
  readonly extendedBy?: readonly Deadline[] | undefined;
}

/**
 * What a viewer says of a deadline beside its headline, one sentence each: the deadline it extends
 * (`Extends the deadline of 2015-11-30.`), those that extend it when given (`Extended to 2010-10-31.`), its
 * consequence (`If not met: …`) and how it ended (`Outcome: rescinded on 2010-10-08.`), each only when the
 * dispute gives it.
 */
export function deadlineSentences(
  deadline: Deadline,
  dispute: Dispute,
  disputeZone: string,
  links: DeadlineLinks = {},
): string[] {
  const due = (other: Deadline) => dateInWords(dateOf(other, dispute), disputeZone);
  const { extended, extendedBy = [] } = links;
  return [
    extended === undefined ? undefined : `Extends the deadline of ${due(extended)}.`,
    extendedBy.length === 0 ? undefined : `Extended to ${extendedBy.map(due).join(' and ')}.`,
    deadline.consequence === undefined ? undefined : `If not met: ${deadline.consequence}`,
    outcomeSentence(deadline, dispute, disputeZone),
  ].filter((sentence): sentence is string => sentence !== undefined);
}
