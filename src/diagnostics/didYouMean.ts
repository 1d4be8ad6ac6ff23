/**
 * Edit distance between two strings: the fewest single-character insertions, deletions and
 * substitutions that turn `a` into `b`. Counts code points, so a CJK key is one unit per character.
 *
 * @param a First string.
 * @param b Second string.
 * @returns The Levenshtein distance.
 */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // One row of the dynamic-programming table is enough: row i only reads row i - 1.
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The known word closest to a misspelt one, if it is close enough to be a likely typo.
 *
 * Case is ignored (`Title` suggests `title`). A candidate qualifies when its distance is at most a
 * third of the word's length (at least 1) and smaller than the word itself, so `x` never
 * "suggests" an unrelated one-letter key.
 *
 * @param word The unknown word.
 * @param candidates The words that would have been accepted.
 * @returns The best candidate, or `undefined` when none is close.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const needle = word.toLowerCase();
  const length = Array.from(needle).length;
  const limit = Math.max(1, Math.floor(length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = levenshtein(needle, candidate.toLowerCase());
    if (distance <= limit && distance < length && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
