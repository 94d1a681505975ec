/**
 * Near misses for a word the user typed: the commands, options, case ids or record ids it was probably meant to
 * be. A typo is one or two edits away (Damerau–Levenshtein: a swap of two neighbours counts as one edit); a
 * fragment is a part of the name (`pakistan` for `blackberry-pakistan-2015`).
 */

/** The edit distance between two words, a transposition of neighbours counting as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}

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
