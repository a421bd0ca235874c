// Questions about the *set* of claim values a flexible credential's `matches` patterns admit,
// answered exactly: "does any subject satisfy all these patterns at once?" is the emptiness of an
// intersection of glob languages, decided by a search over positions in every pattern.
// The wildcard language is the one of src/matching/glob.ts (`*` any run, `?` one character,
// everything else literal); a test cross-checks the two.

export type GlobToken =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  /** Any run of characters none of which is in `except`. */
  | { kind: 'star'; except: string };

export type GlobPattern = readonly GlobToken[];

/** A character no policy or Graph text is expected to hold, used to probe wildcard positions. */
export const PROBE_CHAR = '\uE000';

/** Tokens of a `matches` pattern. */
export function fromGlob(glob: string): GlobPattern {
  // UTF-16 units, as `?` counts them in the matcher.
  return Array.from({ length: glob.length }, (_, i): GlobToken => {
    const ch = glob.charAt(i);
    if (ch === '*') return { kind: 'star', except: '' };
    if (ch === '?') return { kind: 'one' };
    return { kind: 'char', char: ch };
  });
}

/** Tokens of an `eq` comparand or a literal piece of a probe. */
export function literal(text: string): GlobPattern {
  return Array.from({ length: text.length }, (_, i) => ({ kind: 'char' as const, char: text.charAt(i) }));
}

/** A run of characters within one `:`-separated part of a subject. */
export const SEGMENT: GlobToken = { kind: 'star', except: ':' };
/** Any run of characters. */
export const ANY: GlobToken = { kind: 'star', except: '' };

/** Concatenates literal text and tokens into one pattern. */
export function seq(...pieces: (string | GlobToken | GlobPattern)[]): GlobPattern {
  return pieces.flatMap((p) => (typeof p === 'string' ? literal(p) : Array.isArray(p) ? p : [p as GlobToken]));
}

/**
 * One string every pattern admits, or null when their languages do not intersect. Positions a
 * wildcard fills are written as PROBE_CHAR unless a literal in another pattern decides them.
 */
export function commonWitness(patterns: readonly GlobPattern[]): string | null {
  if (patterns.length === 0) return '';
  const start = patterns.map(() => 0);
  const key = (state: readonly number[]) => state.join(',');
  const parent = new Map<string, { from: string; char: string } | null>([[key(start), null]]);
  const queue: number[][] = [start];
  const done = (state: readonly number[]) => state.every((pos, i) => pos === (patterns[i] as GlobPattern).length);

  const visit = (next: number[], from: number[], char: string) => {
    const k = key(next);
    if (parent.has(k)) return;
    parent.set(k, { from: key(from), char });
    queue.push(next);
  };

  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number[];
    if (done(state)) return spell(parent, key(state));
    // A star may match nothing: step over it without reading a character.
    state.forEach((pos, i) => {
      if ((patterns[i] as GlobPattern)[pos]?.kind === 'star')
        visit(
          state.map((p, j) => (j === i ? p + 1 : p)),
          state,
          '',
        );
    });
    // Read one character: a literal at any current position decides which; else the probe character.
    const literals = new Set<string>();
    for (const [i, pos] of state.entries()) {
      const token = (patterns[i] as GlobPattern)[pos];
      if (token?.kind === 'char') literals.add(token.char);
    }
    if (literals.size > 1) continue;
    const char = literals.size === 1 ? ([...literals][0] as string) : PROBE_CHAR;
    const next: number[] = [];
    let alive = true;
    let advanced = false;
    for (const [i, pos] of state.entries()) {
      const token = (patterns[i] as GlobPattern)[pos];
      if (token === undefined) alive = false;
      else if (token.kind === 'star') {
        if (token.except.includes(char)) alive = false;
        next.push(pos);
      } else {
        advanced = true;
        next.push(pos + 1);
      }
      if (!alive) break;
    }
    // Reading a character while every pattern sits on a star changes nothing: not worth a state.
    if (alive && advanced) visit(next, state, char);
  }
  return null;
}

function spell(parent: Map<string, { from: string; char: string } | null>, end: string): string {
  const chars: string[] = [];
  for (let step = parent.get(end); step; step = parent.get(step.from)) chars.push(step.char);
  return chars.reverse().join('');
}

export function intersects(patterns: readonly GlobPattern[]): boolean {
  return commonWitness(patterns) !== null;
}
