// Client ids kept in secrets: mapped by the policy's client-ids, or (without a mapping) judged against the
// apps the user named together, or in a scan of every app against those that trust the repository. Before
// this, a job signing in with `client-id: ${{ secrets.AZURE_CLIENT_ID }}` was never attributed to any app,
// so its broken sign-in went unreported.
import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/audit.js';
import type { AppInventory, FederatedCredential } from '../../src/inventory/model.js';
import { compilePolicy, DEFAULT_POLICY } from '../../src/policy/index.js';
import type { Finding } from '../../src/policy/types.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';

const GH = 'https://token.actions.githubusercontent.com';
const REPO: RepositoryFacts = {
  owner: 'contoso',
  name: 'api',
  defaultBranch: 'main',
  subjectFormat: { kind: 'default', source: 'api' },
};
const DEPLOY = '11111111-2222-3333-4444-555555555555';
const PROD = '22222222-3333-4444-5555-666666666666';
const OTHER = '33333333-4444-5555-6666-777777777777';

function fic(name: string, subject: string): FederatedCredential {
  return {
    id: `id-${name}`,
    name,
    issuer: GH,
    subject,
    audiences: ['api://AzureADTokenExchange'],
    description: null,
    claimsMatchingExpression: null,
  };
}

function app(appId: string, displayName: string, credentials: FederatedCredential[]): AppInventory {
  return {
    appId,
    objectId: `obj-${displayName}`,
    displayName,
    createdDateTime: '2025-01-01T00:00:00Z',
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials: credentials,
    servicePrincipal: null,
  };
}

const WORKFLOW = `name: Deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          client-id: \${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: \${{ secrets.AZURE_TENANT_ID }}
          allow-no-subscriptions: true
  release:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/login@v2
        with:
          client-id: \${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: \${{ secrets.AZURE_TENANT_ID }}
          allow-no-subscriptions: true
  legacy:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          creds: \${{ secrets.AZURE_CREDENTIALS }}
`;

const analysis = analyseWorkflows([{ path: '.github/workflows/deploy.yml', text: WORKFLOW }], REPO);
const deployApp = app(DEPLOY, 'api-deploy', [fic('main', 'repo:contoso/api:ref:refs/heads/main')]);
const prodApp = app(PROD, 'api-prod', [fic('staging', 'repo:contoso/api:environment:staging')]);
const unrelated = app(OTHER, 'billing', [fic('billing', 'repo:contoso/billing:ref:refs/heads/main')]);

const summary = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.rule.startsWith('fic-missing') || f.rule === 'workflow-secret-sign-in')
    .map((f) => `${f.rule} ${f.appId} ${f.target.id} ${f.location ? `${f.location.file}:${f.location.line}` : ''}`);

async function run(apps: AppInventory[], policyText: string | null, assume?: 'named' | 'trusts-repository') {
  const policy = policyText === null ? DEFAULT_POLICY : compilePolicy(policyText, 'policy.yml');
  return audit(
    apps.map((a) => ({ app: a })),
    {
      policy,
      context: { now: new Date('2026-09-01T00:00:00Z'), workflows: analysis, repository: REPO },
      ...(assume ? { assumeUnattributed: assume } : {}),
    },
  );
}

describe('client ids kept in secrets', () => {
  it('without a mapping or named apps, a secret client id is not attributed (the old behaviour)', async () => {
    expect(summary((await run([deployApp, prodApp], null)).findings)).toEqual([]);
  });

  it("client-ids maps NAME@environment to the app that environment's secret holds", async () => {
    const policy = `version: 1\nclient-ids:\n  AZURE_CLIENT_ID: ${DEPLOY}\n  AZURE_CLIENT_ID@production: ${PROD}\n`;
    const report = await run([deployApp, prodApp], policy);
    // build (push main) signs in as api-deploy, which trusts main; release (environment production) as api-prod,
    // which trusts only staging.
    expect(summary(report.findings)).toEqual([
      `fic-missing ${PROD} .github/workflows/deploy.yml#release .github/workflows/deploy.yml:19`,
    ]);
    expect(report.findings.find((f) => f.rule === 'fic-missing')?.message).not.toContain('assumed');
  });

  it('with named apps, an unreadable client id is judged against all of them together, and says so', async () => {
    const report = await run([deployApp, prodApp], null, 'named');
    // build presents ref main: api-deploy trusts it, so no finding although api-prod does not.
    // release presents environment production: neither trusts it, one finding (with the first named app).
    expect(summary(report.findings)).toEqual([
      `fic-missing ${DEPLOY} .github/workflows/deploy.yml#release .github/workflows/deploy.yml:19`,
      `workflow-secret-sign-in ${DEPLOY} .github/workflows/deploy.yml#legacy .github/workflows/deploy.yml:29`,
    ]);
    const missing = report.findings.find((f) => f.rule === 'fic-missing');
    expect(missing?.message).toContain('the attribution was assumed');
    expect(missing?.message).toContain(
      'the apps named, "api-deploy" (11111111-2222-3333-4444-555555555555), "api-prod"',
    );
  });

  it('in a scan of every app, unreadable client ids go to the apps whose credentials trust the repository', async () => {
    const report = await run([unrelated, prodApp, deployApp], null, 'trusts-repository');
    expect(summary(report.findings)).toEqual([
      `fic-missing ${PROD} .github/workflows/deploy.yml#release .github/workflows/deploy.yml:19`,
      `workflow-secret-sign-in ${PROD} .github/workflows/deploy.yml#legacy .github/workflows/deploy.yml:29`,
    ]);
    expect(report.findings.find((f) => f.rule === 'fic-missing')?.message).toContain(
      'the apps whose credentials trust this repository',
    );
  });

  // The issue's other broken sign-ins, each with a secret client id judged against the one app named.
  it.each([
    ['a credential that names another repository', 'repo:contoso/api-legacy:environment:production'],
    ['a placeholder subject never replaced', 'repo:<org>/<repo>:environment:production'],
    ['a branch credential while the job uses an environment', 'repo:contoso/api:ref:refs/heads/main'],
  ])('%s: the release job gets fic-missing', async (_name, subject) => {
    const only = app(DEPLOY, 'api-deploy', [fic('only', subject), fic('main', 'repo:contoso/api:ref:refs/heads/main')]);
    const report = await run([only], null, 'named');
    expect(summary(report.findings).filter((f) => f.startsWith('fic-missing'))).toEqual([
      `fic-missing ${DEPLOY} .github/workflows/deploy.yml#release .github/workflows/deploy.yml:19`,
    ]);
  });

  it('a pull_request run with a main-only credential gets fic-missing', async () => {
    const pr = analyseWorkflows(
      [
        {
          path: '.github/workflows/pr.yml',
          text: 'on: pull_request\npermissions:\n  id-token: write\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n',
        },
      ],
      REPO,
    );
    const report = await audit([{ app: deployApp }], {
      policy: DEFAULT_POLICY,
      context: { now: new Date('2026-09-01T00:00:00Z'), workflows: pr, repository: REPO },
      assumeUnattributed: 'named',
    });
    expect(summary(report.findings)).toEqual([
      `fic-missing ${DEPLOY} .github/workflows/pr.yml#preview .github/workflows/pr.yml:5`,
    ]);
  });
});
