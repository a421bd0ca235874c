import { describe, expect, it } from '@jest/globals';
import { caseDifferences, decide, matchSubject } from '../../src/matching/matcher.js';
import { classicCredential, entraCases, flexibleCredential, githubToken } from './entra-cases.js';

describe('decide: what Entra answers for a presented token', () => {
  it('has a table large enough to pin the behaviour', () => {
    expect(entraCases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(entraCases.map((c) => c.name)).size).toBe(entraCases.length);
  });

  it.each(entraCases)('$name → $expected', ({ token, credentials, expected, credentialName }) => {
    const decision = decide(token, credentials);
    expect(decision.outcome).toBe(expected);
    if (decision.outcome === 'match' || decision.outcome === 'subject-case') {
      expect(decision.credential.name).toBe(credentialName);
    } else {
      expect(credentialName).toBeUndefined();
    }
  });

  it('returns the AADSTS code of each failure', () => {
    const main = 'repo:octo-org/octo-repo:ref:refs/heads/main';
    expect(decide(githubToken(main), [])).toEqual({ outcome: 'no-issuer', code: 700211 });
    expect(decide(githubToken(main, { aud: 'api://other' }), [classicCredential('main', main)])).toEqual({
      outcome: 'no-audience',
      code: 700212,
    });
    expect(decide(githubToken(main), [classicCredential('dev', main.replace('main', 'dev'))])).toEqual({
      outcome: 'no-subject',
      code: 700213,
    });
  });

  it('reports where a case-only subject differs', () => {
    const configured = classicCredential('prod', 'repo:Octo-Org/octo-repo:environment:PROD');
    const decision = decide(githubToken('repo:octo-org/octo-repo:environment:prod', { environment: 'prod' }), [
      configured,
    ]);
    expect(decision).toEqual({
      outcome: 'subject-case',
      code: 7002138,
      credential: configured,
      differences: [
        { index: 5, presented: 'o', configured: 'O' },
        { index: 10, presented: 'o', configured: 'O' },
        { index: 36, presented: 'prod', configured: 'PROD' },
      ],
    });
  });

  it("reports the differences against a flexible credential's eq comparand, and none for a glob", () => {
    const main = 'repo:octo-org/octo-repo:ref:refs/heads/main';
    const eq = flexibleCredential('eq', "claims['sub'] eq 'repo:octo-org/Octo-Repo:ref:refs/heads/main'");
    const glob = flexibleCredential('glob', "claims['sub'] matches 'repo:octo-org/Octo-Repo:*'");
    expect(decide(githubToken(main), [eq])).toMatchObject({
      outcome: 'subject-case',
      differences: [
        { index: 14, presented: 'o', configured: 'O' },
        { index: 19, presented: 'r', configured: 'R' },
      ],
    });
    expect(decide(githubToken(main), [glob])).toMatchObject({ outcome: 'subject-case', differences: [] });
  });
});

describe('matchSubject', () => {
  const main = 'repo:octo-org/octo-repo:ref:refs/heads/main';
  it.each([
    { name: 'identical subject', sub: main, credential: classicCredential('c', main), verdict: 'match' },
    {
      name: 'subject in another case',
      sub: main,
      credential: classicCredential('c', main.toUpperCase()),
      verdict: 'case-only',
    },
    {
      name: 'another branch',
      sub: main,
      credential: classicCredential('c', main.replace('main', 'dev')),
      verdict: 'no-match',
    },
    {
      name: "'ß' against 'SS': case folding never changes lengths",
      sub: `${main}SS`,
      credential: classicCredential('c', `${main}ß`),
      verdict: 'no-match',
    },
    {
      name: 'flexible glob',
      sub: main,
      credential: flexibleCredential('f', "claims['sub'] matches 'repo:octo-org/*'"),
      verdict: 'match',
    },
    {
      name: 'flexible glob in another case',
      sub: main,
      credential: flexibleCredential('f', "claims['sub'] matches 'REPO:octo-org/*'"),
      verdict: 'case-only',
    },
    {
      name: 'flexible with a syntax error',
      sub: main,
      credential: flexibleCredential('f', "claims['sub'] matches repo:octo-org/*"),
      verdict: 'no-match',
    },
  ] as const)('$name → $verdict', ({ sub, credential, verdict }) => {
    expect(matchSubject(githubToken(sub), credential)).toBe(verdict);
  });

  it('ignores non-string claims of the token', () => {
    const token = { ...githubToken(main), job_workflow_ref: undefined, run_number: 12 };
    expect(matchSubject(token, flexibleCredential('f', "claims['job_workflow_ref'] matches '*'"))).toBe('no-match');
  });
});

describe('caseDifferences', () => {
  it.each([
    ['identical', 'abc', 'abc', []],
    ['one character', 'abc', 'aBc', [{ index: 1, presented: 'b', configured: 'B' }]],
    ['a run', 'environment:prod', 'environment:PROD', [{ index: 12, presented: 'prod', configured: 'PROD' }]],
    [
      'two runs',
      'MyRepo',
      'myrepo',
      [
        { index: 0, presented: 'M', configured: 'm' },
        { index: 2, presented: 'R', configured: 'r' },
      ],
    ],
    ['other differences are not case differences', 'main', 'dev1', []],
    [
      'lengths differ: compared over the common prefix',
      'Main-x',
      'main',
      [{ index: 0, presented: 'M', configured: 'm' }],
    ],
  ] as const)('%s', (_name, presented, configured, expected) => {
    expect(caseDifferences(presented, configured)).toEqual(expected);
  });
});
