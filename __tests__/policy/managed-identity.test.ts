// Managed identities are judged exactly like app registrations: the same federated-trust and workflow
// rules fire on the same credentials and jobs, service-principal rules apply to their service principal,
// and every fix speaks Azure Resource Manager (`az identity federated-credential …`), never Graph.
import { describe, expect, it } from '@jest/globals';
import { managedIdentityInventory } from '../../src/arm/identity.js';
import { parseIdentityResourceId } from '../../src/arm/resource-id.js';
import type { AppInventory, FederatedCredential } from '../../src/inventory/model.js';
import { DEFAULT_POLICY, evaluateApp, type EvaluationContext, type Finding } from '../../src/policy/index.js';
import { ficForeignOwner } from '../../src/policy/rules/federation.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';
import { app, context as baseContext, directoryRole, fic, roleAssignment, servicePrincipal } from './fixtures.js';

const RESOURCE_ID =
  '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourceGroups/rg-deploy/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy';
const IDENTITY = parseIdentityResourceId(RESOURCE_ID);
const APP_ID = '11111111-2222-3333-4444-555555555555';
const REPO: RepositoryFacts = {
  owner: 'contoso',
  name: 'api',
  defaultBranch: 'main',
  subjectFormat: { kind: 'default', source: 'api' },
};

/** The same credentials and service principal, as an app registration and as a managed identity. */
function both(credentials: FederatedCredential[], sp = servicePrincipal()): [AppInventory, AppInventory] {
  if (!IDENTITY) throw new Error('fixture resource id must parse');
  return [
    app({ kind: 'application', federatedCredentials: credentials, servicePrincipal: sp }),
    managedIdentityInventory({ ...sp, displayName: 'deploy-api' }, IDENTITY, credentials),
  ];
}

function workflowContext(jobLines: string[], on = 'push'): EvaluationContext {
  const text = [
    'name: Deploy',
    `on: ${on}`,
    'permissions:',
    '  id-token: write',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    ...jobLines.map((l) => `    ${l}`),
    '    steps:',
    '      - uses: azure/login@v2',
    '        with:',
    `          client-id: ${APP_ID}`,
  ].join('\n');
  const analysis = analyseWorkflows([{ path: '.github/workflows/deploy.yml', text }], REPO);
  return { ...baseContext(), workflows: analysis, repository: REPO };
}

const shape = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} ${f.target.kind}:${f.target.name}`).sort();

describe('rules on a managed identity', () => {
  it.each<[string, FederatedCredential[], EvaluationContext]>([
    [
      'fic-case-mismatch (ref:refs/heads/Main against branch main)',
      [fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/Main' })],
      workflowContext([]),
    ],
    [
      'fic-missing (environment job, branch credential only)',
      [fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/main' })],
      workflowContext(['environment: production']),
    ],
    ['fic-pull-request', [fic({ name: 'pr', subject: 'repo:contoso/api:pull_request' })], baseContext()],
    ['fic-issuer-not-allowed', [fic({ name: 'other', issuer: 'https://evil.example.com' })], baseContext()],
    ['fic-audience', [fic({ name: 'aud', audiences: ['api://Other'] })], baseContext()],
    ['fic-wildcard-subject', [fic({ name: 'star', subject: 'repo:contoso/api:ref:refs/heads/*' })], baseContext()],
    ['fic-malformed-subject', [fic({ name: 'bad', subject: 'repo:contoso/api:ref:main' })], baseContext()],
    [
      'fic-near-limit',
      Array.from({ length: 19 }, (_, i) =>
        fic({ id: `f-${i}`, name: `env-${i}`, subject: `repo:contoso/api:environment:e${i}` }),
      ),
      baseContext(),
    ],
    [
      'fic-unused (a credential no job presents)',
      [
        fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/main' }),
        fic({ id: 'f-2', name: 'old', subject: 'repo:contoso/api:environment:legacy' }),
      ],
      workflowContext([]),
    ],
  ])('%s: the same findings as on an app registration, fixed through ARM', (_name, credentials, ctx) => {
    const [registration, identity] = both(credentials);
    const onApp = evaluateApp(registration, DEFAULT_POLICY, ctx).findings;
    const onIdentity = evaluateApp(identity, DEFAULT_POLICY, ctx).findings;
    expect(onApp.length).toBeGreaterThan(0);
    expect(shape(onIdentity)).toEqual(shape(onApp));
    for (const finding of onIdentity.filter(
      (f) => f.target.kind === 'federatedCredential' || f.target.kind === 'workflowJob',
    )) {
      expect(finding.remediation).not.toMatch(/az ad app|graph\.microsoft\.com/);
    }
  });

  it('fic-missing proposes az identity federated-credential create and the ARM REST call', () => {
    const [, identity] = both([fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/main' })]);
    const findings = evaluateApp(identity, DEFAULT_POLICY, workflowContext(['environment: production'])).findings;
    const missing = findings.find((f) => f.rule === 'fic-missing');
    expect(missing?.message).toContain(`signs in as managed identity "deploy-api" (${APP_ID})`);
    expect(missing?.remediation).toBe(
      "Add the credential to the managed identity: `az identity federated-credential create --name 'contoso-api-environment-production' --identity-name 'id-deploy' --resource-group 'rg-deploy' --subscription '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f' --issuer 'https://token.actions.githubusercontent.com' --subject 'repo:contoso/api:environment:production' --audiences 'api://AzureADTokenExchange'` — or through Azure Resource Manager: " +
        `\`az rest --method PUT --url '${RESOURCE_ID}/federatedIdentityCredentials/contoso-api-environment-production?api-version=2023-01-31' --body '{"properties":{"issuer":"https://token.actions.githubusercontent.com","subject":"repo:contoso/api:environment:production","audiences":["api://AzureADTokenExchange"]}}'\``,
    );
  });

  it('fic-case-mismatch proposes az identity federated-credential update with the exact subject', () => {
    const [, identity] = both([fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/Main' })]);
    const findings = evaluateApp(identity, DEFAULT_POLICY, workflowContext([])).findings;
    const mismatch = findings.find((f) => f.rule === 'fic-case-mismatch');
    expect(mismatch?.message).toContain('of managed identity "deploy-api"');
    expect(mismatch?.remediation).toBe(
      "Set the subject to \"repo:contoso/api:ref:refs/heads/main\": `az identity federated-credential update --name 'main' --identity-name 'id-deploy' --resource-group 'rg-deploy' --subscription '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f' --issuer 'https://token.actions.githubusercontent.com' --subject 'repo:contoso/api:ref:refs/heads/main' --audiences 'api://AzureADTokenExchange'`.",
    );
  });

  it('fic-pull-request deletes through az identity federated-credential delete', () => {
    const [, identity] = both([fic({ name: 'pr', subject: 'repo:contoso/api:pull_request' })]);
    const finding = evaluateApp(identity, DEFAULT_POLICY, baseContext()).findings.find(
      (f) => f.rule === 'fic-pull-request',
    );
    expect(finding?.remediation).toContain(
      "`az identity federated-credential delete --name 'pr' --identity-name 'id-deploy' --resource-group 'rg-deploy' --subscription '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f' --yes`",
    );
  });

  it('a job whose subject varies is told that a managed identity has no flexible credentials', () => {
    const [, identity] = both([fic({ name: 'main', subject: 'repo:contoso/api:ref:refs/heads/main' })]);
    const ctx = workflowContext([], '{ push: { branches: ["release/*"] } }');
    const findings = evaluateApp(identity, DEFAULT_POLICY, ctx).findings.filter((f) => f.rule === 'fic-missing');
    expect(findings.map((f) => f.remediation)).toEqual([
      expect.stringContaining('A managed identity supports no flexible federated credentials'),
    ]);
  });

  it('fic-foreign-owner names the managed identity and deletes through ARM', () => {
    const [registration, identity] = both([fic({ name: 'foreign', subject: 'repo:fabrikam/api:ref:refs/heads/main' })]);
    const ctx = baseContext({ allowedOwners: ['contoso'] });
    expect(ficForeignOwner.check(registration, ctx)).toHaveLength(1);
    const [hit] = ficForeignOwner.check(identity, ctx);
    expect(hit?.message).toContain('of managed identity "deploy-api"');
    expect(hit?.remediation).toContain(
      "`az identity federated-credential delete --name 'foreign' --identity-name 'id-deploy'",
    );
  });

  it('service-principal rules apply to its service principal; application secrets cannot exist on it', () => {
    const sp = servicePrincipal({
      appRoleAssignments: [roleAssignment('Application.ReadWrite.All', '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9')],
      directoryRoles: [directoryRole('Global Administrator', '62e90394-69f5-4237-9190-012177145e10')],
    });
    const [registration, identity] = both([], sp);
    expect(identity.passwordCredentials).toEqual([]);
    expect(identity.keyCredentials).toEqual([]);
    const rules = (a: AppInventory) =>
      evaluateApp(a, DEFAULT_POLICY, baseContext())
        .findings.map((f) => f.rule)
        .sort();
    expect(rules(identity)).toEqual(rules(registration));
    expect(rules(identity).length).toBeGreaterThanOrEqual(2);
  });
});
