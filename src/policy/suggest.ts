// "Did you mean" suggestions for misspelt keys and rule ids.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Candidates close to `input`: within an edit distance of a third of the input's length,
 * or containing it (or contained in it), closest first, at most `limit`.
 */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const budget = Math.max(2, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const distance = editDistance(needle, hay);
      const related = needle.length >= 4 && (hay.includes(needle) || needle.includes(hay));
      return { candidate, distance, close: distance <= budget || related };
    })
    .filter((c) => c.close)
    .sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** ` (did you mean `a` or `b`?)`, or an empty string when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const matches = closeMatches(input, candidates).map((m) => `\`${m}\``);
  if (matches.length === 0) return '';
  const last = matches.pop();
  return ` (did you mean ${matches.length > 0 ? `${matches.join(', ')} or ${last}` : last}?)`;
}
