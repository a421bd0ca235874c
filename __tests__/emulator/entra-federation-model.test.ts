// The emulators' own model of federation (emulator/federation), on the edges the documents describe:
// emulator/facts/federation.md says which are documented and which are our reading.
import { describe, expect, it } from '@jest/globals';
import {
  conditionsAllowed,
  decideSignIn,
  githubSubject,
  readConditions,
  wildcardMatch,
  type StoredCredential,
} from '../../emulator/federation/index.js';

const GITHUB = 'https://token.actions.githubusercontent.com';
const AUD = 'api://AzureADTokenExchange';

describe('readConditions', () => {
  it.each([
    ["claims['sub'] eq 'a'", [{ claim: 'sub', operator: 'eq', comparand: 'a' }]],
    ["claims['sub'] eq 'it''s'", [{ claim: 'sub', operator: 'eq', comparand: "it's" }]],
    [
      "claims['sub'] matches 'a*' and claims['repository_id'] eq '1'",
      [
        { claim: 'sub', operator: 'matches', comparand: 'a*' },
        { claim: 'repository_id', operator: 'eq', comparand: '1' },
      ],
    ],
  ])('%s', (text, conditions) => {
    expect(readConditions(text)).toEqual(conditions);
  });

  it.each([
    "claims['sub']  eq 'a'",
    "claims['sub'] eq 'a'  and claims['repository_id'] eq '1'",
    "claims['sub'] EQ 'a'",
    "claims['sub'] eq \u2018a\u2019",
    "claims['sub'] eq 'a' or claims['repository_id'] eq '1'",
    "claims['sub'] eq 'a",
    "claims['sub'] eq 'a' ",
    '',
  ])('refuses %j', (text) => {
    expect(readConditions(text)).toBeNull();
  });
});

describe('conditionsAllowed', () => {
  const read = (text: string) => readConditions(text) ?? [];
  it.each([
    [GITHUB, "claims['sub'] eq 'a' and claims['repository_id'] eq '1'", true],
    [GITHUB, "claims['sub'] eq 'a' and claims['repository_owner_id'] eq '1'", true],
    [GITHUB, "claims['sub'] eq 'a'", false],
    [GITHUB, "claims['repository_id'] eq '1'", false],
    [GITHUB, "claims['sub'] eq 'a' and claims['repository_id'] matches '1'", false],
    [GITHUB, "claims['sub'] eq 'a' and claims['sub'] matches 'b*' and claims['repository_id'] eq '1'", false],
    [GITHUB, "claims['sub'] eq 'a' and claims['ref'] eq 'b' and claims['repository_id'] eq '1'", false],
    [`${GITHUB}/slug`, "claims['sub'] eq 'a' and claims['repository_id'] eq '1'", false],
    ['https://gitlab.com', "claims['sub'] matches 'project_path:a/b:*'", true],
    ['https://gitlab.example.ca', "claims['sub'] eq 'x'", true],
    ['https://gitlab.com', "claims['sub'] eq 'x' and claims['repository_id'] eq '1'", false],
    ['https://app.terraform.io', "claims['sub'] matches 'organization:contoso:*'", true],
    ['https://kubernetes.default.svc', "claims['sub'] eq 'x'", false],
  ])('%s: %s → %s', (issuer, text, allowed) => {
    expect(conditionsAllowed(issuer, read(text))).toBe(allowed);
  });
});

describe('wildcardMatch', () => {
  it.each([
    ['refs/heads/*', 'refs/heads/feature/a/b', true],
    ['v?', 'v1', true],
    ['v?', 'v10', false],
    ['*', '', true],
    ['a*b*c', 'a-b-b-c', true],
    ['a*b', 'ab-', false],
    ['a.b', 'axb', false],
  ])('%s ~ %s → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('answers many stars against a long value (dynamic programming, no backtracking)', () => {
    expect(wildcardMatch(`${'*a'.repeat(200)}b`, 'a'.repeat(5000))).toBe(false);
  });
});

describe('githubSubject refuses what GitHub cannot form', () => {
  const job = { repository: 'o/r', repository_owner: 'o', event_name: 'push', ref: 'refs/heads/main' };
  it.each([
    [{ ...job, repository: 'o' }, { immutable: false }, 'the repository claim must be OWNER/REPO'],
    [job, { immutable: true }, 'an immutable subject needs the repository_id and repository_owner_id claims'],
    [job, { immutable: false, includeClaimKeys: [] }, 'lists no claim keys'],
    [job, { immutable: false, includeClaimKeys: ['environment'] }, 'the job must use an environment'],
    [job, { immutable: false, includeClaimKeys: ['job-workflow'] }, 'is not letters, digits and _'],
    [job, { immutable: false, includeClaimKeys: ['repo_property_team'] }, 'has no "repo_property_team" claim'],
  ])('%#: %s', (claims, template, message) => {
    expect(() => githubSubject(claims, template)).toThrow(message);
  });
});

describe('decideSignIn', () => {
  const classic = (name: string, subject: string, over: Partial<StoredCredential> = {}): StoredCredential => ({
    name,
    issuer: GITHUB,
    subject,
    audiences: [AUD],
    ...over,
  });
  const token = { iss: GITHUB, aud: AUD, sub: 'repo:o/r:ref:refs/heads/main', repository_id: '1' };

  it('answers in Entra order: issuer, then audience, then subject', () => {
    expect(decideSignIn(token, [classic('a', 'x', { issuer: `${GITHUB}/` })])).toEqual({
      accepted: false,
      code: 700211,
    });
    expect(decideSignIn(token, [classic('a', token.sub, { audiences: ['api://other'] })])).toEqual({
      accepted: false,
      code: 700212,
    });
    expect(decideSignIn(token, [classic('a', 'repo:o/r:ref:refs/heads/dev')])).toEqual({
      accepted: false,
      code: 700213,
    });
    expect(decideSignIn(token, [classic('a', 'repo:O/r:ref:refs/heads/main')])).toEqual({
      accepted: false,
      code: 7002138,
    });
  });

  it('accepts the first credential that matches exactly, over a case-only one', () => {
    const exact = classic('exact', token.sub);
    expect(decideSignIn(token, [classic('upper', token.sub.toUpperCase()), exact])).toEqual({
      accepted: true,
      credential: exact,
    });
  });

  it('never matches a credential with both a subject and an expression, or another language version', () => {
    const expression = {
      value: `claims['sub'] eq '${token.sub}' and claims['repository_id'] eq '1'`,
      languageVersion: 1,
    };
    expect(decideSignIn(token, [classic('both', token.sub, { claimsMatchingExpression: expression })]).accepted).toBe(
      false,
    );
    const v2 = { ...classic('v2', ''), subject: null, claimsMatchingExpression: { ...expression, languageVersion: 2 } };
    expect(decideSignIn(token, [v2]).accepted).toBe(false);
    const v1 = { ...classic('v1', ''), subject: null, claimsMatchingExpression: expression };
    expect(decideSignIn(token, [v1]).accepted).toBe(true);
  });
});
