// Issue 13: the bundled action reads Entra's own signals through the real SDKs against the emulators. An
// at-risk deploy identity fails the run; an unlicensed tenant and a guard without the permission each give
// the right report.signals status and a notice, never a silent pass; conditional access coverage is judged.
import { describe, expect, it } from '@jest/globals';
import type { GraphPermission } from '../../emulator/fixtures.js';
import type { SignalsFixture } from '../../emulator/graph/signals.js';
import {
  entraIdP2Sku,
  riskDetection,
  riskyServicePrincipal,
  userMfaPolicy,
  workloadIdSku,
  workloadPolicy,
} from '../../emulator/signals-fixtures.js';
import type { TenantFixture } from '../../emulator/tenant.js';
import { useEmulators } from '../helpers/emulators.js';
import {
  signalsNotice,
  app,
  buildTenant,
  githubFixture,
  repoFic,
  runGuard,
  secret,
  servicePrincipal,
} from './harness.js';

const SIGNAL_PERMISSIONS: GraphPermission[] = [
  'Application.Read.All',
  'Organization.Read.All',
  'IdentityRiskyServicePrincipal.Read.All',
  'IdentityRiskEvent.Read.All',
  'Policy.Read.All',
];

const deploy = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
  passwordCredentials: [
    secret({
      displayName: 'legacy-ci',
      keyId: '9d9fea30-d8e3-481b-b57c-0ef569a989e5',
      startDateTime: '2026-09-01T00:00:00Z',
      endDateTime: '2027-01-01T00:00:00Z',
      hint: 'Xy7',
    }),
  ],
});
const deploySp = servicePrincipal({ app: deploy });

function tenantWith(signals: SignalsFixture, guardPermissions: GraphPermission[] = SIGNAL_PERMISSIONS): TenantFixture {
  return { ...buildTenant([{ app: deploy, sp: deploySp }], guardPermissions), signals };
}

const licensed = (over: SignalsFixture = {}): SignalsFixture => ({
  subscribedSkus: [entraIdP2Sku(), workloadIdSku('P2')],
  riskyServicePrincipals: [],
  servicePrincipalRiskDetections: [],
  conditionalAccessPolicies: [userMfaPolicy(), workloadPolicy()],
  ...over,
});

const emulators = useEmulators(() => ({ tenant: tenantWith(licensed()), github: githubFixture() }));
const run = (tenant: TenantFixture, inputs: Record<string, string> = {}, files: Record<string, string> = {}) => {
  emulators().tenant.fixture = structuredClone(tenant);
  return runGuard(emulators(), { apps: [deploy.appId], inputs, files });
};
/** The risk and conditional access signals (issue 13); the usage and lifecycle ones have their own tests. */
const RISK_AND_ACCESS = [
  'subscribed-skus',
  'risky-service-principals',
  'service-principal-risk-detections',
  'conditional-access-policies',
];
const statuses = (signals: { signal: string; status: string }[] | undefined) =>
  Object.fromEntries(
    (signals ?? []).filter((s) => RISK_AND_ACCESS.includes(s.signal)).map((s) => [s.signal, s.status]),
  );
const SIGNAL_RULES = ['service-principal-at-risk', 'conditional-access-missing', 'signal-unavailable'];
/** The signal rules that fired (the deploy app's legacy secret trips the credential rules too). */
const rules = (findings: { rule: string }[] | undefined) =>
  (findings ?? [])
    .map((f) => f.rule)
    .filter((r) => SIGNAL_RULES.includes(r))
    .sort();

describe('an at-risk deploy identity', () => {
  it('fails the run with service-principal-at-risk, naming the level, the detection and the credential', async () => {
    const result = await run(
      tenantWith(
        licensed({
          riskyServicePrincipals: [riskyServicePrincipal(deploySp)],
          servicePrincipalRiskDetections: [
            riskDetection(deploySp, { keyIds: ['9d9fea30-d8e3-481b-b57c-0ef569a989e5'] }),
          ],
        }),
      ),
    );
    expect(result.code).not.toBe(0);
    expect(result.report?.verdict).toBe('fail');
    expect(statuses(result.report?.signals)).toEqual({
      'subscribed-skus': 'available',
      'risky-service-principals': 'available',
      'service-principal-risk-detections': 'available',
      'conditional-access-policies': 'available',
    });
    const finding = result.report?.findings.find((f) => f.rule === 'service-principal-at-risk');
    expect(finding).toMatchObject({
      severity: 'error',
      appId: deploy.appId,
      target: { kind: 'servicePrincipal', id: deploySp.id },
    });
    expect(finding?.message).toContain('risk level high');
    expect(finding?.message).toContain('"leakedCredentials", high on 2026-11-30');
    expect(finding?.message).toContain('client secret "legacy-ci" (keyId 9d9fea30-d8e3-481b-b57c-0ef569a989e5)');
    expect(rules(result.report?.findings)).not.toContain('conditional-access-missing');
    // The enabled risk policy blocks this identity's sign-in now: the report predicts AADSTS53003.
    expect(result.report?.notices.join('\n')).toContain('AADSTS53003');
    expect(result.summary).toContain('service-principal-at-risk');
    // Every risk and conditional access signal was read: none of them is in the "not checked" line.
    expect(result.summary).not.toMatch(
      /signals not checked:[^\n]*(service-principal-at-risk|conditional-access-missing)/,
    );
    expect(result.stdout).not.toContain('Xy7');
  });

  it('without Workload ID Premium (hidden risk) it still fails, saying the level is hidden', async () => {
    const result = await run(
      tenantWith(
        licensed({ subscribedSkus: [entraIdP2Sku()], riskyServicePrincipals: [riskyServicePrincipal(deploySp)] }),
      ),
    );
    expect(result.report?.verdict).toBe('fail');
    expect(result.report?.findings.find((f) => f.rule === 'service-principal-at-risk')?.message).toContain(
      'risk level hidden',
    );
    expect(statuses(result.report?.signals)['risky-service-principals']).toBe('unlicensed');
  });
});

describe('an unlicensed tenant', () => {
  it.each(['hidden', 'forbidden'] as const)(
    'unlicensed risk behaviour %s: signals unlicensed, a notice, and the run passes',
    async (behaviour) => {
      const result = await run(tenantWith(licensed({ subscribedSkus: [entraIdP2Sku()], unlicensedRisk: behaviour })));
      expect(result.code).toBe(0);
      expect(result.report?.verdict).not.toBe('fail');
      expect(statuses(result.report?.signals)).toEqual({
        'subscribed-skus': 'available',
        'risky-service-principals': behaviour === 'hidden' ? 'available' : 'unlicensed',
        'service-principal-risk-detections': behaviour === 'hidden' ? 'available' : 'unlicensed',
        'conditional-access-policies': 'unlicensed',
      });
      expect(rules(result.report?.findings)).toEqual([]);
      const notice = signalsNotice(result.stdout);
      expect(notice?.message).toContain(
        'conditional-access-missing (unlicensed: needs Microsoft Entra Workload ID (P1 or Premium), which would add conditional access for workload identities',
      );
      expect(result.summary).toContain(
        'conditional-access-missing (unlicensed: needs Microsoft Entra Workload ID (P1 or Premium), which would add conditional access for workload identities',
      );
      const reason = result.report?.signals?.find((s) => s.signal === 'conditional-access-policies')?.reason;
      expect(reason).toContain('would add conditional access for workload identities');
    },
  );
});

describe('a guard without the permissions', () => {
  it('gives every signal the status forbidden with the permission to grant, in the report and the summary', async () => {
    const result = await run(
      tenantWith(licensed({ riskyServicePrincipals: [riskyServicePrincipal(deploySp)] }), ['Application.Read.All']),
    );
    expect(result.code).toBe(0);
    expect(new Set(Object.values(statuses(result.report?.signals)))).toEqual(new Set(['forbidden']));
    expect(rules(result.report?.findings)).toEqual([]);
    expect(result.summary).toContain(
      'service-principal-at-risk (forbidden: grant IdentityRiskyServicePrincipal.Read.All, IdentityRiskEvent.Read.All)',
    );
    // The guard never opted in to signals: the summary says it, no annotation nags.
    expect(signalsNotice(result.stdout)).toBeUndefined();
  });

  it('only missing Policy.Read.All: conditional access forbidden, with a notice; risk still checked', async () => {
    const result = await run(
      tenantWith(
        licensed(),
        SIGNAL_PERMISSIONS.filter((p) => p !== 'Policy.Read.All'),
      ),
    );
    expect(statuses(result.report?.signals)).toMatchObject({
      'risky-service-principals': 'available',
      'conditional-access-policies': 'forbidden',
    });
    const notice = signalsNotice(result.stdout);
    expect(notice?.message).toContain('conditional-access-missing (forbidden: grant Policy.Read.All)');
  });

  it('with fail-on-unavailable-signals: true the run fails with signal-unavailable', async () => {
    const result = await run(
      tenantWith(
        licensed(),
        SIGNAL_PERMISSIONS.filter((p) => p !== 'Policy.Read.All'),
      ),
      {},
      { '.github/entra-federation-guard.yml': 'version: 1\nsettings:\n  fail-on-unavailable-signals: true\n' },
    );
    expect(result.report?.verdict).toBe('fail');
    expect(
      result.report?.findings
        .filter((f) => f.severity === 'error' && RISK_AND_ACCESS.includes(f.target.name))
        .map((f) => [f.rule, f.target.kind, f.target.name]),
    ).toEqual([['signal-unavailable', 'tenant', 'conditional-access-policies']]);
  });
});

describe('conditional access in a licensed tenant', () => {
  it('no covering enabled policy (report-only, and one that excludes it): conditional-access-missing', async () => {
    const result = await run(
      tenantWith(
        licensed({
          conditionalAccessPolicies: [
            userMfaPolicy(),
            workloadPolicy({ state: 'enabledForReportingButNotEnforced' }),
            workloadPolicy({
              id: 'b1c2e3f4-0000-4000-8000-00000000ca02',
              displayName: 'Trusted locations only',
              riskLevels: [],
              exclude: [deploySp.id],
              locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
            }),
          ],
        }),
      ),
    );
    expect(result.report?.verdict).toBe('warn');
    const finding = result.report?.findings.find((f) => f.rule === 'conditional-access-missing');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('report-only policy logs and does not enforce');
    expect(finding?.message).toContain(
      '"Trusted locations only" (enabled; locations All except AllTrusted) excludes it',
    );
    expect(rules(result.report?.findings)).toEqual(['conditional-access-missing']);
  });

  it('a covering enabled policy: no finding, and the report lists it with its prediction', async () => {
    const result = await run(tenantWith(licensed()));
    expect(result.code).toBe(0);
    expect(rules(result.report?.findings)).toEqual([]);
    expect(result.report?.notices.join('\n')).toContain('Conditional access covering app "payments-deploy"');
    expect(result.report?.notices.join('\n')).toContain('Does not block now');
  });
});
