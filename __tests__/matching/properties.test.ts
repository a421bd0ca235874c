// Properties that must hold for every input, not just the examples in the tables.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  evaluateExpression,
  globMatch,
  globToRegExp,
  parseExpression,
  printExpression,
  type Clause,
  type Expression,
} from '../../src/matching/expression.js';
import {
  formatSubject,
  parseSubject,
  printSubject,
  subjectDefects,
  type SubjectClaims,
} from '../../src/matching/subject.js';
import type { SubjectFormat } from '../../src/workflows/model.js';

/** Reference glob semantics, written the obvious way: dynamic programming over both strings. */
function referenceGlob(pattern: string, text: string): boolean {
  // can[i][j]: pattern[i..] matches text[j..]
  const can: boolean[][] = Array.from({ length: pattern.length + 1 }, () =>
    new Array<boolean>(text.length + 1).fill(false),
  );
  can[pattern.length]![text.length] = true;
  for (let i = pattern.length - 1; i >= 0; i--) {
    for (let j = text.length; j >= 0; j--) {
      const p = pattern[i];
      if (p === '*') can[i]![j] = can[i + 1]![j]! || (j < text.length && can[i]![j + 1]!);
      else if (j < text.length && (p === '?' || p === text[j])) can[i]![j] = can[i + 1]![j + 1]!;
    }
  }
  return can[0]![0]!;
}

const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
const id = fc.stringMatching(/^[1-9][0-9]{0,9}$/);
const branch = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,30}$/).filter((b) => !b.endsWith('/'));
/** Environment names may hold spaces and ':' (GitHub encodes it), but no edge whitespace. */
const environment = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 :._-]{0,20}$/).filter((e) => e === e.trim());
const freeValue = fc.string({ maxLength: 30 }).filter((v) => !/[*\s\p{Cc}]/u.test(v));

const claimsArb: fc.Arbitrary<SubjectClaims> = fc
  .record({
    owner: name,
    repo: name,
    ownerId: id,
    repoId: id,
    environment: fc.option(environment, { nil: undefined }),
    event: fc.constantFrom('push', 'pull_request', 'pull_request_target', 'workflow_dispatch', 'schedule', 'release'),
    ref: fc.oneof(
      branch.map((b) => `refs/heads/${b}`),
      branch.map((t) => `refs/tags/${t}`),
    ),
    visibility: fc.constantFrom('public', 'private', 'internal'),
    workflowRef: freeValue,
    actor: freeValue,
  })
  .map((r) => ({
    repository: `${r.owner}/${r.repo}`,
    repository_owner: r.owner,
    repository_owner_id: r.ownerId,
    repository_id: r.repoId,
    event_name: r.event,
    ref: r.ref,
    repository_visibility: r.visibility,
    job_workflow_ref: r.workflowRef,
    actor: r.actor,
    ...(r.environment === undefined ? {} : { environment: r.environment }),
  }));

const formatArb: fc.Arbitrary<SubjectFormat> = fc.oneof(
  fc.constant<SubjectFormat>({ kind: 'default', source: 'assumed' }),
  fc.constant<SubjectFormat>({ kind: 'immutable', source: 'api' }),
  fc
    .record({
      keys: fc
        .uniqueArray(
          fc.constantFrom(
            'repo',
            'context',
            'job_workflow_ref',
            'repository_owner',
            'repository_visibility',
            'actor',
            'repository_id',
          ),
          { minLength: 1, maxLength: 5 },
        )
        // ['context'] alone emits a subject naming no repository, which subjectDefects flags on purpose.
        .filter((keys) => !(keys.length === 1 && keys[0] === 'context')),
      immutable: fc.boolean(),
    })
    .map(({ keys, immutable }): SubjectFormat => ({ kind: 'custom', claimKeys: keys, immutable, source: 'api' })),
);

describe('subjects', () => {
  it('parseSubject and subjectDefects never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z:/@%_ -]{0,40}$/)),
        (s) => {
          const parsed = parseSubject(s);
          expect(typeof parsed.ok).toBe('boolean');
          expect(Array.isArray(subjectDefects(s))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every subject GitHub emits parses, prints back exactly, and has no defects', () => {
    fc.assert(
      fc.property(claimsArb, formatArb, (claims, format) => {
        const subject = formatSubject(claims, format);
        const parsed = parseSubject(subject);
        if (!parsed.ok) throw new Error(`${subject}: ${parsed.error}`);
        expect(printSubject(parsed.value)).toBe(subject);
        expect(subjectDefects(subject)).toEqual([]);
        if (format.kind !== 'custom') {
          expect(parsed.value.form).toBe(format.kind);
          expect(parsed.value.repository).toEqual({
            owner: claims.repository_owner,
            name: claims.repository.split('/')[1],
            ...(format.kind === 'immutable'
              ? { ownerId: claims.repository_owner_id, repoId: claims.repository_id }
              : {}),
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const clauseArb = (claim: Clause['claim']): fc.Arbitrary<Clause> =>
  fc.record({
    claim: fc.constant(claim),
    operator: fc.constantFrom('eq' as const, 'matches' as const),
    value: fc.string(),
  });

const expressionArb: fc.Arbitrary<Expression> = fc.oneof(
  clauseArb('sub').map((c) => ({ clauses: [c] })),
  clauseArb('job_workflow_ref').map((c) => ({ clauses: [c] })),
  fc.tuple(clauseArb('sub'), clauseArb('job_workflow_ref')).map((cs) => ({ clauses: cs })),
  fc.tuple(clauseArb('job_workflow_ref'), clauseArb('sub')).map((cs) => ({ clauses: cs })),
);

describe('expressions', () => {
  it('parseExpression never throws, and reports an error position inside the text', () => {
    const fragments = fc.constantFrom(
      "claims['",
      "']",
      'sub',
      'job_workflow_ref',
      ' eq ',
      ' matches ',
      "'",
      "''",
      ' and ',
      ' or ',
      'x',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fragments, { maxLength: 12 }).map((f) => f.join('')),
        ),
        (text) => {
          const parsed = parseExpression(text);
          if (!parsed.ok) {
            expect(parsed.position).toBeGreaterThanOrEqual(0);
            expect(parsed.position).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('print then parse gives back the same expression', () => {
    fc.assert(
      fc.property(expressionArb, (e) => {
        expect(parseExpression(printExpression(e))).toEqual({ ok: true, value: e });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('glob matching', () => {
  const patternArb = fc.array(fc.constantFrom('a', 'b', '/', '.', '*', '?'), { maxLength: 10 }).map((c) => c.join(''));
  const textArb = fc.array(fc.constantFrom('a', 'b', '/', '.'), { maxLength: 12 }).map((c) => c.join(''));

  it('globMatch and globToRegExp agree with the reference matcher', () => {
    fc.assert(
      fc.property(patternArb, textArb, (pattern, text) => {
        const expected = referenceGlob(pattern, text);
        expect(globMatch(pattern, text)).toBe(expected);
        expect(globToRegExp(pattern).test(text)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('ignoring case equals matching the lower-cased strings (ASCII)', () => {
    const mixed = (arb: fc.Arbitrary<string>) =>
      fc
        .tuple(arb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }))
        .map(([s, up]) => [...s].map((ch, i) => (up[i] ? ch.toUpperCase() : ch)).join(''));
    fc.assert(
      fc.property(mixed(patternArb), mixed(textArb), (pattern, text) => {
        const expected = referenceGlob(pattern.toLowerCase(), text.toLowerCase());
        expect(globMatch(pattern, text, true)).toBe(expected);
        expect(globToRegExp(pattern, true).test(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('finishes on a long claim against a pattern full of stars (no catastrophic backtracking)', () => {
    const text = 'a'.repeat(10_000);
    const pattern = `${'a*'.repeat(500)}b`;
    expect(globMatch(pattern, text)).toBe(false);
    const expression: Expression = { clauses: [{ claim: 'sub', operator: 'matches', value: pattern }] };
    expect(evaluateExpression(expression, { sub: text })).toBe(false);
    expect(evaluateExpression(expression, { sub: `${text}b` })).toBe(true);
  });
});
