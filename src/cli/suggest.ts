/**
 * Near misses for a word the user typed: the commands, options, case ids or record ids it was probably meant to
 * be. A typo is one or two edits away (Damerau–Levenshtein: a swap of two neighbours counts as one edit); a
 * fragment is a part of the name (`pakistan` for `blackberry-pakistan-2015`).
 */

import { editDistance } from '../_lib/nearest.js';

/**
 * The candidates the word was most likely meant to be, best first: those within a few edits (fewer for short
 * words), then those that contain it, ignoring case. At most `limit` of them; none when nothing is close.
 */
export function nearMisses(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const typed = word.toLowerCase();
  // Long input is not a typo of a short name; comparing it would only cost time.
  if (typed.length === 0 || typed.length > 200) return [];
  const allowed = Math.max(1, Math.min(3, Math.floor(typed.length / 4)));
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase();
    if (lower === typed) continue;
    const distance = Math.abs(lower.length - typed.length) > allowed ? Infinity : editDistance(typed, lower);
    if (distance <= allowed) scored.push({ name, score: distance });
    else if (typed.length >= 3 && lower.includes(typed)) scored.push({ name, score: allowed + 1 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** `; did you mean `x`?` (or `x` or `y`), or nothing when there is no near miss. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const found = nearMisses(word, candidates);
  if (found.length === 0) return '';
  const quoted = found.map((name) => `\`${name}\``);
  const listed = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `; did you mean ${listed}?`;
}
