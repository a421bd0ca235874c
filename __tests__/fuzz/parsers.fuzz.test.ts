// Property-based robustness: the policy compiler, the subject and expression parsers and the
// workflow analyser never crash (only their documented errors), never hang, on arbitrary input of
// bounded size — structured inputs biased towards the grammar, plus raw noise.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  evaluateExpression,
  parseExpression,
  parseSubject,
  printSubject,
  subjectDefects,
} from '../../src/matching/index.js';
import { compilePolicy, PolicyError } from '../../src/policy/index.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';

const RUNS = { numRuns: 1000, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true };

/** Strings built from the grammar's own pieces, so the parsers get past their first check. */
const piece = (pieces: string[]) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.constantFrom('\u0000', '\u202e', 'é', '😀')),
      {
        maxLength: 24,
      },
    )
    .map((parts) => parts.join(''));

const subjects = piece([
  'repo:',
  'octo-org/octo-repo',
  ':ref:',
  'refs/heads/',
  'main',
  ':environment:',
  'prod',
  ':pull_request',
  'job_workflow_ref:',
  '@',
  '%3A',
  ':',
  '*',
  '?',
]);
const expressions = piece([
  "claims['sub']",
  "claims['job_workflow_ref']",
  ' matches ',
  ' eq ',
  ' and ',
  ' or ',
  "'",
  "''",
  '*',
  '?',
  'repo:o/r:ref:refs/heads/*',
  '(',
  ')',
]);
const policies = piece([
  'version: 1\n',
  'rules:\n',
  '  fic-wildcard-subject:\n',
  '    severity: error\n',
  'exceptions:\n',
  '  - rule: ',
  '    expires: 2026-01-01\n',
  'settings:\n',
  '  ',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!!str ',
  '#',
  '"',
  "'",
  '\n',
]);
const workflows = piece([
  'on:\n',
  '  push:\n',
  '    branches: [main]\n',
  'jobs:\n',
  '  deploy:\n',
  '    environment: ',
  'production\n',
  '    runs-on: ubuntu-latest\n',
  '    permissions:\n',
  '      id-token: write\n',
  '    steps:\n',
  '      - uses: azure/login@v2\n',
  '        with:\n',
  '          client-id: ',
  '${{ vars.AZURE_CLIENT_ID }}\n',
  '${{ matrix.env }}',
  '    strategy:\n      matrix:\n        env: [a, b]\n',
  '    uses: ./.github/workflows/r.yml\n',
  '&x ',
  '*x',
  '<<: *x\n',
  '\t',
  '- ',
  '{',
  '[',
]);

describe('fuzzing the parsers', () => {
  it('parseSubject: a result or a parse error, and what parses prints back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(subjects, fc.string({ maxLength: 300 })), (text) => {
        const result = parseSubject(text);
        if (result.ok) expect(typeof printSubject(result.value)).toBe('string');
        else expect(typeof result.error).toBe('string');
        expect(Array.isArray(subjectDefects(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseExpression: a result or a positioned error; evaluation never throws', () => {
    fc.assert(
      fc.property(fc.oneof(expressions, fc.string({ maxLength: 300 })), fc.string({ maxLength: 80 }), (text, sub) => {
        const result = parseExpression(text);
        if (result.ok) expect(typeof evaluateExpression(result.value, { sub, job_workflow_ref: sub })).toBe('boolean');
        else expect(result.position).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('compilePolicy: a compiled policy or a PolicyError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(policies, fc.string({ maxLength: 400 })), (text) => {
        try {
          expect(compilePolicy(text, '.github/entra-federation-guard.yml').digest).toEqual(expect.any(String));
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
        }
      }),
      RUNS,
    );
  });

  it('analyseWorkflows: never throws on any workflow text; problems are reported with a file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(workflows, fc.string({ maxLength: 400 })), { minLength: 1, maxLength: 3 }),
        (texts) => {
          const analysis = analyseWorkflows(
            texts.map((text, i) => ({ path: `.github/workflows/w${i}.yml`, text })),
            { owner: 'octo-org', name: 'octo-repo', subjectFormat: { kind: 'default', source: 'assumed' } },
          );
          for (const problem of analysis.problems) expect(problem.file).toMatch(/^\.github\/workflows\/w\d\.yml$/);
        },
      ),
      RUNS,
    );
  });
});
