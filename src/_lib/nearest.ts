/**
 * The candidate nearest to a word that is probably a misspelling of it (`tittle` → `title`), or a shortening of
 * it (`the-national` → `the-national-suspension-withdrawn`, when only one candidate starts so), or undefined.
 * Near means at most a third of the word's letters changed (at least one); case is ignored. Bounded: long words
 * and long lists are not searched, so that a crafted input cannot make a message slow.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 2000): string | undefined {
  if (word.length === 0 || word.length > 128) return undefined;
  const lower = word.toLowerCase();
  const most = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = most + 1;
  let seen = 0;
  const longer: string[] = [];
  for (const candidate of candidates) {
    if (++seen > limit) return undefined;
    if (word.length >= 4 && candidate.toLowerCase().startsWith(lower) && candidate.length > word.length)
      longer.push(candidate);
    if (candidate === word || Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? (longer.length === 1 ? longer[0] : undefined);
}

/**
 * The edit distance between two words (Levenshtein, a swap of two neighbours counting as one edit), giving up
 * (answering `bound`) once every way is `bound` edits or more: the search for a near miss stops early.
 */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= bound) return bound;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, bound);
}
