import { describe, expect, test } from '@jest/globals';
import { ruleById } from '../../src/policy/index.js';
import { issuerNearMiss } from '../../src/policy/rules/federation.js';
import type { FederatedCredential } from '../../src/inventory/model.js';
import type { EvaluationContext, RuleHit } from '../../src/policy/types.js';
import { app, context, fic, flexible, GITHUB } from './fixtures.js';

function hits(ruleId: string, credentials: FederatedCredential[], ctx: EvaluationContext = context()): RuleHit[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.check(app({ federatedCredentials: credentials }), ctx);
}

const LABEL = 'federated credential "deploy-production" of app "deploy-api" (11111111-2222-3333-4444-555555555555)';
const FLEX = 'flexible federated credential "flexible" of app "deploy-api" (11111111-2222-3333-4444-555555555555)';

describe('fic-untrusted-issuer', () => {
  test.each<[string, string, string | null]>([
    ['the allowed issuer', GITHUB, null],
    ['a trailing slash', `${GITHUB}/`, 'only by a trailing slash'],
    ['http://', 'http://token.actions.githubusercontent.com', 'only by http:// instead of https://'],
    [
      'letter case',
      'https://Token.Actions.GitHubUserContent.com',
      'only by letter case (Entra compares issuers case-sensitively)',
    ],
    ['a trailing space', `${GITHUB} `, 'only by leading or trailing whitespace'],
    [
      'several slips at once',
      ' HTTP://token.actions.githubusercontent.com/',
      'only by leading or trailing whitespace and http:// instead of https:// and a trailing slash;',
    ],
    [
      'an enterprise slug',
      `${GITHUB}/contoso-ent`,
      'is the enterprise-slug form of https://token.actions.githubusercontent.com (enterprise "contoso-ent")',
    ],
    [
      'an unrelated issuer',
      'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
      'which is not in allowed-issuers (https://token.actions.githubusercontent.com)',
    ],
  ])('%s', (_name, issuer, explanation) => {
    const found = hits('fic-untrusted-issuer', [fic({ issuer })]);
    if (explanation === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toContain(explanation);
      expect(found[0]?.target).toEqual({
        kind: 'federatedCredential',
        id: 'f1c00000-0000-4000-8000-000000000001',
        name: 'deploy-production',
      });
    }
  });

  test('a typo says the credential is dead and gives the exact PATCH', () => {
    const [hit] = hits('fic-untrusted-issuer', [fic({ issuer: `${GITHUB}/` })]);
    expect(hit?.message).toBe(
      `The ${LABEL} trusts issuer "${GITHUB}/", which differs from the allowed ${GITHUB} only by a trailing slash; Entra compares issuers exactly, so it never matches a token and its subject "repo:contoso/api:environment:production" is dead.`,
    );
    expect(hit?.remediation).toBe(
      `Set the issuer to exactly ${GITHUB}: \`az rest --method PATCH --uri https://graph.microsoft.com/v1.0/applications/a0000000-0000-4000-8000-000000000001/federatedIdentityCredentials/f1c00000-0000-4000-8000-000000000001 --body '{"issuer":"${GITHUB}"}'\`.`,
    );
  });

  test('an enterprise slug issuer passes once allowed', () => {
    const ctx = context({ allowedIssuers: [GITHUB, `${GITHUB}/contoso-ent`] });
    expect(hits('fic-untrusted-issuer', [fic({ issuer: `${GITHUB}/contoso-ent` })], ctx)).toEqual([]);
  });

  test('the slug check needs a single path segment', () => {
    expect(issuerNearMiss(`${GITHUB}/a/b`, [GITHUB])).toBeNull();
    expect(issuerNearMiss(`${GITHUB}contoso`, [GITHUB])).toBeNull();
  });
});

describe('fic-audience', () => {
  test.each<[string, string[], string | null]>([
    ['exactly the exchange audience', ['api://AzureADTokenExchange'], null],
    [
      'a case look-alike',
      ['api://azureadtokenexchange'],
      'accepts audience "api://azureadtokenexchange" instead of exactly api://AzureADTokenExchange; Entra compares audiences exactly and case-sensitively',
    ],
    ['a trailing slash', ['api://AzureADTokenExchange/'], 'never match this look-alike'],
    [
      'a custom audience',
      ['https://github.com/contoso'],
      'accepts the custom audience "https://github.com/contoso" instead of exactly api://AzureADTokenExchange; only workflows that request that audience explicitly can sign in',
    ],
    [
      'two audiences',
      ['api://AzureADTokenExchange', 'api://other'],
      'accepts 2 audiences ("api://AzureADTokenExchange", "api://other") instead of exactly api://AzureADTokenExchange; Entra requires exactly one',
    ],
    ['no audience', [], 'accepts no audience instead of exactly api://AzureADTokenExchange'],
  ])('%s', (_name, audiences, expected) => {
    const found = hits('fic-audience', [fic({ audiences })]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test('a flexible credential is patched through Graph beta', () => {
    const [hit] = hits('fic-audience', [
      flexible("claims['sub'] eq 'repo:contoso/api:environment:production'", { audiences: ['x'] }),
    ]);
    expect(hit?.remediation).toContain(
      'https://graph.microsoft.com/beta/applications/a0000000-0000-4000-8000-000000000001/federatedIdentityCredentials/',
    );
  });
});

describe('fic-pull-request', () => {
  test.each<[string, FederatedCredential, string | null]>([
    [
      'classic pull_request subject',
      fic({ subject: 'repo:contoso/api:pull_request' }),
      `The ${LABEL} trusts subject "repo:contoso/api:pull_request": every pull_request run of that repository, running the pull request's unreviewed code, can sign in as the app.`,
    ],
    [
      'immutable pull_request subject',
      fic({ subject: 'repo:contoso@1001/api@2002:pull_request' }),
      'every pull_request run',
    ],
    [
      'custom template with pull_request in the middle',
      fic({
        subject:
          'repo:contoso/api:pull_request:job_workflow_ref:contoso/api/.github/workflows/ci.yml@refs/pull/7/merge',
      }),
      'every pull_request run',
    ],
    ['classic environment subject', fic(), null],
    [
      'environment named pull_request is not the pull_request context',
      fic({ subject: 'repo:contoso/api:environment:pull_request' }),
      null,
    ],
    ['branch named pull_request', fic({ subject: 'repo:contoso/api:ref:refs/heads/pull_request' }), null],
    [
      'flexible: any context of one repository',
      flexible("claims['sub'] matches 'repo:contoso/api:*'"),
      `The ${FLEX} admits pull_request subjects such as "repo:contoso/api:pull_request" through claims['sub'] matches 'repo:contoso/api:*': pull request runs, running unreviewed code, can sign in as the app.`,
    ],
    [
      'flexible: any repository of an owner',
      flexible("claims['sub'] matches 'repo:contoso/*'"),
      'such as "repo:contoso/x:pull_request"',
    ],
    [
      'flexible: star hidden before the context',
      flexible("claims['sub'] matches 'repo:contoso/*pull_request'"),
      'such as "repo:contoso/x:pull_request"',
    ],
    [
      'flexible: single-character wildcards',
      flexible("claims['sub'] matches 'repo:contoso/api:pull_reques?'"),
      'such as "repo:contoso/api:pull_request"',
    ],
    [
      'flexible: sub not constrained',
      flexible("claims['job_workflow_ref'] eq 'contoso/api/.github/workflows/deploy.yml@refs/heads/main'"),
      'such as "repo:x/x:pull_request" because it does not constrain claims[\'sub\']',
    ],
    [
      'flexible: eq pull_request subject',
      flexible("claims['sub'] eq 'repo:contoso/api:pull_request'"),
      'such as "repo:contoso/api:pull_request"',
    ],
    ['flexible: any branch', flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'"), null],
    ['flexible: any environment', flexible("claims['sub'] matches 'repo:contoso/api:environment:*'"), null],
    ['flexible: exact environment', flexible("claims['sub'] eq 'repo:contoso/api:environment:production'"), null],
    [
      'not a GitHub issuer',
      fic({ issuer: 'https://gitlab.com', subject: 'project_path:contoso/api:ref_type:branch:ref:main' }),
      null,
    ],
  ])('%s', (_name, credential, expected) => {
    const found = hits('fic-pull-request', [credential]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test('a trailing * admits custom-template pull_request subjects when the repository uses a custom template', () => {
    const custom: EvaluationContext = {
      ...context(),
      repository: {
        owner: 'contoso',
        name: 'api',
        subjectFormat: { kind: 'custom', claimKeys: ['repo', 'ref', 'context'], source: 'api' },
      },
    };
    const credential = flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'");
    expect(hits('fic-pull-request', [credential])).toEqual([]);
    expect(hits('fic-pull-request', [credential], custom).map((h) => h.message)).toEqual([
      expect.stringContaining('such as "repo:contoso/api:ref:refs/heads/:pull_request"'),
    ]);
  });
});

describe('fic-wildcard', () => {
  test.each<[string, string, string | null]>([
    [
      'any context of one repository',
      "claims['sub'] matches 'repo:contoso/api:*'",
      'admits any branch or tag and any environment of contoso/api',
    ],
    [
      'any repository of an owner',
      "claims['sub'] matches 'repo:contoso/*'",
      'admits any repository of owner contoso, with any branch or tag and any environment',
    ],
    [
      'a family of repositories',
      "claims['sub'] matches 'repo:contoso/api-*:environment:production'",
      "admits repositories of contoso matching 'api-*':",
    ],
    [
      'any owner',
      "claims['sub'] matches 'repo:*/api:ref:refs/heads/main'",
      'admits repositories named api of any owner: ',
    ],
    [
      'everything',
      "claims['sub'] matches '*'",
      'admits any repository of any owner, with any branch or tag and any environment',
    ],
    [
      'any branch',
      "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'",
      "admits any branch of contoso/api: claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'.",
    ],
    [
      'any environment',
      "claims['sub'] matches 'repo:contoso/api:environment:*'",
      'admits any environment of contoso/api:',
    ],
    [
      'sub unconstrained',
      "claims['job_workflow_ref'] matches 'contoso/shared/.github/workflows/*@refs/heads/main'",
      "admits any repository of any owner, with any branch or tag and any environment: an expression that does not constrain claims['sub'].",
    ],
    [
      'branches under a prefix are a deliberate narrowing',
      "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/release/*'",
      null,
    ],
    ['environments under a prefix', "claims['sub'] matches 'repo:contoso/api:environment:prod-*'", null],
    ['any tag only', "claims['sub'] matches 'repo:contoso/api:ref:refs/tags/*'", null],
    ['exact subject', "claims['sub'] eq 'repo:contoso/api:environment:production'", null],
    [
      'exact subject with a workflow wildcard',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['job_workflow_ref'] matches 'contoso/api/.github/workflows/*@refs/heads/main'",
      null,
    ],
  ])('%s', (_name, expression, expected) => {
    const found = hits('fic-wildcard', [flexible(expression)]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test('classic credentials are never wildcards (fic-malformed-subject reports a literal *)', () => {
    expect(hits('fic-wildcard', [fic({ subject: 'repo:contoso/*:ref:refs/heads/main' })])).toEqual([]);
  });

  test('the message names the credential and the remediation the Graph beta PATCH', () => {
    const [hit] = hits('fic-wildcard', [flexible("claims['sub'] matches 'repo:contoso/*'")]);
    expect(hit?.message).toBe(
      `The ${FLEX} admits any repository of owner contoso, with any branch or tag and any environment: claims['sub'] matches 'repo:contoso/*'.`,
    );
    expect(hit?.remediation).toContain(
      '`az rest --method PATCH --uri https://graph.microsoft.com/beta/applications/a0000000-0000-4000-8000-000000000001/federatedIdentityCredentials/f1c00000-0000-4000-8000-000000000001 --body @expression.json`',
    );
  });
});

describe('fic-foreign-owner', () => {
  const owners = context({ allowedOwners: ['contoso', 'contoso-labs'] });
  test.each<[string, FederatedCredential, string | null]>([
    ['allowed owner', fic(), null],
    ['allowed owner in another case', fic({ subject: 'repo:Contoso/api:environment:production' }), null],
    ['second allowed owner', fic({ subject: 'repo:contoso-labs/api:ref:refs/heads/main' }), null],
    [
      'foreign owner',
      fic({ subject: 'repo:fabrikam/api:ref:refs/heads/main' }),
      `The ${LABEL} (subject "repo:fabrikam/api:ref:refs/heads/main") names owner fabrikam, outside allowed-owners (contoso, contoso-labs).`,
    ],
    [
      'foreign owner in the immutable form',
      fic({ subject: 'repo:fabrikam@77/api@88:environment:prod' }),
      'names owner fabrikam,',
    ],
    ['near-miss owner', fic({ subject: 'repo:contoso-lab/api:ref:refs/heads/main' }), 'names owner contoso-lab,'],
    [
      'foreign reusable workflow in a custom subject',
      fic({
        subject:
          'repo:contoso/api:environment:prod:job_workflow_ref:fabrikam/shared/.github/workflows/d.yml@refs/heads/main',
      }),
      'names owner fabrikam,',
    ],
    [
      'flexible eq with a foreign owner',
      flexible("claims['sub'] eq 'repo:fabrikam/api:environment:prod'"),
      'names owner fabrikam,',
    ],
    [
      'flexible matches with a foreign owner',
      flexible("claims['sub'] matches 'repo:fabrikam/*'"),
      'names owner fabrikam,',
    ],
    [
      'flexible owner wildcard',
      flexible("claims['sub'] matches 'repo:contoso*/api:*'"),
      "admits repositories of any owner matching 'contoso*' through claims['sub'] matches 'repo:contoso*/api:*'",
    ],
    [
      'flexible any owner',
      flexible("claims['sub'] matches 'repo:*'"),
      "admits repositories of any owner through claims['sub'] matches 'repo:*'",
    ],
    [
      'flexible sub unconstrained',
      flexible("claims['job_workflow_ref'] eq 'contoso/shared/.github/workflows/deploy.yml@refs/heads/main'"),
      "does not constrain claims['sub'], so runs in any owner's repository are admitted",
    ],
    [
      'flexible foreign workflow',
      flexible(
        "claims['sub'] eq 'repo:contoso/api:environment:prod' and claims['job_workflow_ref'] matches 'fabrikam/*'",
      ),
      'trusts a workflow of owner fabrikam,',
    ],
    [
      'flexible allowed everything',
      flexible(
        "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*' and claims['job_workflow_ref'] matches 'contoso/shared/*'",
      ),
      null,
    ],
  ])('%s', (_name, credential, expected) => {
    const found = hits('fic-foreign-owner', [credential], owners);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test('nothing is checked while allowed-owners is empty', () => {
    expect(hits('fic-foreign-owner', [fic({ subject: 'repo:fabrikam/api:ref:refs/heads/main' })])).toEqual([]);
  });
});

describe('fic-malformed-subject', () => {
  test.each<[string, FederatedCredential, string | null]>([
    ['well-formed environment subject', fic(), null],
    [
      'short ref',
      fic({ subject: 'repo:contoso/api:ref:main' }),
      "can never match a GitHub token: 'ref:main' is not a full ref: GitHub writes 'ref:refs/heads/main' for a branch or 'ref:refs/tags/main' for a tag.",
    ],
    ['wildcard in a classic subject', fic({ subject: 'repo:contoso/api:ref:refs/heads/*' }), "it contains '*'"],
    ['trailing space', fic({ subject: 'repo:contoso/api:environment:production ' }), 'leading or trailing whitespace'],
    [
      'no subject and no expression',
      fic({ subject: null }),
      'can never match a GitHub token: it has neither a subject nor a claims-matching expression.',
    ],
    [
      'expression that does not parse',
      flexible("claims['sub'] matches 'repo:contoso/api:*"),
      'its claims-matching expression does not parse: unterminated comparand',
    ],
    [
      'expression of an unknown language version',
      flexible("claims['sub'] eq 'repo:contoso/api:environment:production'", {
        claimsMatchingExpression: {
          value: "claims['sub'] eq 'repo:contoso/api:environment:production'",
          languageVersion: 2,
        },
      }),
      'its expression declares languageVersion 2',
    ],
    [
      'eq with a subject GitHub never emits',
      flexible("claims['sub'] eq 'contoso/api:environment:production'"),
      "claims['sub'] eq: it does not start with 'repo:'",
    ],
    ['well-formed flexible expression', flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'"), null],
    [
      'another issuer follows other rules',
      fic({ issuer: 'https://kubernetes.default.svc', subject: 'system:serviceaccount:prod:deployer' }),
      null,
    ],
  ])('%s', (_name, credential, expected) => {
    const found = hits('fic-malformed-subject', [credential]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });
});

describe('fic-near-limit', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      fic({ id: `f-${i}`, name: `env-${i}`, subject: `repo:contoso/api:environment:env-${i}` }),
    );
  test.each<[number, number | undefined, string | null]>([
    [17, undefined, null],
    [18, undefined, "has 18 of Entra's 20 federated credentials (warning from 18); only 2 more can be added."],
    [20, undefined, "has 20 of Entra's 20 federated credentials (warning from 18); no further one can be added."],
    [10, 10, 'only 10 more can be added'],
    [9, 10, null],
  ])('%i credentials, threshold %s', (count, threshold, expected) => {
    const ctx = threshold === undefined ? context() : context({ maxFederatedCredentials: threshold });
    const found = hits('fic-near-limit', many(count), ctx);
    if (expected === null) expect(found).toEqual([]);
    else {
      expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
      expect(found[0]?.target).toEqual({
        kind: 'application',
        id: 'a0000000-0000-4000-8000-000000000001',
        name: 'deploy-api',
      });
    }
  });
});
