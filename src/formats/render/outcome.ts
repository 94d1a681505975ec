import type { Deadline } from '../../model/deadline.js';

/**
 * How a deadline ended, as a word, whatever shape the model gives it: today a word (`'rescinded'`), and an
 * object carrying the word and a date may follow. The one place the drawings read a deadline's outcome.
 */
export function outcomeWord(deadline: Deadline): string | undefined {
  const outcome: unknown = deadline.outcome;
  if (typeof outcome === 'string') return outcome;
  if (typeof outcome === 'object' && outcome !== null) {
    for (const key of ['kind', 'outcome', 'status', 'value']) {
      const word = (outcome as Record<string, unknown>)[key];
      if (typeof word === 'string') return word;
    }
  }
  return undefined;
}
