// Issue 15 ("Done when"): a pull request in a repository set up as the README says runs the guard with no Azure
// trust at all: the guard judges the pull request's workflows against the snapshot a protected job exported for
// pull requests, signs in to nothing, and gets fic-missing on the job the change breaks.
import { describe, expect, it } from '@jest/globals';
import { buildSnapshot, renderSnapshot } from '../../src/snapshot/index.js';
import { forPullRequests } from '../../src/snapshot/pull-requests.js';
import { useEmulators } from '../helpers/emulators.js';
import { app, buildTenant, githubFixture, OWNER, NAME, repoFic, runGuard, TENANT_ID } from './harness.js';

const DEPLOY = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-production', 'environment:production')],
});
const emulators = useEmulators(() => ({ tenant: buildTenant([{ app: DEPLOY }]), github: githubFixture() }));

/** What `export --for-pull-requests OWNER/REPO` writes, built from the tenant's own Graph JSON. */
function pullRequestSnapshot(exportedAt: Date): string {
  const application = emulators().tenant.fixture.applications.find((a) => a.appId === DEPLOY.appId);
  if (!application) throw new Error('the deploy app is in the tenant');
  const snapshot = buildSnapshot({
    tenant: TENANT_ID,
    exportedAt,
    apps: [{ application: structuredClone(application) as unknown as Record<string, unknown>, servicePrincipal: null }],
    notEvaluated: [],
    graphServicePrincipal: null,
  });
  return renderSnapshot(forPullRequests(snapshot, { owner: OWNER, name: NAME }));
}

/** A user-assigned managed identity in a snapshot (version 2), its one credential spelling the branch `Main`. */
const IDENTITY = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9';
const RESOURCE =
  '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra';
function managedIdentitySnapshot(): string {
  return renderSnapshot(
    buildSnapshot({
      tenant: TENANT_ID,
      exportedAt: new Date(),
      apps: [
        {
          application: null,
          servicePrincipal: {
            id: '8b4d6f1a-3c25-4e79-a0b1-c2d3e4f5a6b0',
            appId: IDENTITY,
            displayName: 'id-payments-infra',
            accountEnabled: true,
            servicePrincipalType: 'ManagedIdentity',
            alternativeNames: ['isExplicit=True', RESOURCE],
            passwordCredentials: [],
            keyCredentials: [],
            appRoleAssignments: [],
            memberOf: [],
          },
          managedIdentity: {
            resourceId: RESOURCE,
            federatedIdentityCredentials: [
              {
                id: `${RESOURCE}/federatedIdentityCredentials/payments-api-main`,
                name: 'payments-api-main',
                type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
                properties: {
                  issuer: 'https://token.actions.githubusercontent.com',
                  subject: `repo:${OWNER}/${NAME}:ref:refs/heads/Main`,
                  audiences: ['api://AzureADTokenExchange'],
                },
              },
            ],
          },
        },
      ],
      notEvaluated: [],
      graphServicePrincipal: null,
    }),
  );
}

/** The pull request moves the deploy job to an environment no credential of the app trusts. */
function deployWorkflow(environment: string): string {
  return `name: Deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: ${environment}
    permissions:
      id-token: write
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${DEPLOY.appId}
          tenant-id: ${TENANT_ID}
          allow-no-subscriptions: true
`;
}

describe('a pull request checked from a snapshot, with no Azure trust', () => {
  it.each([
    ['production', 0, []],
    ['production-eu', 1, [['fic-missing', '.github/workflows/deploy.yml', 10]]],
  ] as const)('environment %s: exit %d, findings %j, and nothing signs in', async (environment, code, expected) => {
    emulators().log.clear();
    const run = await runGuard(emulators(), {
      apps: [],
      // A fork's pull request: GitHub gives it no OIDC token, and the guard needs none.
      event: 'fork_pull_request',
      inputs: { snapshot: 'pr-snapshot.json', 'client-id': '', 'fail-on': 'error' },
      files: {
        'pr-snapshot.json': pullRequestSnapshot(new Date()),
        '.github/workflows/deploy.yml': deployWorkflow(environment),
      },
    });
    expect(
      (run.report?.findings ?? [])
        .filter((f) => f.severity === 'error')
        .map((f) => [f.rule, f.location?.file, f.location?.line]),
    ).toEqual(expected);
    expect(run.code).toBe(code);
    expect(run.report?.scope?.snapshot).toEqual({ exportedAt: expect.any(String), tenant: TENANT_ID });
    // No Entra, no Graph, no token request: the only trust is the protected job that exported the snapshot.
    expect(emulators().log.entries.filter((e) => e.service === 'entra' || e.service === 'graph')).toEqual([]);
  });

  it('a managed identity from a snapshot: its credential differs in case only, fic-case-mismatch on the job', async () => {
    const run = await runGuard(emulators(), {
      apps: [],
      event: 'fork_pull_request',
      inputs: { snapshot: 'mi-snapshot.json', 'client-id': '', 'fail-on': 'error' },
      files: {
        'mi-snapshot.json': managedIdentitySnapshot(),
        '.github/workflows/infra.yml': deployWorkflow('production')
          .replace(`client-id: ${DEPLOY.appId}`, `client-id: ${IDENTITY}`)
          .replace('    environment: production\n', ''),
      },
    });
    expect(run.report?.apps).toEqual([
      expect.objectContaining({ appId: IDENTITY, kind: 'managedIdentity', resourceId: RESOURCE }),
    ]);
    expect(
      (run.report?.findings ?? [])
        .filter((f) => f.severity === 'error')
        .map((f) => [f.rule, f.location?.file, f.location?.line]),
    ).toEqual([['fic-case-mismatch', '.github/workflows/infra.yml', 8]]);
    expect(run.code).toBe(1);
    expect(emulators().log.entries.filter((e) => ['entra', 'graph', 'arm'].includes(e.service))).toEqual([]);
  });

  it('a snapshot older than snapshot-max-age-days is reported stale', async () => {
    const run = await runGuard(emulators(), {
      apps: [],
      event: 'fork_pull_request',
      inputs: { snapshot: 'pr-snapshot.json', 'client-id': '', 'fail-on': 'error' },
      files: {
        'pr-snapshot.json': pullRequestSnapshot(new Date(Date.now() - 9 * 86_400_000)),
        '.github/workflows/deploy.yml': deployWorkflow('production'),
      },
    });
    expect(run.report?.findings.filter((f) => f.rule === 'snapshot-stale').map((f) => f.severity)).toEqual(['warning']);
  });
});
