// The `matches` wildcard language of flexible federated credentials (emulator/facts/federation.md#flexible-expressions): `*` is any run of
// characters (including none and '/'), `?` exactly one character, everything else literal.
import { charsEqualIgnoringCase } from './case.js';

/** Anchored glob for `matches`: `*` any run of characters (including empty and '/'), `?` exactly one character; everything else literal. */
export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  let source = '';
  for (const ch of collapseStars(pattern)) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  }
  // Anchored on both ends: a pattern must describe the whole claim, never a substring of it.
  return new RegExp(`^(?:${source})$`, ignoreCase ? 'i' : '');
}

/**
 * Matches `text` against a glob in O(pattern × text) time at worst, with no backtracking blow-up.
 * Evaluation uses this rather than `globToRegExp`: a regex with many stars backtracks
 * polynomially in the number of stars, which an expression read from Graph must not be able to cause.
 * Characters are UTF-16 code units, like `?` in the regex form.
 */
export function globMatch(pattern: string, text: string, ignoreCase = false): boolean {
  const same = ignoreCase ? charsEqualIgnoringCase : (a: string, b: string) => a === b;
  let p = 0;
  let t = 0;
  let starP = -1; // position after the last '*' seen
  let starT = 0; // text position that star currently absorbs up to
  while (t < text.length) {
    const pc = pattern.charAt(p);
    if (p < pattern.length && pc === '*') {
      starP = ++p;
      starT = t;
    } else if (p < pattern.length && (pc === '?' || same(pc, text.charAt(t)))) {
      p++;
      t++;
    } else if (starP !== -1) {
      // Let the last star absorb one more character and retry from just after it.
      p = starP;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern.charAt(p) === '*') p++;
  return p === pattern.length;
}

function collapseStars(pattern: string): string {
  return pattern.replace(/\*{2,}/g, '*');
}
