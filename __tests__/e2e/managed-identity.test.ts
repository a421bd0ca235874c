// Issue 12 ("Done when"): the bundled action audits a user-assigned managed identity given in `apps`. Its
// service principal comes from Graph, its federated credentials from the ARM emulator (token audience
// checked, Reader role checked, paged, faults); a job that signs in as it and whose subject it does not
// trust gets fic-case-mismatch or fic-missing on that job, and a missing Reader role is "not evaluated".
import { describe, expect, it } from '@jest/globals';
import { userAssignedIdentity } from '../../emulator/arm.js';
import type { TenantFixture } from '../../emulator/tenant.js';
import { useEmulators } from '../helpers/emulators.js';
import { annotations, buildTenant, githubFixture, GUARD, REPO, ruleTargets, runGuard, TENANT_ID } from './harness.js';

const SUBSCRIPTION = '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f';
const CLIENT_ID = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9';
const { identity, servicePrincipal } = userAssignedIdentity({
  name: 'id-payments-infra',
  subscriptionId: SUBSCRIPTION,
  resourceGroup: 'rg-payments',
  clientId: CLIENT_ID,
  principalId: '8b4d6f1a-3c25-4e79-a0b1-c2d3e4f5a6b0',
  tenantId: TENANT_ID,
  credentials: [
    { name: 'payments-main', subject: `repo:${REPO}:ref:refs/heads/Main` },
    { name: 'payments-staging', subject: `repo:${REPO}:environment:staging` },
  ],
});

function tenantWithIdentity(): TenantFixture {
  const tenant = buildTenant([]);
  const guardSp = tenant.servicePrincipals.find((s) => s.appId === GUARD.appId);
  if (!guardSp) throw new Error('the harness tenant has the guard');
  tenant.servicePrincipals.push(structuredClone(servicePrincipal));
  tenant.arm = {
    userAssignedIdentities: [structuredClone(identity)],
    roleAssignments: [
      {
        principalId: guardSp.id,
        roleDefinitionName: 'Reader',
        scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-payments`,
      },
    ],
    pageSize: 1, // two credentials: two pages
  };
  return tenant;
}

const deployWorkflow = `name: Infrastructure
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  provision:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${CLIENT_ID}
          tenant-id: ${TENANT_ID}
          subscription-id: ${SUBSCRIPTION}
  release:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${CLIENT_ID}
          tenant-id: ${TENANT_ID}
          subscription-id: ${SUBSCRIPTION}
`;

const emulators = useEmulators(() => ({ tenant: tenantWithIdentity(), github: githubFixture() }));
const run = (inputs: Record<string, string> = {}) =>
  runGuard(emulators(), {
    apps: [CLIENT_ID],
    inputs: { 'arm-endpoint': emulators().arm.url, ...inputs },
    files: { '.github/workflows/infra.yml': deployWorkflow },
  });

describe('the action on a managed identity', () => {
  it('reports fic-case-mismatch and fic-missing on the jobs that sign in as it, fixed through ARM', async () => {
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.report?.apps).toEqual([
      {
        appId: CLIENT_ID,
        objectId: '8b4d6f1a-3c25-4e79-a0b1-c2d3e4f5a6b0',
        displayName: 'id-payments-infra',
        kind: 'managedIdentity',
        resourceId: `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra`,
      },
    ]);
    expect(ruleTargets(result)).toEqual([
      'fic-case-mismatch federatedCredential:payments-main',
      'fic-missing workflowJob:release',
      'fic-unprotected-environment federatedCredential:payments-staging',
      'fic-unused federatedCredential:payments-staging',
    ]);
    const missing = result.report?.findings.find((f) => f.rule === 'fic-missing');
    expect(missing?.remediation).toContain(
      "az identity federated-credential create --name 'contoso-payments-api-environment-production' --identity-name 'id-payments-infra' --resource-group 'rg-payments'",
    );
    // Annotated on the workflow lines of the jobs, naming the managed identity.
    const errors = annotations(result.stdout).filter((a) => a.command === 'error' && a.properties.file);
    expect(errors.map((a) => [a.properties.file, a.properties.line])).toEqual([
      ['.github/workflows/infra.yml', '9'],
      ['.github/workflows/infra.yml', '19'],
    ]);
    expect(result.summary).toContain('Managed identity id-payments-infra');
    // Both pages of the identity's credentials were read from ARM, each with a bearer token.
    const arm = emulators().log.of('arm');
    expect(arm.map((e) => [e.status, e.headers.authorization, /skipToken=1/.test(e.path)])).toEqual([
      [200, 'Bearer [redacted]', false],
      [200, 'Bearer [redacted]', true],
    ]);
  });

  it('retries ARM when it throttles (429, Retry-After) and still reads the identity', async () => {
    emulators().faults.add({ service: 'arm', kind: 'status', status: 429, retryAfter: 0, times: 1 });
    const result = await run();
    expect(result.report?.notEvaluated).toEqual([]);
    expect(
      emulators()
        .log.of('arm')
        .map((e) => e.status),
    ).toEqual([429, 200, 200]);
  });

  it('is not evaluated, with the Reader role as the fix, when the guard may not read the identity', async () => {
    const arm = emulators().tenant.fixture.arm;
    if (!arm) throw new Error('ARM fixture');
    const roles = arm.roleAssignments;
    arm.roleAssignments = [
      // A role on another resource group does not count.
      {
        principalId: roles[0]?.principalId ?? '',
        roleDefinitionName: 'Reader',
        scope: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-other`,
      },
    ];
    try {
      const result = await run();
      expect(result.report?.apps).toEqual([]);
      expect(result.report?.notEvaluated).toHaveLength(1);
      const reason = result.report?.notEvaluated[0]?.reason ?? '';
      expect(reason).toContain('HTTP 403 AuthorizationFailed');
      expect(reason).toContain('Give the guard');
      expect(reason).toContain(
        `--role Reader --scope '/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra'`,
      );
      expect(result.summary).toContain('Not evaluated');
    } finally {
      arm.roleAssignments = roles;
    }
  });
});
