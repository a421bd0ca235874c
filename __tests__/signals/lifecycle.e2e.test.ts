// Usage and lifecycle (issue 14) end to end against the emulators, through the real SDKs over HTTPS: the CLI's
// tenant scan (DefaultAzureCredential with workload identity, the Graph SDK client) and the action's reader
// (ClientAssertionCredential with a GitHub OIDC token), each rule on its positive and its negative case.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, fic, secret, servicePrincipal, stableGuid, tenant } from '../../emulator/fixtures.js';
import {
  credentialSignInActivity,
  recommendation,
  restriction,
  servicePrincipalSignInActivity,
  servicePrincipalOwner,
  tenantAppManagementPolicy,
  userOwner,
} from '../../emulator/lifecycle-fixtures.js';
import { entraIdP2Sku, workloadIdSku } from '../../emulator/signals-fixtures.js';
import type { LifecycleFixture } from '../../emulator/graph/lifecycle.js';
import type { TenantFixture } from '../../emulator/tenant.js';
import { actionLiveReads } from '../../src/action/inventory.js';
import { check } from '../../src/engine/check.js';
import { getInputs } from '../../src/config/inputs.js';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import type { Finding } from '../../src/policy/types.js';
import type { Report } from '../../src/report/model.js';
import { useEmulators } from '../helpers/emulators.js';
import { runCli } from '../cli/run.js';

const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const inDays = (n: number) => daysAgo(-n);

const guard = app({
  displayName: 'efg-guard',
  createdDateTime: daysAgo(400),
  federatedIdentityCredentials: [fic({ name: 'main', subject: 'repo:octo-org/octo-repo:ref:refs/heads/main' })],
});
const guardSp = servicePrincipal({
  app: guard,
  graphPermissions: [
    'Application.Read.All',
    'LicenseAssignment.Read.All',
    'AuditLog.Read.All',
    'DirectoryRecommendations.Read.All',
    'Policy.Read.All',
  ],
});
const unusedSecret = secret({ displayName: 'old-ci', startDateTime: daysAgo(300), endDateTime: inDays(300) });
const stale = app({ displayName: 'stale-deploy', createdDateTime: daysAgo(300), passwordCredentials: [unusedSecret] });
const staleSp = servicePrincipal({ app: stale });
const usedSecret = secret({ displayName: 'ci', startDateTime: daysAgo(300), endDateTime: inDays(300) });
const active = app({ displayName: 'active-deploy', createdDateTime: daysAgo(300), passwordCredentials: [usedSecret] });
const activeSp = servicePrincipal({ app: active });
const fresh = app({ displayName: 'fresh-deploy', createdDateTime: daysAgo(10) });
const freshSp = servicePrincipal({ app: fresh });
const privileged = app({ displayName: 'privileged-deploy', createdDateTime: daysAgo(300) });
const privilegedSp = servicePrincipal({ app: privileged, graphPermissions: ['Application.ReadWrite.All'] });
const referenced = {
  ...app({ displayName: 'referenced-deploy', createdDateTime: daysAgo(300) }),
  serviceManagementReference: 'TEAM-42',
};
const referencedSp = servicePrincipal({ app: referenced });
const orphan = app({ displayName: 'orphan-deploy', createdDateTime: daysAgo(300) });
const orphanSp = servicePrincipal({ app: orphan });
// Agent ID: a blueprint is an application subtype; its secret is judged like any other.
const BLUEPRINT = { '@odata.type': '#microsoft.graph.agentIdentityBlueprint' };
const blueprint = {
  ...app({
    displayName: 'support-agent-blueprint',
    createdDateTime: daysAgo(300),
    passwordCredentials: [secret({ displayName: 'agent-secret', startDateTime: daysAgo(5), endDateTime: inDays(60) })],
  }),
  ...BLUEPRINT,
};
const blueprintSp = servicePrincipal({ app: blueprint });
const sponsored = { ...app({ displayName: 'sponsored-blueprint', createdDateTime: daysAgo(300) }), ...BLUEPRINT };
const sponsoredSp = servicePrincipal({ app: sponsored });
const agent = (name: string, of: { appId: string }, sponsors: Record<string, unknown>[]) => ({
  id: stableGuid(`agent:${name}`),
  appId: stableGuid(`agent:${name}`),
  displayName: name,
  servicePrincipalType: 'ServiceIdentity',
  agentIdentityBlueprintId: of.appId,
  createdDateTime: daysAgo(30),
  sponsors,
});

const OWNER = userOwner('dev@contoso.com');

function lifecycle(over: LifecycleFixture = {}): LifecycleFixture {
  return {
    servicePrincipalSignInActivities: [
      servicePrincipalSignInActivity(guard, daysAgo(1)),
      servicePrincipalSignInActivity(stale, daysAgo(200)),
      servicePrincipalSignInActivity(active, daysAgo(2)),
      servicePrincipalSignInActivity(privileged, daysAgo(3)),
      servicePrincipalSignInActivity(referenced, daysAgo(3)),
      servicePrincipalSignInActivity(orphan, daysAgo(3)),
      servicePrincipalSignInActivity(blueprint, daysAgo(1)),
      servicePrincipalSignInActivity(sponsored, daysAgo(1)),
    ],
    appCredentialSignInActivities: [
      credentialSignInActivity(stale, unusedSecret, null),
      credentialSignInActivity(active, usedSecret, daysAgo(2)),
    ],
    recommendations: [
      recommendation(TENANT, 'staleAppCreds', [stale]),
      recommendation(TENANT, 'applicationCredentialExpiry', [active]),
      recommendation(TENANT, 'staleApps', [
        { appId: '11111111-2222-4333-8444-555555555555', displayName: 'elsewhere' },
      ]),
    ],
    defaultAppManagementPolicy: tenantAppManagementPolicy(false, []),
    owners: {
      [guard.id]: [OWNER],
      [active.id]: [OWNER],
      [stale.id]: [OWNER],
      [freshSp.id]: [servicePrincipalOwner(guardSp)],
      [privileged.id]: [OWNER],
      [blueprint.id]: [OWNER],
      [sponsored.id]: [OWNER],
    },
    sponsors: { [sponsored.id]: [OWNER] },
    agentIdentities: [
      agent('triage-agent', blueprint, []),
      agent('billing-agent', sponsored, [OWNER]),
      agent('lonely-agent', sponsored, []),
    ],
    ...over,
  };
}

const TENANT = tenant().tenantId;
function fixture(): TenantFixture {
  return {
    ...tenant({
      applications: [guard, stale, active, fresh, privileged, referenced, orphan, blueprint, sponsored],
      servicePrincipals: [
        guardSp,
        staleSp,
        activeSp,
        freshSp,
        privilegedSp,
        referencedSp,
        orphanSp,
        blueprintSp,
        sponsoredSp,
      ],
    }),
    signals: { subscribedSkus: [entraIdP2Sku(), workloadIdSku('P2')] },
    lifecycle: lifecycle(),
  };
}

const emulators = useEmulators({ tenant: fixture() });
const work = mkdtempSync(join(tmpdir(), 'efg-lifecycle-'));
const saved = { ...process.env };

beforeAll(() => {
  const file = join(work, 'token');
  writeFileSync(file, emulators().oidc.mintToken({ audience: 'api://AzureADTokenExchange', expiresInSeconds: 3600 }));
  process.env.AZURE_TENANT_ID = TENANT;
  process.env.AZURE_CLIENT_ID = guard.appId;
  process.env.AZURE_FEDERATED_TOKEN_FILE = file;
  process.env.AZURE_AUTHORITY_HOST = emulators().entra.url;
});
afterAll(() => {
  for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'])
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  const state = emulators().tenant;
  state.fixture.lifecycle = lifecycle();
  state.fixture.signals = { subscribedSkus: [entraIdP2Sku(), workloadIdSku('P2')] };
});

async function scan(...extra: string[]): Promise<Report> {
  const run = await runCli(
    [
      'scan',
      ...(extra.includes('--apps') ? [] : ['--all']),
      ...['--format', 'json', '--quiet', '--graph-endpoint', emulators().graph.url, ...extra],
    ],
    { now: NOW },
  );
  expect(run.stderr).not.toMatch(/Could not/);
  return JSON.parse(run.stdout) as Report;
}

/** Findings of one rule as [app display name or tenant, target kind]. */
const of = (report: { findings: Finding[]; apps: { appId: string; displayName: string }[] }, rule: string) =>
  report.findings
    .filter((f) => f.rule === rule)
    .map((f) => [report.apps.find((a) => a.appId === f.appId)?.displayName ?? 'tenant', f.target.kind]);

const statuses = (report: Pick<Report, 'signals'>) =>
  Object.fromEntries((report.signals ?? []).map((s) => [s.signal, s.status]));

describe('tenant scan (CLI)', () => {
  it('reads every lifecycle signal and each rule fires on its case only', async () => {
    const report = await scan();
    expect(statuses(report)).toMatchObject({
      'service-principal-sign-in-activity': 'available',
      'app-credential-sign-in-activity': 'available',
      'directory-recommendations': 'available',
      'app-management-policy': 'available',
      owners: 'available',
    });
    expect(of(report, 'service-principal-unused')).toEqual([['stale-deploy', 'servicePrincipal']]);
    expect(of(report, 'credential-unused')).toEqual([['stale-deploy', 'secret']]);
    // staleAppCreds on stale-deploy is merged into credential-unused; the expiry one stands alone.
    expect(of(report, 'entra-recommendation')).toEqual([['active-deploy', 'application']]);
    expect(report.findings.find((f) => f.rule === 'credential-unused')?.message).toContain(
      'Microsoft Entra recommends the same ("Remove unused credentials from applications", "staleAppCreds")',
    );
    expect(report.findings.find((f) => f.rule === 'entra-recommendation')?.remediation).toContain(
      "Entra's action steps:",
    );
    expect(of(report, 'privileged-app-owner')).toEqual([['privileged-deploy', 'application']]);
    // A tenant scan reads owners of privileged apps and blueprints only (orphan-deploy is neither), and says so.
    expect(of(report, 'app-without-owner')).toEqual([]);
    expect(report.signals?.find((s) => s.signal === 'owners')?.reason).toContain(
      'the privileged apps and the agent identity blueprints only',
    );
    expect(of(report, 'app-management-policy-weak')).toEqual([['tenant', 'tenant']]);
    // Agent ID: blueprints are shown as such, judged by the credential rules, and need sponsors.
    expect(report.apps.filter((a) => a.kind === 'agentIdentityBlueprint').map((a) => [a.displayName, a.kind])).toEqual([
      ['sponsored-blueprint', 'agentIdentityBlueprint'],
      ['support-agent-blueprint', 'agentIdentityBlueprint'],
    ]);
    expect(of(report, 'client-secret-present')).toContainEqual(['support-agent-blueprint', 'secret']);
    expect(
      report.findings.filter((f) => f.rule === 'agent-without-sponsor').map((f) => [f.target.kind, f.target.name]),
    ).toEqual([
      ['application', 'support-agent-blueprint'],
      ['servicePrincipal', 'triage-agent'],
      ['servicePrincipal', 'lonely-agent'],
    ]);
    expect(report.findings.find((f) => f.rule === 'app-management-policy-weak')?.message).toContain('is disabled');
  });

  it("scan --apps reads every listed app's owners: app-without-owner on the ownerless one only", async () => {
    const report = await scan('--apps', [orphan.appId, referenced.appId, active.appId].join(','));
    expect(of(report, 'app-without-owner')).toEqual([['orphan-deploy', 'application']]);
    expect(report.findings.find((f) => f.rule === 'app-without-owner')?.message).toContain(
      'serviceManagementReference',
    );
  });

  it('stays quiet when the policy blocks new secrets and everything is owned or referenced', async () => {
    const state = emulators().tenant;
    state.fixture.lifecycle = lifecycle({
      defaultAppManagementPolicy: tenantAppManagementPolicy(true, [restriction('passwordAddition')]),
      recommendations: [],
    });
    (state.fixture.lifecycle.owners as Record<string, unknown[]>)[orphanSp.id] = [OWNER];
    const report = await scan('--apps', [orphan.appId, referenced.appId, active.appId].join(','));
    expect(of(report, 'app-management-policy-weak')).toEqual([]);
    expect(of(report, 'entra-recommendation')).toEqual([]);
    expect(of(report, 'app-without-owner')).toEqual([]);
  });
});

describe('app-management-policy-weak: the "less than" lifetime and the creation-date gap', () => {
  it.each([
    ['P181D allows 180 days: within max-secret-lifetime-days 180', 'P181D', null, false],
    ['P182D allows 181 days: above', 'P182D', null, true],
    ['a cut-off after the apps were created leaves them out', 'P91D', daysAgo(100), true],
    ['a cut-off before every app leaves none out', 'P91D', daysAgo(1000), false],
  ])('%s', async (_name, maxLifetime, after, weak) => {
    const state = emulators().tenant;
    state.fixture.lifecycle = lifecycle({
      defaultAppManagementPolicy: tenantAppManagementPolicy(true, [
        restriction('passwordLifetime', { maxLifetime, restrictForAppsCreatedAfterDateTime: after }),
        restriction('passwordAddition', { state: 'disabled' }),
      ]),
    });
    const report = await scan();
    const finding = report.findings.find((f) => f.rule === 'app-management-policy-weak');
    expect(finding !== undefined).toBe(weak);
    if (after !== null && weak) expect(finding?.message).toContain('restrictForAppsCreatedAfterDateTime');
    if (after === daysAgo(100)) expect(finding?.message).toMatch(/leaving older apps out: \d+ apps of this run/);
  });
});

describe('unavailable signals are reported with their status and fix, never a silent pass', () => {
  it('a tenant without Entra ID P1/P2: the usage reports are unlicensed, and no usage rule fires', async () => {
    emulators().tenant.fixture.signals = { subscribedSkus: [] };
    const report = await scan();
    expect(statuses(report)).toMatchObject({
      'service-principal-sign-in-activity': 'unlicensed',
      'app-credential-sign-in-activity': 'unlicensed',
      'directory-recommendations': 'unlicensed',
    });
    expect(report.signals?.find((s) => s.signal === 'service-principal-sign-in-activity')?.reason).toContain(
      'Microsoft Entra ID P1 or P2',
    );
    expect(of(report, 'service-principal-unused')).toEqual([]);
    expect(of(report, 'credential-unused')).toEqual([]);
    // Without Workload ID Premium Entra does not produce the workload identity recommendations.
    expect(of(report, 'entra-recommendation')).toEqual([]);
  });

  it('a national cloud answers 400 for the beta reports: unsupportedCloud', async () => {
    emulators().tenant.fixture.lifecycle = lifecycle({ nationalCloud: true });
    const report = await scan();
    expect(statuses(report)['service-principal-sign-in-activity']).toBe('unsupportedCloud');
    expect(of(report, 'service-principal-unused')).toEqual([]);
  });

  it('the scan names the cloud: the reports are not asked for outside the global cloud', async () => {
    const report = await scan('--cloud', 'AzureUSGovernment', '--authority-host', emulators().entra.url);
    expect(statuses(report)['service-principal-sign-in-activity']).toBe('unsupportedCloud');
    expect(
      emulators()
        .log.entries.filter((e) => e.path.includes('SignInActivities'))
        .map((e) => e.path),
    ).toEqual([]);
  });

  it('a server fault on the policy: error, with the answer', async () => {
    emulators().faults.add({ kind: 'malformed', service: 'graph', path: /defaultAppManagementPolicy/ });
    const report = await scan();
    expect(statuses(report)['app-management-policy']).toBe('error');
    expect(of(report, 'app-management-policy-weak')).toEqual([]);
  });
});

describe('the action reader', () => {
  async function action(token = emulators().oidc.mintToken({ audience: 'api://AzureADTokenExchange' })) {
    const values: Record<string, string> = {
      'tenant-id': TENANT,
      'client-id': guard.appId,
      apps: [stale.appId, active.appId, privileged.appId].join(','),
      'authority-host': emulators().entra.url,
      'graph-endpoint': emulators().graph.url,
    };
    const inputs = getInputs({}, (name) => values[name] ?? '');
    // The action's own live reads (apps, signals, owners), through the one check pipeline.
    const { inventory, tenantReads } = actionLiveReads(
      inputs,
      { tenantId: TENANT, clientId: guard.appId },
      { audience: 'api://AzureADTokenExchange', get: async () => token },
    );
    const { report } = await check({ policy: DEFAULT_POLICY, inventory, tenantReads, now: NOW });
    return report;
  }

  it('fires the same rules on the deploy identities, reading the reports filtered by appId', async () => {
    const report = await action();
    expect(statuses(report)).toMatchObject({
      'service-principal-sign-in-activity': 'available',
      owners: 'available',
    });
    expect(of(report, 'service-principal-unused')).toEqual([['stale-deploy', 'servicePrincipal']]);
    expect(of(report, 'credential-unused')).toEqual([['stale-deploy', 'secret']]);
    expect(of(report, 'privileged-app-owner')).toEqual([['privileged-deploy', 'application']]);
    expect(of(report, 'entra-recommendation')).toEqual([['active-deploy', 'application']]);
    const reads = emulators().log.entries.filter((e) => e.path.includes('servicePrincipalSignInActivities'));
    expect(reads.map((e) => decodeURIComponent(e.path)).sort()).toEqual(
      [stale, active, privileged]
        .map((a) => `/beta/reports/servicePrincipalSignInActivities?$filter=appId eq '${a.appId}'`)
        .sort(),
    );
  });
});
