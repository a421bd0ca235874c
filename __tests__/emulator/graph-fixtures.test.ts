// Tenant fixtures: relative date markers, the demo scenario's invariants, the builders and the
// synthetic tenant generator.
import { describe, expect, it } from '@jest/globals';
import {
  app,
  certificate,
  DIRECTORY_ROLE_TEMPLATES,
  fic,
  ALL_GRAPH_APP_ROLES,
  loadScenario,
  resolveRelativeDates,
  secret,
  servicePrincipal,
  syntheticTenant,
  tenant,
} from '../../emulator/fixtures.js';
import { MICROSOFT_GRAPH_APP_ID, TenantState } from '../../emulator/tenant.js';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('resolveRelativeDates', () => {
  it.each([
    ['@now', '2026-06-01T12:00:00Z'],
    ['@now+20d', '2026-06-21T12:00:00Z'],
    ['@now-400d', '2025-04-27T12:00:00Z'],
    ['@now+6h', '2026-06-01T18:00:00Z'],
    ['@now-30m', '2026-06-01T11:30:00Z'],
    ['@now+10s', '2026-06-01T12:00:10Z'],
    ['now+1d', 'now+1d'],
  ])('%s → %s', (marker, iso) => {
    expect(resolveRelativeDates({ a: [{ b: marker }] }, NOW)).toEqual({ a: [{ b: iso }] });
  });

  it.each(['@now+1w', '@now + 1d', '@nowish', '@now+d'])('rejects the malformed marker %s with its path', (marker) => {
    expect(() => resolveRelativeDates({ apps: [{ end: marker }] }, NOW)).toThrow(
      `$.apps[0].end: '${marker}' is not a date marker`,
    );
  });
});

describe('the demo scenario', () => {
  const { tenant: demo, github } = loadScenario('demo', { now: NOW });
  const state = new TenantState(demo);
  const appNamed = (name: string) => demo.applications.find((a) => a.displayName === name);

  it('resolves every date marker', () => {
    expect(JSON.stringify({ demo, github })).not.toContain('@now');
    expect(appNamed('legacy-billing-sync')?.passwordCredentials.map((p) => p.endDateTime)).toEqual([
      '2027-06-01T12:00:00Z',
      '2026-06-13T12:00:00Z',
    ]);
  });

  it('gives the guard app exactly Application.Read.All, RoleManagement.Read.Directory and the two payments-api subjects', () => {
    const guard = appNamed('entra-federation-guard');
    expect(state.graphRolesOf(guard?.appId ?? '')).toEqual(['Application.Read.All', 'RoleManagement.Read.Directory']);
    expect(guard?.federatedIdentityCredentials.map((f) => f.subject)).toEqual([
      'repo:contoso/payments-api:ref:refs/heads/main',
      'repo:contoso/payments-api:environment:production',
    ]);
  });

  it("carries Microsoft Graph's real appRole ids", () => {
    const graphSp = demo.servicePrincipals.find((s) => s.appId === MICROSOFT_GRAPH_APP_ID);
    expect(Object.fromEntries((graphSp?.appRoles ?? []).map((r) => [r.value, r.id]))).toEqual(ALL_GRAPH_APP_ROLES);
  });

  it('has the risky trusts, the privileged service principal and all four directory roles', () => {
    const risky = appNamed('ci-automation-shared')?.federatedIdentityCredentials ?? [];
    expect(risky.map((f) => [f.issuer.split(':')[0], f.subject ?? f.claimsMatchingExpression?.value])).toEqual([
      ['https', 'repo:contoso/payments-api:pull_request'],
      ['http', 'repo:contoso/payments-api:ref:refs/heads/main'],
      ['https', "claims['sub'] matches 'repo:contoso/*' and claims['repository_owner_id'] eq '81234567'"],
      ['https', 'repo:contoso-contractor/payments-api:ref:refs/heads/main'],
    ]);
    const ops = demo.servicePrincipals.find((s) => s.displayName === 'tenant-ops-automation');
    expect(ops?.passwordCredentials).toHaveLength(1);
    expect(state.graphRolesOf(ops?.appId ?? '')).toEqual([
      'RoleManagement.ReadWrite.Directory',
      'AppRoleAssignment.ReadWrite.All',
      'Directory.Read.All',
    ]);
    const templates = demo.servicePrincipals.flatMap((s) => (s.memberOf ?? []).map((r) => r.roleTemplateId));
    expect(templates.sort()).toEqual(Object.values(DIRECTORY_ROLE_TEMPLATES).sort());
  });

  it('has a service principal for every application and GitHub state for contoso/payments-api', () => {
    for (const a of demo.applications) expect(state.servicePrincipalByAppId(a.appId)?.displayName).toBe(a.displayName);
    const repo = github.repositories[0];
    expect(repo && `${repo.owner}/${repo.name}`).toBe('contoso/payments-api');
    expect(repo?.variables.AZURE_TENANT_ID).toEqual(expect.objectContaining({ value: demo.tenantId }));
  });

  it('refuses a scenario name that is not a plain file name, and names a missing one', () => {
    expect(() => loadScenario('../demo')).toThrow(
      "scenario name '../demo' must be lowercase letters, digits and dashes",
    );
    expect(() => loadScenario('nope')).toThrow("no scenario 'nope'");
  });
});

describe('builders', () => {
  it('make deterministic, Graph-shaped objects', () => {
    const deploy = app({
      displayName: 'deploy',
      passwordCredentials: [secret({ displayName: 'old', endDateTime: '2027-01-01T00:00:00Z' })],
      keyCredentials: [certificate({ endDateTime: '2027-01-01T00:00:00Z' })],
      federatedIdentityCredentials: [fic({ name: 'main', subject: 'repo:o/r:ref:refs/heads/main' })],
    });
    expect(app({ displayName: 'deploy' }).appId).toBe(deploy.appId);
    expect(deploy.appId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deploy.passwordCredentials[0]).toMatchObject({ secretText: null, hint: 'Q~x', customKeyIdentifier: null });
    expect(deploy.keyCredentials[0]).toMatchObject({ type: 'AsymmetricX509Cert', usage: 'Verify' });
    expect(deploy.federatedIdentityCredentials[0]).toMatchObject({
      issuer: 'https://token.actions.githubusercontent.com',
      audiences: ['api://AzureADTokenExchange'],
    });

    const sp = servicePrincipal({
      app: deploy,
      graphPermissions: ['Application.ReadWrite.All'],
      directoryRoles: ['Global Administrator'],
    });
    const t = tenant({ applications: [deploy], servicePrincipals: [sp] });
    const state = new TenantState(t);
    expect(state.graphRolesOf(deploy.appId)).toEqual(['Application.ReadWrite.All']);
    expect(sp.memberOf?.[0]).toMatchObject({
      roleTemplateId: '62e90394-69f5-4237-9190-012177145e10',
      displayName: 'Global Administrator',
    });
  });

  it.each([
    [() => fic({ name: 'x' }), "fic 'x': give a subject or a claimsMatchingExpression"],
    [
      () => fic({ name: 'x', subject: 's', claimsMatchingExpression: { value: "claims['sub'] eq 's'" } }),
      "fic 'x': a flexible credential has no subject",
    ],
    [
      () =>
        app({
          displayName: 'many',
          federatedIdentityCredentials: Array.from({ length: 21 }, (_, i) => fic({ name: `f${i}`, subject: `s${i}` })),
        }),
      'at most 20 federated credentials',
    ],
  ])('validate their input (%#)', (build, message) => {
    expect(build).toThrow(message);
  });
});

describe('syntheticTenant', () => {
  it('is deterministic for a seed and sized as asked', () => {
    const a = syntheticTenant(2000, { ficsPerApp: 3, seed: 5, now: NOW });
    const b = syntheticTenant(2000, { ficsPerApp: 3, seed: 5, now: NOW });
    const c = syntheticTenant(2000, { ficsPerApp: 3, seed: 6, now: NOW });
    expect(a).toEqual(b);
    expect(c.applications[0]?.appId).not.toBe(a.applications[0]?.appId);
    expect(a.applications).toHaveLength(2000);
    expect(a.servicePrincipals).toHaveLength(2001);
    expect(a.applications.every((x) => x.federatedIdentityCredentials.length === 3)).toBe(true);
    expect(new Set(a.applications.map((x) => x.appId)).size).toBe(2000);
    expect(a.applications.filter((x) => x.passwordCredentials.length > 0)).toHaveLength(400);
  });

  it('makes 50,000 apps', () => {
    const big = syntheticTenant(50_000, { ficsPerApp: 2, seed: 1, now: NOW });
    expect(big.applications).toHaveLength(50_000);
    expect(big.applications[49_999]?.displayName).toBe('app-50000');
  });

  it.each([
    [-1, {}, 'count must be a non-negative integer'],
    [10, { ficsPerApp: 21 }, 'ficsPerApp must be an integer 0–20'],
  ])('rejects count %s %j', (count, options, message) => {
    expect(() => syntheticTenant(count, options)).toThrow(message);
  });
});
