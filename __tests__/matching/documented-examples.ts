// Subjects, tokens and credentials taken from GitHub's and Entra's own documented examples, each with
// its source. The same table runs against the product (src/matching) and against the emulators' own
// model (emulator/federation), as pure functions and over HTTPS through @azure/identity: a row on
// which they disagree shows one side is wrong, and the source says which.

const GITHUB_OIDC_DOC = 'github/docs content/actions/reference/security/oidc.md';
const ENTRA_FLEXIBLE_SETUP =
  'MicrosoftDocs/entra-docs docs/workload-id/workload-identities-set-up-flexible-federated-identity-credential.md (2026-08-14)';
const ENTRA_FLEXIBLE_CONCEPT =
  'MicrosoftDocs/entra-docs docs/workload-id/workload-identities-flexible-federated-identity-credentials.md';
const ENTRA_IMMUTABLE = 'MicrosoftDocs/entra-docs docs/workload-id/workload-identities-github-immutable-subjects.md';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** A job's claims as GitHub writes them (strings); the ones `sub` is formed from. */
export interface DocumentedJob {
  repository: string;
  repository_owner: string;
  repository_id: string;
  repository_owner_id: string;
  event_name: string;
  ref: string;
  environment?: string;
  [claim: string]: string | undefined;
}

export interface SubjectExample {
  name: string;
  source: string;
  job: DocumentedJob;
  /** include_claim_keys of a customised template; absent for the default form. */
  includeClaimKeys?: string[];
  immutable?: boolean;
  sub: string;
}

const octo = (over: Partial<DocumentedJob> = {}): DocumentedJob => ({
  repository: 'octo-org/octo-repo',
  repository_owner: 'octo-org',
  repository_id: '74',
  repository_owner_id: '65',
  event_name: 'push',
  ref: 'refs/heads/main',
  ...over,
});

export const subjectExamples: SubjectExample[] = [
  {
    name: 'a job that references an environment',
    source: `${GITHUB_OIDC_DOC} "Filtering for a specific environment"`,
    job: octo({ environment: 'Production' }),
    sub: 'repo:octo-org/octo-repo:environment:Production',
  },
  {
    name: 'a pull_request run without an environment',
    source: `${GITHUB_OIDC_DOC} "Filtering for pull_request events"`,
    job: octo({ event_name: 'pull_request', ref: 'refs/pull/12/merge' }),
    sub: 'repo:octo-org/octo-repo:pull_request',
  },
  {
    name: 'an environment takes precedence over the pull_request context',
    source: `${GITHUB_OIDC_DOC} "…but only if the job doesn't reference an environment"`,
    job: octo({ event_name: 'pull_request', ref: 'refs/pull/12/merge', environment: 'Production' }),
    sub: 'repo:octo-org/octo-repo:environment:Production',
  },
  {
    name: 'a branch',
    source: `${GITHUB_OIDC_DOC} "Filtering for a specific branch"`,
    job: octo({ ref: 'refs/heads/demo-branch' }),
    sub: 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch',
  },
  {
    name: 'a tag',
    source: `${GITHUB_OIDC_DOC} "Filtering for a specific tag"`,
    job: octo({ ref: 'refs/tags/demo-tag' }),
    sub: 'repo:octo-org/octo-repo:ref:refs/tags/demo-tag',
  },
  {
    name: "a ':' inside an environment name is written %3A",
    source: `${GITHUB_OIDC_DOC} "Any : within the metadata values will be replaced with %3A"`,
    job: octo({ environment: 'Production:V1' }),
    sub: 'repo:octo-org/octo-repo:environment:Production%3AV1',
  },
  {
    name: 'template repository_owner + repository_visibility',
    source: `${GITHUB_OIDC_DOC} "Example: Allowing repository based on visibility and owner"`,
    job: octo({ repository: 'monalisa/octo-repo', repository_owner: 'monalisa', repository_visibility: 'private' }),
    includeClaimKeys: ['repository_owner', 'repository_visibility'],
    sub: 'repository_owner:monalisa:repository_visibility:private',
  },
  {
    name: 'template repository_owner',
    source: `${GITHUB_OIDC_DOC} "Example: Allowing access to all repositories with a specific owner"`,
    job: octo({ repository: 'monalisa/octo-repo', repository_owner: 'monalisa' }),
    includeClaimKeys: ['repository_owner'],
    sub: 'repository_owner:monalisa',
  },
  {
    name: 'template job_workflow_ref',
    source: `${GITHUB_OIDC_DOC} "Example: Requiring a reusable workflow"`,
    job: octo({ job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main' }),
    includeClaimKeys: ['job_workflow_ref'],
    sub: 'job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
  },
  {
    name: 'template repo + context + job_workflow_ref',
    source: `${GITHUB_OIDC_DOC} "Example: Requiring a reusable workflow and other claims"`,
    job: octo({
      environment: 'prod',
      job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
    }),
    includeClaimKeys: ['repo', 'context', 'job_workflow_ref'],
    sub: 'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
  },
  {
    name: "template environment + repository_owner with a ':' in the environment",
    source: `${GITHUB_OIDC_DOC} "Example: Context value with :"`,
    job: octo({ environment: 'production:eastus' }),
    includeClaimKeys: ['environment', 'repository_owner'],
    sub: 'environment:production%3Aeastus:repository_owner:octo-org',
  },
  {
    name: 'template repository_id',
    source: `${GITHUB_OIDC_DOC} "Example: Using system-generated GUIDs"`,
    job: octo(),
    includeClaimKeys: ['repository_id'],
    sub: 'repository_id:74',
  },
  {
    name: 'template repo_property_workspace_id',
    source: `${GITHUB_OIDC_DOC} "Example: Filtering on a repository custom property"`,
    job: octo({ repo_property_workspace_id: 'ws-abc123' }),
    includeClaimKeys: ['repo_property_workspace_id'],
    sub: 'repo_property_workspace_id:ws-abc123',
  },
  {
    name: 'the name-based subject of contoso/payments-api',
    source: `${ENTRA_IMMUTABLE} "Understand the immutable subject format"`,
    job: octo({
      repository: 'contoso/payments-api',
      repository_owner: 'contoso',
      repository_id: '821093847',
      repository_owner_id: '5544123',
    }),
    sub: 'repo:contoso/payments-api:ref:refs/heads/main',
  },
  {
    name: 'the immutable subject of contoso/payments-api',
    source: `${ENTRA_IMMUTABLE} "Get the immutable repository and owner IDs"`,
    job: octo({
      repository: 'contoso/payments-api',
      repository_owner: 'contoso',
      repository_id: '821093847',
      repository_owner_id: '5544123',
    }),
    immutable: true,
    sub: 'repo:contoso@5544123/payments-api@821093847:ref:refs/heads/main',
  },
];

export interface DocumentedCredential {
  name: string;
  issuer: string;
  subject: string | null;
  audiences: string[];
  claimsMatchingExpression: { value: string; languageVersion: number } | null;
}

/** Entra's answer: the credential accepted, or the AADSTS code. */
export type Expected = { accepted: string } | { code: 700211 | 700212 | 700213 | 7002138 };

export interface SignInExample {
  name: string;
  source: string;
  /** The token's claims besides iss/aud, which default to GitHub's issuer and Entra's audience. */
  claims: Record<string, string>;
  iss?: string;
  aud?: string;
  credential: DocumentedCredential;
  expected: Expected;
}

const classic = (name: string, subject: string): DocumentedCredential => ({
  name,
  issuer: GITHUB_ISSUER,
  subject,
  audiences: [EXCHANGE_AUDIENCE],
  claimsMatchingExpression: null,
});

const flexible = (name: string, value: string): DocumentedCredential => ({
  name,
  issuer: GITHUB_ISSUER,
  subject: null,
  audiences: [EXCHANGE_AUDIENCE],
  claimsMatchingExpression: { value, languageVersion: 1 },
});

const contoso = (over: Record<string, string> = {}): Record<string, string> => ({
  sub: 'repo:contoso/contoso-repo:ref:refs/heads/main',
  repository: 'contoso/contoso-repo',
  repository_owner: 'contoso',
  repository_id: '456789',
  repository_owner_id: '123456',
  ref: 'refs/heads/main',
  event_name: 'push',
  job_workflow_ref: 'contoso/contoso-prod/.github/workflows/deploy.yml@refs/heads/main',
  ...over,
});

const SETUP_EXPRESSION =
  "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*' and claims['repository_id'] eq '456789'";
const OWNER_EXPRESSION =
  "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*' and claims['repository_id'] eq '456789' and claims['repository_owner_id'] eq '123456' and claims['job_workflow_ref'] matches 'contoso/contoso-prod/.github/workflows/*.yml@refs/heads/main'";

export const signInExamples: SignInExample[] = [
  {
    name: "GitHub's Azure example subject, presented by a run on demo-branch",
    source: `${GITHUB_OIDC_DOC} "Configuring the subject in your cloud provider" (Azure row)`,
    claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch' },
    credential: classic('demo-branch', 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch'),
    expected: { accepted: 'demo-branch' },
  },
  {
    name: 'the same credential, a run on another branch',
    source: 'MicrosoftDocs/entra-docs docs/workload-id/workload-identity-federation.md (subject compared exactly)',
    claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
    credential: classic('demo-branch', 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch'),
    expected: { code: 700213 },
  },
  {
    name: 'the same credential, a subject that differs only in case',
    source: 'Entra breaking change "case-sensitive matching" (2024); AADSTS7002138 in Azure/login#515 [T]',
    claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/Demo-Branch' },
    credential: classic('demo-branch', 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch'),
    expected: { code: 7002138 },
  },
  {
    name: "GitHub's default audience (the owner's URL) against Entra's audience",
    source: `${GITHUB_OIDC_DOC} (default aud is the owner URL) and Entra's audiences property`,
    claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch' },
    aud: 'https://github.com/octo-org',
    credential: classic('demo-branch', 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch'),
    expected: { code: 700212 },
  },
  {
    name: 'an enterprise-slug issuer against the plain GitHub issuer',
    source: `${GITHUB_OIDC_DOC} (enterprise issuer https://token.actions.githubusercontent.com/<slug>)`,
    claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch' },
    iss: `${GITHUB_ISSUER}/octo-enterprise`,
    credential: classic('demo-branch', 'repo:octo-org/octo-repo:ref:refs/heads/demo-branch'),
    expected: { code: 700211 },
  },
  {
    name: "Entra's immutable subject credential, a token still in the name-based form",
    source: ENTRA_IMMUTABLE,
    claims: { sub: 'repo:contoso/payments-api:ref:refs/heads/main' },
    credential: classic(
      'payments-api-main-immutable',
      'repo:contoso@5544123/payments-api@821093847:ref:refs/heads/main',
    ),
    expected: { code: 700213 },
  },
  {
    name: "Entra's immutable subject credential, the immutable token",
    source: ENTRA_IMMUTABLE,
    claims: { sub: 'repo:contoso@5544123/payments-api@821093847:ref:refs/heads/main' },
    credential: classic(
      'payments-api-main-immutable',
      'repo:contoso@5544123/payments-api@821093847:ref:refs/heads/main',
    ),
    expected: { accepted: 'payments-api-main-immutable' },
  },
  {
    name: "Entra's set-up example, a run on a feature branch of the bound repository",
    source: ENTRA_FLEXIBLE_SETUP,
    claims: contoso({ sub: 'repo:contoso/contoso-repo:ref:refs/heads/feature/login', ref: 'refs/heads/feature/login' }),
    credential: flexible('MyFlexibleFIC', SETUP_EXPRESSION),
    expected: { accepted: 'MyFlexibleFIC' },
  },
  {
    name: "Entra's set-up example, a repository recreated under the same name (another repository_id)",
    source: `${ENTRA_FLEXIBLE_SETUP} ("repository_id identifies the repository")`,
    claims: contoso({ repository_id: '999001' }),
    credential: flexible('MyFlexibleFIC', SETUP_EXPRESSION),
    expected: { code: 700213 },
  },
  {
    name: "Entra's set-up example, a tag run",
    source: ENTRA_FLEXIBLE_SETUP,
    claims: contoso({ sub: 'repo:contoso/contoso-repo:ref:refs/tags/v1', ref: 'refs/tags/v1' }),
    credential: flexible('MyFlexibleFIC', SETUP_EXPRESSION),
    expected: { code: 700213 },
  },
  {
    name: "Entra's owner-bound example with the reusable workflow",
    source: `${ENTRA_FLEXIBLE_SETUP} "More examples", GitHub tab`,
    claims: contoso(),
    credential: flexible('MyGitHubOwnerFlexibleFIC', OWNER_EXPRESSION),
    expected: { accepted: 'MyGitHubOwnerFlexibleFIC' },
  },
  {
    name: "Entra's owner-bound example, the reusable workflow from another branch",
    source: `${ENTRA_FLEXIBLE_SETUP} "More examples", GitHub tab`,
    claims: contoso({ job_workflow_ref: 'contoso/contoso-prod/.github/workflows/deploy.yml@refs/heads/dev' }),
    credential: flexible('MyGitHubOwnerFlexibleFIC', OWNER_EXPRESSION),
    expected: { code: 700213 },
  },
  {
    name: "Entra's owner-bound example, the repository transferred to another owner",
    source: `${ENTRA_FLEXIBLE_SETUP} ("To require the repository to remain with a specific owner")`,
    claims: contoso({ repository_owner_id: '777777' }),
    credential: flexible('MyGitHubOwnerFlexibleFIC', OWNER_EXPRESSION),
    expected: { code: 700213 },
  },
  {
    name: "the 2024 concept page's expression, without a repository id: no longer accepted for GitHub",
    source: `${ENTRA_FLEXIBLE_CONCEPT} (2024 example) against ${ENTRA_FLEXIBLE_SETUP} ("must match the sub claim and one or both of")`,
    claims: contoso(),
    credential: flexible('old-style', "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*'"),
    expected: { code: 700213 },
  },
  {
    name: "the 2024 concept page's '*' and '????' example, bound to the repository owner",
    source: `${ENTRA_FLEXIBLE_CONCEPT} ("matches" operator row)`,
    claims: contoso({ sub: 'repo:contoso/contoso-repo-api:ref:refs/heads/main', repository_id: '456790' }),
    credential: flexible(
      'wildcards',
      "claims['sub'] matches 'repo:contoso/contoso-repo-*:ref:refs/heads/????' and claims['repository_owner_id'] eq '123456'",
    ),
    expected: { accepted: 'wildcards' },
  },
  {
    name: "the same, '????' against a three-letter branch",
    source: `${ENTRA_FLEXIBLE_CONCEPT} ("?" is a single character)`,
    claims: contoso({ sub: 'repo:contoso/contoso-repo-api:ref:refs/heads/dev', repository_id: '456790' }),
    credential: flexible(
      'wildcards',
      "claims['sub'] matches 'repo:contoso/contoso-repo-*:ref:refs/heads/????' and claims['repository_owner_id'] eq '123456'",
    ),
    expected: { code: 700213 },
  },
  {
    name: "repository_id with 'matches', which Entra supports only with eq",
    source: `${ENTRA_FLEXIBLE_CONCEPT} ("Claim repository_id supports operator eq")`,
    claims: contoso(),
    credential: flexible(
      'id-glob',
      "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*' and claims['repository_id'] matches '4567*'",
    ),
    expected: { code: 700213 },
  },
];
