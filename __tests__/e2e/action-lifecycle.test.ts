// Issue 14 ("Done when") in the bundled action (dist/index.js as a runner starts it): with the permissions granted,
// the usage and lifecycle rules fire on their apps and stay quiet on the others, and the tenant policy finding
// appears once; without them, the report's signals say what was not checked and the fix.
import { describe, expect, it } from '@jest/globals';
import { servicePrincipal } from '../../emulator/fixtures.js';
import {
  credentialSignInActivity,
  servicePrincipalSignInActivity,
  tenantAppManagementPolicy,
  userOwner,
} from '../../emulator/lifecycle-fixtures.js';
import { entraIdP2Sku } from '../../emulator/signals-fixtures.js';
import type { TenantFixture } from '../../emulator/tenant.js';
import { useEmulators } from '../helpers/emulators.js';
import { app, buildTenant, daysFromNow, githubFixture, runGuard, secret, signalsNotice } from './harness.js';

const unused = secret({ displayName: 'old-ci', startDateTime: daysFromNow(-300), endDateTime: daysFromNow(300) });
const stale = app({ displayName: 'stale-deploy', createdDateTime: daysFromNow(-300), passwordCredentials: [unused] });
const used = secret({ displayName: 'ci', startDateTime: daysFromNow(-300), endDateTime: daysFromNow(300) });
const active = app({ displayName: 'active-deploy', createdDateTime: daysFromNow(-300), passwordCredentials: [used] });
const privileged = app({ displayName: 'privileged-deploy', createdDateTime: daysFromNow(-300) });

function tenantFixture(granted: boolean): TenantFixture {
  const t = buildTenant(
    [
      { app: stale },
      { app: active },
      { app: privileged, sp: servicePrincipal({ app: privileged, graphPermissions: ['Application.ReadWrite.All'] }) },
    ],
    granted
      ? ['Application.Read.All', 'LicenseAssignment.Read.All', 'AuditLog.Read.All', 'Policy.Read.All']
      : undefined,
  );
  t.signals = { subscribedSkus: [entraIdP2Sku()] };
  t.lifecycle = {
    servicePrincipalSignInActivities: [
      servicePrincipalSignInActivity(stale, daysFromNow(-200)),
      servicePrincipalSignInActivity(active, daysFromNow(-2)),
      servicePrincipalSignInActivity(privileged, daysFromNow(-2)),
    ],
    appCredentialSignInActivities: [
      credentialSignInActivity(stale, unused, null),
      credentialSignInActivity(active, used, daysFromNow(-2)),
    ],
    defaultAppManagementPolicy: tenantAppManagementPolicy(false, []),
    owners: { [privileged.id]: [userOwner('dev@contoso.com')] },
  };
  return t;
}

const emulators = useEmulators(() => ({ tenant: tenantFixture(true), github: githubFixture() }));
const apps = [stale.appId, active.appId, privileged.appId];
const of = (findings: { rule: string; appId: string; target: { kind: string } }[], rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map((f) => [[stale, active, privileged].find((a) => a.appId === f.appId)?.displayName ?? 'tenant', f.target.kind]);

describe('the bundled action with the usage and lifecycle signals', () => {
  it('fires each rule on its app only, and the tenant policy finding once', async () => {
    emulators().tenant.fixture = tenantFixture(true);
    const run = await runGuard(emulators(), { apps, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    const findings = run.report?.findings ?? [];
    expect(of(findings, 'service-principal-unused')).toEqual([['stale-deploy', 'servicePrincipal']]);
    expect(of(findings, 'credential-unused')).toEqual([['stale-deploy', 'secret']]);
    expect(of(findings, 'privileged-app-owner')).toEqual([['privileged-deploy', 'application']]);
    expect(of(findings, 'app-without-owner')).toEqual([]);
    expect(of(findings, 'app-management-policy-weak')).toEqual([['tenant', 'tenant']]);
    const statuses = Object.fromEntries((run.report?.signals ?? []).map((s) => [s.signal, s.status]));
    expect(statuses).toMatchObject({
      'service-principal-sign-in-activity': 'available',
      'app-credential-sign-in-activity': 'available',
      'app-management-policy': 'available',
      owners: 'available',
      'directory-recommendations': 'forbidden',
    });
    expect(run.summary).toContain('service-principal-unused');
  });

  it('without the permissions: no usage finding, and the signals notice names the fix', async () => {
    emulators().tenant.fixture = tenantFixture(false);
    const run = await runGuard(emulators(), { apps, inputs: { 'fail-on': 'never' } });
    const findings = run.report?.findings ?? [];
    expect(of(findings, 'service-principal-unused')).toEqual([]);
    expect(of(findings, 'app-management-policy-weak')).toEqual([]);
    expect(run.report?.signals?.find((s) => s.signal === 'service-principal-sign-in-activity')?.status).toBe(
      'forbidden',
    );
    // The summary names the fix; a guard given no signal permission has not opted in, so no annotation nags.
    expect(run.summary).toContain('grant AuditLog.Read.All');
    expect(signalsNotice(run.stdout)).toBeUndefined();
  });
});
