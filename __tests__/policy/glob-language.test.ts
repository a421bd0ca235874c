import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { globMatch } from '../../src/matching/index.js';
import { commonWitness, fromGlob, intersects, PROBE_CHAR, SEGMENT, seq } from '../../src/policy/rules/glob-language.js';

const alphabet = fc.constantFrom('a', 'b', ':', '/', '*', '?');
const glob = fc.array(alphabet, { maxLength: 8 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom('a', 'b', ':', '/'), { maxLength: 8 }).map((cs) => cs.join(''));

describe('glob language intersection', () => {
  test.each<[string, string[], boolean]>([
    ['the same literal', ['repo:o/r', 'repo:o/r'], true],
    ['different literals', ['repo:o/r', 'repo:o/s'], false],
    ['a star and a literal', ['repo:o/*', 'repo:o/api:pull_request'], true],
    ['prefix and suffix stars', ['repo:contoso/*', '*:pull_request'], true],
    ['conflicting fixed parts', ['repo:contoso/*', 'repo:fabrikam/*'], false],
    ['? needs exactly one character', ['a?c', 'ac'], false],
    ['three patterns', ['a*', '*b', 'a?b'], true],
    ['three patterns, one too short', ['a*', '*b', 'ab?c'], false],
  ])('%s', (_name, globs, expected) => {
    expect(intersects(globs.map(fromGlob))).toBe(expected);
  });

  test('a star that excludes ":" cannot cross a part boundary', () => {
    expect(intersects([fromGlob('repo:o/r:pull_request'), seq('repo:', SEGMENT, ':pull_request')])).toBe(true);
    expect(intersects([fromGlob('repo:o/r:env:pull_request'), seq('repo:', SEGMENT, ':pull_request')])).toBe(false);
  });

  test('a witness is admitted by every pattern (checked with the matcher Entra semantics come from)', () => {
    fc.assert(
      fc.property(glob, glob, (a, b) => {
        const witness = commonWitness([fromGlob(a), fromGlob(b)]);
        if (witness !== null) {
          expect(globMatch(a, witness)).toBe(true);
          expect(globMatch(b, witness)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('no intersection is missed: any string both patterns match proves one exists', () => {
    fc.assert(
      fc.property(glob, glob, text, (a, b, t) => {
        if (globMatch(a, t) && globMatch(b, t)) expect(intersects([fromGlob(a), fromGlob(b)])).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  test('a literal pattern intersects exactly the globs that match it', () => {
    fc.assert(
      fc.property(glob, text, (g, t) => {
        expect(intersects([fromGlob(g), fromGlob(t)])).toBe(globMatch(g, t));
      }),
      { numRuns: 4000 },
    );
  });

  test('the probe character only appears where a wildcard admits anything', () => {
    expect(commonWitness([fromGlob('repo:o/*'), seq('repo:o/', { kind: 'char', char: PROBE_CHAR })])).toBe(
      `repo:o/${PROBE_CHAR}`,
    );
    expect(commonWitness([fromGlob('repo:o/api'), seq('repo:o/', { kind: 'char', char: PROBE_CHAR })])).toBeNull();
  });
});
