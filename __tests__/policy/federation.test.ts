import { describe, expect, test } from '@jest/globals';
import { ruleById } from '../../src/policy/index.js';
import { issuerNearMiss } from '../../src/policy/rules/federation.js';
import { githubBindingProblem, parseExpression } from '../../src/matching/index.js';
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
      // A pull_request_target run: ref is the default branch, the context pull_request.
      expect.stringContaining('such as "repo:contoso/api:ref:refs/heads/x:pull_request"'),
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
    [
      'well-formed flexible expression bound to the repository',
      flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*' and claims['repository_id'] eq '5678'"),
      null,
    ],
    [
      'well-formed flexible expression bound to the owner',
      flexible("claims['sub'] matches 'repo:contoso/*' and claims['repository_owner_id'] eq '1234'"),
      null,
    ],
    [
      'old-style flexible expression (no repository id bound)',
      flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'"),
      "its expression binds neither claims['repository_id'] nor claims['repository_owner_id'] with eq, but Entra requires every GitHub expression",
    ],
    [
      'flexible expression without a sub clause',
      flexible("claims['repository_id'] eq '5678'"),
      "its expression does not match claims['sub'], but Entra requires",
    ],
    [
      'repository_id with matches',
      flexible("claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] matches '56*'"),
      "claims['repository_id'] supports only 'eq' (an exact id), not 'matches'",
    ],
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

describe('flexible expressions as Entra accepts them for GitHub: explanation and compliant rewrite', () => {
  const analysed: EvaluationContext = {
    ...context(),
    repository: {
      owner: 'contoso',
      name: 'api',
      ownerId: '1234',
      repoId: '5678',
      subjectFormat: { kind: 'default', source: 'api' },
    },
  };

  test('an old-style expression gets a rewrite bound to the analysed repository', () => {
    const [hit] = hits(
      'fic-malformed-subject',
      [flexible("claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'")],
      analysed,
    );
    expect(hit?.remediation).toContain(
      "Bind the expression to the repository's id as Entra requires: \"claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*' and claims['repository_id'] eq '5678'\"; write {\"claimsMatchingExpression\":{\"value\":\"claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*' and claims['repository_id'] eq '5678'\",\"languageVersion\":1}} to expression.json",
    );
  });

  test('without the ids the rewrite carries a placeholder and says where the id comes from', () => {
    const [hit] = hits('fic-malformed-subject', [flexible("claims['sub'] eq 'repo:fabrikam/web:environment:prod'")]);
    expect(hit?.remediation).toContain(
      "\"claims['sub'] eq 'repo:fabrikam/web:environment:prod' and claims['repository_id'] eq '<repository-id>'\" (replace <repository-id> with the repository's id: `gh api repos/<owner>/<repo> --jq .id`",
    );
  });

  test('the ids of an immutable subject are used for the rewrite', () => {
    const [hit] = hits('fic-malformed-subject', [
      flexible("claims['sub'] matches 'repo:contoso@1234/api@5678:ref:refs/heads/*'"),
    ]);
    expect(hit?.remediation).toContain("and claims['repository_id'] eq '5678'");
  });

  test('an expression without sub gets a sub clause in its rewrite', () => {
    const [hit] = hits('fic-malformed-subject', [flexible("claims['repository_owner_id'] eq '1234'")]);
    expect(hit?.remediation).toContain(
      "\"claims['sub'] eq 'repo:<owner>/<repo>:environment:<name>' and claims['repository_owner_id'] eq '1234'\"",
    );
  });

  test('an enterprise-slug issuer takes no flexible expression', () => {
    const slug = flexible(
      "claims['sub'] eq 'repo:contoso/api:environment:prod' and claims['repository_id'] eq '5678'",
      {
        issuer: `${GITHUB}/contoso-ent`,
      },
    );
    const found = hits('fic-malformed-subject', [slug], context({ allowedIssuers: [`${GITHUB}/contoso-ent`] }));
    expect(found.map((h) => h.message)).toEqual([
      expect.stringContaining(
        'its issuer takes no flexible expression: Entra supports flexible expressions only for the issuers it lists (for GitHub, https://token.actions.githubusercontent.com)',
      ),
    ]);
  });

  test('another issuer is not held to the GitHub binding', () => {
    const gitlab = flexible("claims['sub'] matches 'project_path:contoso/api:ref_type:branch:ref:*'", {
      issuer: 'https://gitlab.com',
    });
    expect(hits('fic-malformed-subject', [gitlab], context({ allowedIssuers: ['https://gitlab.com'] }))).toEqual([]);
  });

  test.each([
    ['fic-wildcard', "claims['sub'] matches 'repo:contoso/*'"],
    ['fic-wildcard', "claims['sub'] matches 'repo:contoso/api:*' and claims['repository_id'] eq '5678'"],
    ['fic-malformed-subject', "claims['sub'] matches 'repo:contoso/api:ref:refs/heads/*'"],
  ])('every expression %s proposes for %s is one Entra accepts', (rule, expression) => {
    for (const ctx of [context(), analysed]) {
      const [hit] = hits(rule, [flexible(expression)], ctx);
      const proposed = [...(hit?.remediation ?? '').matchAll(/"value":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
      expect(proposed.length).toBeGreaterThan(0);
      for (const value of proposed) {
        const parsed = parseExpression(value);
        expect(parsed.ok && githubBindingProblem(parsed.value)).toBeNull();
      }
    }
  });
});

describe('custom subject templates, judged by the runs that can present them', () => {
  const owners = context({ allowedOwners: ['contoso'] });
  test.each<[string, FederatedCredential, string | null]>([
    [
      'event_name:pull_request',
      fic({ subject: 'repo:contoso/api:event_name:pull_request' }),
      '"event_name:pull_request"',
    ],
    [
      'event_name:pull_request_target',
      fic({ subject: 'repo:contoso/api:event_name:pull_request_target:ref:refs/heads/main' }),
      '"event_name:pull_request_target"',
    ],
    ['a non-empty head_ref', fic({ subject: 'repo:contoso/api:head_ref:feature/login' }), '"head_ref:feature/login"'],
    ['a non-empty base_ref', fic({ subject: 'repository_owner:contoso:base_ref:main' }), '"base_ref:main"'],
    ['ref:refs/pull/…', fic({ subject: 'repo:contoso/api:ref:refs/pull/7/merge' }), '"ref:refs/pull/7/merge"'],
    [
      'a workflow at refs/pull/…',
      fic({ subject: 'job_workflow_ref:contoso/api/.github/workflows/ci.yml@refs/pull/7/merge' }),
      'only pull request runs present',
    ],
    [
      'flexible eq with event_name:pull_request',
      flexible("claims['sub'] eq 'repo:contoso/api:event_name:pull_request' and claims['repository_id'] eq '5678'"),
      '"event_name:pull_request"',
    ],
    [
      'flexible: any ref of the default form admits refs/pull',
      flexible("claims['sub'] matches 'repo:contoso/api:ref:*' and claims['repository_id'] eq '5678'"),
      'such as "repo:contoso/api:ref:refs/pull/x"',
    ],
    ['event_name:push', fic({ subject: 'repo:contoso/api:event_name:push:ref:refs/heads/main' }), null],
    ['an empty head_ref (push runs)', fic({ subject: 'repo:contoso/api:ref:refs/heads/main:head_ref:' }), null],
    [
      'an environment named pull_request_target',
      fic({ subject: 'repo:contoso/api:environment:pull_request_target' }),
      null,
    ],
    ['a branch named refs/pull', fic({ subject: 'repo:contoso/api:ref:refs/heads/refs/pull/1' }), null],
  ])('fic-pull-request: %s', (_name, credential, expected) => {
    const found = hits('fic-pull-request', [credential]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test.each<[string, string[], string, string | null]>([
    [
      'event_name:* under [repo, event_name, ref]',
      ['repo', 'event_name', 'ref'],
      "claims['sub'] matches 'repo:contoso/api:event_name:*' and claims['repository_id'] eq '5678'",
      'such as "repo:contoso/api:event_name:pull_request:ref:refs/pull/x"',
    ],
    [
      'head_ref:* under [repo, head_ref]',
      ['repo', 'head_ref'],
      "claims['sub'] matches 'repo:contoso/api:head_ref:*' and claims['repository_id'] eq '5678'",
      'such as "repo:contoso/api:head_ref:x"',
    ],
    [
      'head_ref:* where the template has no head_ref: no run presents it',
      ['repo', 'event_name', 'ref'],
      "claims['sub'] matches 'repo:contoso/api:head_ref:*' and claims['repository_id'] eq '5678'",
      null,
    ],
    [
      'event_name:push with any branch: the trailing * cannot reach a pull request run',
      ['repo', 'event_name', 'ref'],
      "claims['sub'] matches 'repo:contoso/api:event_name:push:ref:refs/heads/*' and claims['repository_id'] eq '5678'",
      null,
    ],
    [
      'any event on the default branch admits pull_request_target runs',
      ['repo', 'event_name', 'ref'],
      "claims['sub'] matches 'repo:contoso/api:event_name:*:ref:refs/heads/main' and claims['repository_id'] eq '5678'",
      'such as "repo:contoso/api:event_name:pull_request_target:ref:refs/heads/main"',
    ],
  ])('fic-pull-request in a custom-template repository: %s', (_name, claimKeys, expression, expected) => {
    const ctx: EvaluationContext = {
      ...context(),
      repository: { owner: 'contoso', name: 'api', subjectFormat: { kind: 'custom', claimKeys, source: 'api' } },
    };
    const found = hits('fic-pull-request', [flexible(expression)], ctx);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test.each<[string, FederatedCredential, string | null]>([
    [
      'an actor and no repository',
      fic({ subject: 'actor:mallory:ref:refs/heads/main' }),
      "names no repository or owner (only the actor mallory), so runs in any owner's repositories, mallory's own included, are admitted",
    ],
    [
      'an actor within an allowed repository',
      fic({ subject: 'repo:contoso/api:actor:mallory:ref:refs/heads/main' }),
      null,
    ],
    [
      "another organisation's repository in second position",
      fic({ subject: 'environment:prod:repo:fabrikam/api' }),
      'names owner fabrikam,',
    ],
    [
      'a repository_owner claim',
      fic({ subject: 'repository_owner:fabrikam:repository_visibility:private' }),
      'names owner fabrikam,',
    ],
    [
      'a workflow of another owner, alone',
      fic({ subject: 'job_workflow_ref:fabrikam/shared/.github/workflows/deploy.yml@refs/heads/main' }),
      'names owner fabrikam,',
    ],
    ['tied by repository_owner_id only', fic({ subject: 'repository_owner_id:1234:ref:refs/heads/main' }), null],
    [
      'flexible: an owner claim of a custom template',
      flexible("claims['sub'] matches 'repository_owner:fabrikam:*' and claims['repository_owner_id'] eq '99'"),
      'names owner fabrikam,',
    ],
    [
      'flexible matches without wildcards, only an actor',
      flexible("claims['sub'] matches 'actor:mallory:ref:refs/heads/main' and claims['repository_owner_id'] eq '99'"),
      "names no repository or owner by name (only the actor mallory), and its binding to repository_owner_id 99 is not the analysed repository's, so whether that owner is allowed cannot be checked",
    ],
    [
      'flexible eq with only an actor',
      flexible("claims['sub'] eq 'actor:mallory:ref:refs/heads/main' and claims['repository_owner_id'] eq '99'"),
      'names no repository or owner by name (only the actor mallory)',
    ],
  ])('fic-foreign-owner: %s', (_name, credential, expected) => {
    const found = hits('fic-foreign-owner', [credential], owners);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });

  test('fic-foreign-owner: an actor-only subject bound to the analysed owner of an allowed organisation passes', () => {
    const expression =
      "claims['sub'] eq 'actor:mallory:ref:refs/heads/main' and claims['repository_owner_id'] eq '1234'";
    const pinned: EvaluationContext = {
      ...owners,
      repository: { owner: 'contoso', name: 'api', ownerId: '1234', subjectFormat: { kind: 'default', source: 'api' } },
    };
    expect(hits('fic-foreign-owner', [flexible(expression)], pinned)).toEqual([]);
  });

  test('fic-foreign-owner: an id binding that pins the analysed repository of an allowed owner settles the owner', () => {
    const expression = "claims['sub'] matches 'repo:*' and claims['repository_id'] eq '5678'";
    const pinned: EvaluationContext = {
      ...owners,
      repository: { owner: 'contoso', name: 'api', repoId: '5678', subjectFormat: { kind: 'default', source: 'api' } },
    };
    expect(hits('fic-foreign-owner', [flexible(expression)], pinned)).toEqual([]);
    expect(hits('fic-foreign-owner', [flexible(expression)], owners).map((h) => h.message)).toEqual([
      expect.stringContaining('admits repositories of any owner'),
    ]);
  });

  test.each<[string, string, string | null]>([
    [
      'repository_id pins one repository whatever sub says about names',
      "claims['sub'] matches 'repo:contoso/*:ref:refs/heads/main' and claims['repository_id'] eq '5678'",
      null,
    ],
    [
      'repository_id pins one repository; its contexts are still any',
      "claims['sub'] matches 'repo:contoso/*' and claims['repository_id'] eq '5678'",
      'admits any branch or tag and any environment of the repository with id 5678:',
    ],
    [
      'repository_owner_id bounds any owner to one',
      "claims['sub'] matches 'repo:*/api:ref:refs/heads/main' and claims['repository_owner_id'] eq '1234'",
      'admits repositories named api of the owner with id 1234:',
    ],
    [
      'a reusable workflow of any owner',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] matches '*/shared/.github/workflows/deploy.yml@refs/heads/main'",
      "admits reusable workflows of any owner through claims['job_workflow_ref'] matches",
    ],
    [
      'a reusable workflow of any repository of the owner',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] matches 'contoso/*/.github/workflows/deploy.yml@refs/heads/main'",
      'admits reusable workflows of any repository of contoso',
    ],
    [
      'a reusable workflow at any ref',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] matches 'contoso/shared/.github/workflows/deploy.yml@*'",
      'admits reusable workflows at any ref',
    ],
    [
      'a reusable workflow at any branch',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] matches 'contoso/shared/.github/workflows/deploy.yml@refs/heads/*'",
      'at any ref',
    ],
    [
      'a wildcard-looking value in an eq clause',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] eq 'contoso/shared/.github/workflows/*@refs/heads/main'",
      "compares '*' and '?' literally (eq has no wildcards), so no GitHub token matches it",
    ],
    [
      'release branches of a fixed reusable workflow',
      "claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '5678' and claims['job_workflow_ref'] matches 'contoso/shared/.github/workflows/deploy.yml@refs/heads/release/*'",
      null,
    ],
  ])('fic-wildcard: %s', (_name, expression, expected) => {
    const found = hits('fic-wildcard', [flexible(expression)]);
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((h) => h.message)).toEqual([expect.stringContaining(expected)]);
  });
});
