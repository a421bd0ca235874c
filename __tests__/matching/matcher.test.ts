import { describe, expect, it } from '@jest/globals';
import { caseDifferences, decide, matchSubject } from '../../src/matching/matcher.js';
import {
  ENTRA_AUDIENCE,
  GITHUB_ISSUER,
  classicCredential,
  entraCases,
  flexibleCredential,
  githubToken,
} from './entra-cases.js';

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
    const eq = flexibleCredential(
      'eq',
      "claims['sub'] eq 'repo:octo-org/Octo-Repo:ref:refs/heads/main' and claims['repository_id'] eq '690517'",
    );
    const glob = flexibleCredential(
      'glob',
      "claims['sub'] matches 'repo:octo-org/Octo-Repo:*' and claims['repository_id'] eq '690517'",
    );
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
      credential: flexibleCredential(
        'f',
        "claims['sub'] matches 'repo:octo-org/*' and claims['repository_id'] eq '690517'",
      ),
      verdict: 'match',
    },
    {
      name: 'flexible glob in another case',
      sub: main,
      credential: flexibleCredential(
        'f',
        "claims['sub'] matches 'REPO:octo-org/*' and claims['repository_id'] eq '690517'",
      ),
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

describe('flexible credentials as Entra accepts them for GitHub', () => {
  const main = 'repo:octo-org/octo-repo:ref:refs/heads/main';
  const bound = flexibleCredential(
    'bound',
    `claims['sub'] eq '${main}' and claims['repository_id'] eq '690517' and claims['repository_owner_id'] eq '135791'`,
  );
  const predicted = (sub: string) => ({ iss: GITHUB_ISSUER, sub, aud: ENTRA_AUDIENCE });

  it('cannot decide a predicted token without the repository ids the expression compares', () => {
    expect(matchSubject(predicted(main), bound)).toBe('undecided');
    expect(decide(predicted(main), [bound])).toEqual({
      outcome: 'undecided',
      credential: bound,
      missing: ['repository_id', 'repository_owner_id'],
    });
  });

  it('names only the id that is missing', () => {
    expect(decide({ ...predicted(main), repository_id: '690517' }, [bound])).toMatchObject({
      outcome: 'undecided',
      missing: ['repository_owner_id'],
    });
  });

  it('decides no-match without the ids when a clause it can evaluate already fails', () => {
    expect(matchSubject(predicted(main.replace('main', 'dev')), bound)).toBe('no-match');
  });

  it('decides once the ids are known, either way', () => {
    const known = { ...predicted(main), repository_id: '690517', repository_owner_id: '135791' };
    expect(matchSubject(known, bound)).toBe('match');
    expect(matchSubject({ ...known, repository_id: '1' }, bound)).toBe('no-match');
  });

  it('prefers a certain match over an undecided credential, and an undecided one over a failure', () => {
    const classic = classicCredential('classic', main);
    expect(decide(predicted(main), [bound, classic])).toMatchObject({ outcome: 'match', credential: classic });
    const upper = classicCredential('upper', main.toUpperCase());
    expect(decide(predicted(main), [upper, bound])).toMatchObject({ outcome: 'undecided' });
  });

  it('never matches an old-style expression (no repository id bound), whatever the token', () => {
    const old = flexibleCredential('old', `claims['sub'] eq '${main}'`);
    expect(matchSubject(githubToken(main), old)).toBe('no-match');
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
