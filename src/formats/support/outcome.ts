import type { Deadline } from '../../model/deadline.js';
import type { Dispute } from '../../model/dispute.js';
import { dateOf } from '../../model/record-date.js';
import { dateInWords } from './wall-clock.js';

/** How a deadline ended, as a word (`extended`, `rescinded`…); `undefined` when the dispute does not say. */
export function outcomeWord(deadline: Deadline): string | undefined {
  return deadline.outcome?.kind;
}

/**
 * How a deadline ended, as a sentence for a reader (`Outcome: rescinded on 2015-12-31.`), with the note on the
 * ending after it; `undefined` when the dispute does not say. The one place the text formats word an ending.
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
