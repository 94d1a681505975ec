import { terminalSafe, truncate } from '../_lib/text.js';

/**
 * A value the user gave (an argument, a file name) or the data holds, ready for a message: control characters
 * and escape sequences made harmless, cut to a readable length, in double quotes.
 */
export function shown(value: string, width = 80): string {
  return JSON.stringify(safeText(value, width));
}

/** Text for a message line, without quotes: safe for a terminal, on one line, cut to a width. */
export function safeText(value: string, width = 500): string {
  return truncate(terminalSafe(value), width);
}

/** A list of names for a hint: the first `limit`, then how many more. */
export function listed(names: readonly string[], limit = 12): string {
  const safe = names.slice(0, limit).map((name) => terminalSafe(name));
  const more = names.length - safe.length;
  return more > 0 ? `${safe.join(', ')} and ${more} more` : safe.join(', ');
}

/** A count and its noun, singular for one: `1 event`, `3 sources`. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
