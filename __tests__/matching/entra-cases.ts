// What Entra decides for a presented GitHub token against an app's federated credentials.
// Shared, self-contained table: the product's matcher (src/matching) and the Entra emulator's token
// endpoint (its own model, emulator/federation) both run it; as the two are written separately, a
// case on which they disagree shows one of them is wrong.
import type { FederatedCredential } from '../../src/inventory/model.js';
import type { EntraDecision, PresentedToken } from '../../src/matching/matcher.js';

export interface EntraCase {
  name: string;
  token: PresentedToken;
  credentials: FederatedCredential[];
  expected: EntraDecision['outcome'];
  /** For `match` and `subject-case`: the name of the credential Entra settles on. */
  credentialName?: string;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const ENTRA_AUDIENCE = 'api://AzureADTokenExchange';
const REPO = 'octo-org/octo-repo';
export const REPOSITORY_ID = '690517';
export const OWNER_ID = '135791';
/** The binding Entra requires of every GitHub expression (emulator/facts/federation.md#flexible-expressions). */
const BOUND = ` and claims['repository_id'] eq '${REPOSITORY_ID}'`;
const WORKFLOW_REF = 'octo-org/octo-automation/.github/workflows/deploy.yml@refs/heads/main';

let nextId = 1;
function credentialId(): string {
  return `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
}

/** A classic credential: one literal subject. */
export function classicCredential(
  name: string,
  subject: string,
  overrides: Partial<FederatedCredential> = {},
): FederatedCredential {
  return {
    id: credentialId(),
    name,
    issuer: GITHUB_ISSUER,
    subject,
    audiences: [ENTRA_AUDIENCE],
    description: null,
    claimsMatchingExpression: null,
    ...overrides,
  };
}

/** A flexible credential (Graph beta): `subject` is null and an expression decides. */
export function flexibleCredential(
  name: string,
  expression: string,
  overrides: Partial<FederatedCredential> = {},
): FederatedCredential {
  return {
    id: credentialId(),
    name,
    issuer: GITHUB_ISSUER,
    subject: null,
    audiences: [ENTRA_AUDIENCE],
    description: null,
    claimsMatchingExpression: { value: expression, languageVersion: 1 },
    ...overrides,
  };
}

/** The claims of a GitHub Actions OIDC token that matter to Entra, for a push to main. */
export function githubToken(sub: string, overrides: Partial<PresentedToken> = {}): PresentedToken {
  return {
    iss: GITHUB_ISSUER,
    sub,
    aud: ENTRA_AUDIENCE,
    job_workflow_ref: WORKFLOW_REF,
    repository: REPO,
    repository_owner: 'octo-org',
    repository_id: REPOSITORY_ID,
    repository_owner_id: OWNER_ID,
    ref: 'refs/heads/main',
    event_name: 'push',
    ...overrides,
  };
}

const MAIN = `repo:${REPO}:ref:refs/heads/main`;

export const entraCases: EntraCase[] = [
  // --- exact matches
  {
    name: 'branch subject matches exactly',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', MAIN)],
    expected: 'match',
    credentialName: 'main',
  },
  {
    name: 'environment subject matches exactly',
    token: githubToken(`repo:${REPO}:environment:prod`, { environment: 'prod' }),
    credentials: [classicCredential('prod', `repo:${REPO}:environment:prod`)],
    expected: 'match',
    credentialName: 'prod',
  },
  {
    name: 'pull_request subject matches exactly',
    token: githubToken(`repo:${REPO}:pull_request`, { event_name: 'pull_request', ref: 'refs/pull/7/merge' }),
    credentials: [classicCredential('pr', `repo:${REPO}:pull_request`)],
    expected: 'match',
    credentialName: 'pr',
  },
  {
    name: 'tag subject matches exactly',
    token: githubToken(`repo:${REPO}:ref:refs/tags/v1.2.0`, { ref: 'refs/tags/v1.2.0' }),
    credentials: [classicCredential('release', `repo:${REPO}:ref:refs/tags/v1.2.0`)],
    expected: 'match',
    credentialName: 'release',
  },
  {
    name: 'immutable subject matches the immutable credential',
    token: githubToken('repo:octo-org@123/octo-repo@456:ref:refs/heads/main'),
    credentials: [classicCredential('immutable', 'repo:octo-org@123/octo-repo@456:ref:refs/heads/main')],
    expected: 'match',
    credentialName: 'immutable',
  },
  {
    name: 'custom-template subject matches exactly',
    token: githubToken(`repo:${REPO}:environment:prod:job_workflow_ref:${WORKFLOW_REF}`, { environment: 'prod' }),
    credentials: [classicCredential('template', `repo:${REPO}:environment:prod:job_workflow_ref:${WORKFLOW_REF}`)],
    expected: 'match',
    credentialName: 'template',
  },
  {
    name: 'custom audience equal on both sides matches',
    token: githubToken(MAIN, { aud: 'api://contoso-deploy' }),
    credentials: [classicCredential('custom-aud', MAIN, { audiences: ['api://contoso-deploy'] })],
    expected: 'match',
    credentialName: 'custom-aud',
  },
  {
    name: 'token aud given as an array containing the audience matches',
    token: githubToken(MAIN, { aud: ['https://github.com/octo-org', ENTRA_AUDIENCE] }),
    credentials: [classicCredential('main', MAIN)],
    expected: 'match',
    credentialName: 'main',
  },

  // --- issuer (AADSTS700211)
  {
    name: 'no credentials at all',
    token: githubToken(MAIN),
    credentials: [],
    expected: 'no-issuer',
  },
  {
    name: 'credential issuer has a trailing slash',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', MAIN, { issuer: `${GITHUB_ISSUER}/` })],
    expected: 'no-issuer',
  },
  {
    name: 'credential issuer uses http instead of https',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', MAIN, { issuer: 'http://token.actions.githubusercontent.com' })],
    expected: 'no-issuer',
  },
  {
    name: 'issuer differs only in case',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', MAIN, { issuer: 'https://Token.Actions.GitHubUserContent.com' })],
    expected: 'no-issuer',
  },
  {
    name: 'credential issuer has a leading space',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', MAIN, { issuer: ` ${GITHUB_ISSUER}` })],
    expected: 'no-issuer',
  },
  {
    name: 'enterprise-slug issuer on the token, plain issuer on the credential',
    token: githubToken(MAIN, { iss: `${GITHUB_ISSUER}/octo-enterprise` }),
    credentials: [classicCredential('main', MAIN)],
    expected: 'no-issuer',
  },

  // --- audience (AADSTS700212)
  {
    name: 'audience differs only in case',
    token: githubToken(MAIN, { aud: 'api://azureadtokenexchange' }),
    credentials: [classicCredential('main', MAIN)],
    expected: 'no-audience',
  },
  {
    name: "token carries GitHub's default audience (the owner URL)",
    token: githubToken(MAIN, { aud: 'https://github.com/octo-org' }),
    credentials: [classicCredential('main', MAIN)],
    expected: 'no-audience',
  },
  {
    name: 'audience is checked before subject: the subject-matching credential has another audience',
    token: githubToken(MAIN),
    credentials: [
      classicCredential('main-wrong-aud', MAIN, { audiences: ['api://other'] }),
      classicCredential('dev', `repo:${REPO}:ref:refs/heads/dev`),
    ],
    expected: 'no-subject',
  },

  // --- classic subject (AADSTS700213 / 7002138)
  {
    name: 'environment credential, branch token (job has no environment)',
    token: githubToken(MAIN),
    credentials: [classicCredential('prod', `repo:${REPO}:environment:prod`)],
    expected: 'no-subject',
  },
  {
    name: 'branch credential, environment token (the environment takes precedence)',
    token: githubToken(`repo:${REPO}:environment:prod`, { environment: 'prod' }),
    credentials: [classicCredential('main', MAIN)],
    expected: 'no-subject',
  },
  {
    name: 'owner differs only in case',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', 'repo:Octo-Org/octo-repo:ref:refs/heads/main')],
    expected: 'subject-case',
    credentialName: 'main',
  },
  {
    name: 'environment name differs only in case',
    token: githubToken(`repo:${REPO}:environment:Production`, { environment: 'Production' }),
    credentials: [classicCredential('prod', `repo:${REPO}:environment:production`)],
    expected: 'subject-case',
    credentialName: 'prod',
  },
  {
    name: "credential says 'pull-request'",
    token: githubToken(`repo:${REPO}:pull_request`, { event_name: 'pull_request', ref: 'refs/pull/7/merge' }),
    credentials: [classicCredential('pr', `repo:${REPO}:pull-request`)],
    expected: 'no-subject',
  },
  {
    name: 'credential subject has a trailing space',
    token: githubToken(MAIN),
    credentials: [classicCredential('main', `${MAIN} `)],
    expected: 'no-subject',
  },
  {
    name: "credential says 'ref:main' instead of 'ref:refs/heads/main'",
    token: githubToken(MAIN),
    credentials: [classicCredential('main', `repo:${REPO}:ref:main`)],
    expected: 'no-subject',
  },
  {
    name: 'classic credential with a wildcard compares it literally',
    token: githubToken(MAIN),
    credentials: [classicCredential('any-branch', `repo:${REPO}:ref:refs/heads/*`)],
    expected: 'no-subject',
  },
  {
    name: 'immutable credential, token still in the default form',
    token: githubToken(MAIN),
    credentials: [classicCredential('immutable', 'repo:octo-org@123/octo-repo@456:ref:refs/heads/main')],
    expected: 'no-subject',
  },

  // --- several credentials
  {
    name: 'several credentials: the second one matches',
    token: githubToken(MAIN),
    credentials: [
      classicCredential('prod', `repo:${REPO}:environment:prod`),
      classicCredential('main', MAIN),
      classicCredential('pr', `repo:${REPO}:pull_request`),
    ],
    expected: 'match',
    credentialName: 'main',
  },
  {
    name: 'several credentials: an exact match wins over an earlier case-only one',
    token: githubToken(MAIN),
    credentials: [
      classicCredential('main-upper', 'repo:OCTO-ORG/octo-repo:ref:refs/heads/main'),
      classicCredential('main', MAIN),
    ],
    expected: 'match',
    credentialName: 'main',
  },
  {
    name: 'several credentials: only the one with the right issuer is considered',
    token: githubToken(MAIN),
    credentials: [
      classicCredential('gitlab', MAIN, { issuer: 'https://gitlab.com' }),
      classicCredential('dev', `repo:${REPO}:ref:refs/heads/dev`),
    ],
    expected: 'no-subject',
  },

  // --- flexible credentials
  {
    name: "flexible: claims['sub'] eq",
    token: githubToken(MAIN),
    credentials: [flexibleCredential('flex-eq', `claims['sub'] eq '${MAIN}'${BOUND}`)],
    expected: 'match',
    credentialName: 'flex-eq',
  },
  {
    name: "flexible: matches 'refs/heads/*' covers any branch, slashes included",
    token: githubToken(`repo:${REPO}:ref:refs/heads/feature/login`, { ref: 'refs/heads/feature/login' }),
    credentials: [flexibleCredential('flex-branches', `claims['sub'] matches 'repo:${REPO}:ref:refs/heads/*'${BOUND}`)],
    expected: 'match',
    credentialName: 'flex-branches',
  },
  {
    name: 'flexible: a pattern without a star does not match a longer subject (anchored)',
    token: githubToken(`repo:${REPO}:ref:refs/heads/main-evil`, { ref: 'refs/heads/main-evil' }),
    credentials: [flexibleCredential('flex-main', `claims['sub'] matches '${MAIN}'${BOUND}`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: a pattern for one repository does not admit a look-alike repository',
    token: githubToken('repo:octo-org/octo-repo-fork:environment:prod', { environment: 'prod' }),
    credentials: [flexibleCredential('flex-env', `claims['sub'] matches 'repo:${REPO}:environment:*'${BOUND}`)],
    expected: 'no-subject',
  },
  {
    name: "flexible: '?' matches exactly one character",
    token: githubToken(`repo:${REPO}:ref:refs/tags/v1`, { ref: 'refs/tags/v1' }),
    credentials: [flexibleCredential('flex-tags', `claims['sub'] matches 'repo:${REPO}:ref:refs/tags/v?'${BOUND}`)],
    expected: 'match',
    credentialName: 'flex-tags',
  },
  {
    name: "flexible: '?' does not match two characters",
    token: githubToken(`repo:${REPO}:ref:refs/tags/v10`, { ref: 'refs/tags/v10' }),
    credentials: [flexibleCredential('flex-tags', `claims['sub'] matches 'repo:${REPO}:ref:refs/tags/v?'${BOUND}`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: sub and job_workflow_ref both hold',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential(
        'flex-reusable',
        `claims['sub'] matches 'repo:${REPO}:*' and claims['job_workflow_ref'] matches 'octo-org/octo-automation/.github/workflows/*@refs/heads/main'${BOUND}`,
      ),
    ],
    expected: 'match',
    credentialName: 'flex-reusable',
  },
  {
    name: 'flexible: sub holds but job_workflow_ref is another ref',
    token: githubToken(MAIN, {
      job_workflow_ref: 'octo-org/octo-automation/.github/workflows/deploy.yml@refs/heads/dev',
    }),
    credentials: [
      flexibleCredential(
        'flex-reusable',
        `claims['sub'] eq '${MAIN}' and claims['job_workflow_ref'] eq '${WORKFLOW_REF}'${BOUND}`,
      ),
    ],
    expected: 'no-subject',
  },
  {
    name: 'flexible: the token has no job_workflow_ref claim',
    token: { iss: GITHUB_ISSUER, sub: MAIN, aud: ENTRA_AUDIENCE, repository_id: REPOSITORY_ID },
    credentials: [
      flexibleCredential(
        'flex-wf',
        `claims['sub'] eq '${MAIN}' and claims['job_workflow_ref'] matches 'octo-org/*'${BOUND}`,
      ),
    ],
    expected: 'no-subject',
  },
  {
    name: 'flexible: the pattern matches only ignoring case',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential('flex-upper', `claims['sub'] matches 'repo:Octo-Org/octo-repo:ref:refs/heads/*'${BOUND}`),
    ],
    expected: 'subject-case',
    credentialName: 'flex-upper',
  },
  {
    name: 'flexible: an unparseable expression never matches',
    token: githubToken(MAIN),
    credentials: [flexibleCredential('flex-broken', `claims['sub'] == '${MAIN}'`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: an unknown language version never matches',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential('flex-v2', `claims['sub'] eq '${MAIN}'${BOUND}`, {
        claimsMatchingExpression: { value: `claims['sub'] eq '${MAIN}'${BOUND}`, languageVersion: 2 },
      }),
    ],
    expected: 'no-subject',
  },
  // --- what Entra requires of a GitHub expression since 2026: `sub` and an `eq` on a repository id
  {
    name: 'flexible: an expression without a repository_id/repository_owner_id binding is not accepted',
    token: githubToken(MAIN),
    credentials: [flexibleCredential('flex-old', `claims['sub'] eq '${MAIN}'`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: binding repository_owner_id alone is enough',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential(
        'flex-owner',
        `claims['sub'] matches 'repo:octo-org/*' and claims['repository_owner_id'] eq '${OWNER_ID}'`,
      ),
    ],
    expected: 'match',
    credentialName: 'flex-owner',
  },
  {
    name: 'flexible: binding both ids holds when both equal the token',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential(
        'flex-both',
        `claims['sub'] eq '${MAIN}' and claims['repository_id'] eq '${REPOSITORY_ID}' and claims['repository_owner_id'] eq '${OWNER_ID}'`,
      ),
    ],
    expected: 'match',
    credentialName: 'flex-both',
  },
  {
    name: 'flexible: a repository recreated under the same name has another repository_id',
    token: githubToken(MAIN, { repository_id: '990001' }),
    credentials: [flexibleCredential('flex-recreated', `claims['sub'] eq '${MAIN}'${BOUND}`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: a transferred repository keeps its id but has another owner id',
    token: githubToken(MAIN, { repository_owner_id: '777' }),
    credentials: [
      flexibleCredential(
        'flex-owner',
        `claims['sub'] matches 'repo:octo-org/*' and claims['repository_owner_id'] eq '${OWNER_ID}'`,
      ),
    ],
    expected: 'no-subject',
  },
  {
    name: "flexible: repository_id supports only eq, so 'matches' on it is not accepted",
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential('flex-id-glob', `claims['sub'] eq '${MAIN}' and claims['repository_id'] matches '690*'`),
    ],
    expected: 'no-subject',
  },
  {
    name: "flexible: a binding without a claims['sub'] clause is not accepted",
    token: githubToken(MAIN),
    credentials: [flexibleCredential('flex-no-sub', `claims['repository_id'] eq '${REPOSITORY_ID}'`)],
    expected: 'no-subject',
  },
  {
    name: 'flexible: a claim Entra does not support for GitHub (ref) is not accepted',
    token: githubToken(MAIN),
    credentials: [
      flexibleCredential('flex-ref', `claims['sub'] eq '${MAIN}' and claims['ref'] eq 'refs/heads/main'${BOUND}`),
    ],
    expected: 'no-subject',
  },
  {
    name: 'flexible: the immutable subject bound by both ids',
    token: githubToken(`repo:octo-org@${OWNER_ID}/octo-repo@${REPOSITORY_ID}:ref:refs/heads/main`),
    credentials: [
      flexibleCredential(
        'flex-immutable',
        `claims['sub'] matches 'repo:octo-org@${OWNER_ID}/octo-repo@${REPOSITORY_ID}:*' and claims['repository_id'] eq '${REPOSITORY_ID}' and claims['repository_owner_id'] eq '${OWNER_ID}'`,
      ),
    ],
    expected: 'match',
    credentialName: 'flex-immutable',
  },
  {
    name: 'a credential with both a subject and an expression never matches',
    token: githubToken(MAIN),
    credentials: [
      classicCredential('both', MAIN, {
        claimsMatchingExpression: { value: `claims['sub'] eq '${MAIN}'`, languageVersion: 1 },
      }),
    ],
    expected: 'no-subject',
  },
];
