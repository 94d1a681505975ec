import type { Deadline } from '../../model/deadline.js';
import type { Dispute } from '../../model/dispute.js';
import { dateOf } from '../../model/record-date.js';
import { outcomeSentence, outcomeWord } from './outcome.js';
import { dateInWords } from './wall-clock.js';

/**
 * A deadline's headline for a viewer: `Deadline: <what>`, or the text alone when it already starts with the word
 * (`Deadline moved 90 days…` is not written `Deadline: Deadline moved 90 days…`).
 */
export function deadlineHeadline(what: string): string {
  return /^deadline\b/i.test(what) ? what : `Deadline: ${what}`;
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
 * What a viewer says of a deadline beside its headline, one sentence each: the deadline it extends
 * (`Extends the deadline of 2015-11-30.`; `extended` is the one its `extends` names), its consequence
 * (`If not met: …`) and how it ended (`Outcome: rescinded on 2010-10-08.`), each only when the dispute gives it.
 */
export function deadlineSentences(
  deadline: Deadline,
  extended: Deadline | undefined,
  dispute: Dispute,
  disputeZone: string,
): string[] {
  return [
    extended === undefined
      ? undefined
      : `Extends the deadline of ${dateInWords(dateOf(extended, dispute), disputeZone)}.`,
    deadline.consequence === undefined ? undefined : `If not met: ${deadline.consequence}`,
    outcomeSentence(deadline, dispute, disputeZone),
  ].filter((sentence): sentence is string => sentence !== undefined);
}
