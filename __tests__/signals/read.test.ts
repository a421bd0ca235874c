// The signals reader against the Graph emulator over real HTTPS, through the Microsoft Graph SDK client:
// licences, risk, detections and conditional access, with permissions, both unlicensed behaviours, paging
// and faults.
import { beforeEach, describe, expect, test } from '@jest/globals';
import { TEST_TOKENS, useGraph } from '../emulator/graph-harness.js';
import { servicePrincipal as spBuilder, app as appBuilder, tenant } from '../../emulator/fixtures.js';
import {
  entraIdP2Sku,
  riskDetection,
  riskyServicePrincipal,
  userMfaPolicy,
  workloadIdSku,
  workloadPolicy,
} from '../../emulator/signals-fixtures.js';
import type { SignalsFixture } from '../../emulator/graph/signals.js';
import { createGraphClient } from '../../src/graph/client.js';
import { normaliseSignals } from '../../src/signals/normalise.js';
import { readSignals } from '../../src/signals/read.js';
import type { SignalState } from '../../src/signals/model.js';

const ALL_ROLES = [
  'LicenseAssignment.Read.All',
  'IdentityRiskyServicePrincipal.Read.All',
  'IdentityRiskEvent.Read.All',
  'Policy.Read.All',
];
TEST_TOKENS['signals-token'] = {
  appId: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f7',
  roles: ['Application.Read.All', ...ALL_ROLES],
};
TEST_TOKENS['no-signals-token'] = { appId: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f8', roles: ['Application.Read.All'] };

const deploy = appBuilder({ displayName: 'deploy-api' });
const deploySp = spBuilder({ app: deploy });
const other = appBuilder({ displayName: 'reporting' });
const otherSp = spBuilder({ app: other });

function signalsFixture(over: SignalsFixture = {}): SignalsFixture {
  return {
    subscribedSkus: [entraIdP2Sku(), workloadIdSku('P2')],
    riskyServicePrincipals: [
      riskyServicePrincipal(deploySp),
      riskyServicePrincipal(otherSp, { riskState: 'dismissed', riskLevel: 'none' }),
    ],
    servicePrincipalRiskDetections: [
      riskDetection(deploySp, { keyIds: ['9d9fea30-d8e3-481b-b57c-0ef569a989e5'] }),
      riskDetection(deploySp, { riskEventType: 'suspiciousSignins', detectedDateTime: '2026-11-29T00:00:00Z' }),
      riskDetection(otherSp),
    ],
    conditionalAccessPolicies: [userMfaPolicy(), workloadPolicy()],
    ...over,
  };
}

const graph = useGraph(() => ({
  ...tenant({ applications: [deploy, other], servicePrincipals: [deploySp, otherSp] }),
  signals: signalsFixture(),
}));

const FAST = { sleep: async () => undefined, random: () => 0, attemptTimeoutMs: 5000, maxAttempts: 3 };
function read(
  token = 'signals-token',
  roles: string[] | null = ALL_ROLES,
  appIds: string[] | undefined = [deploy.appId],
) {
  const client = createGraphClient({ graphEndpoint: graph().url, getAccessToken: async () => token, retry: FAST });
  return readSignals(client, { cloud: 'AzureCloud', roles, ...(appIds ? { appIds } : {}) });
}
const statuses = (states: SignalState[]) => Object.fromEntries(states.map((s) => [s.signal, s.status]));

beforeEach(() => {
  graph().faults.clear();
  graph().log.clear();
  graph().state.fixture.signals = signalsFixture();
});

describe('licensed tenant, guard with every permission', () => {
  test('every signal is available; the deploy identity, its detections and the policies are read', async () => {
    const raw = await read();
    expect(statuses(raw.states)).toEqual({
      'subscribed-skus': 'available',
      'risky-service-principals': 'available',
      'service-principal-risk-detections': 'available',
      'conditional-access-policies': 'available',
    });
    expect(raw.licences).toMatchObject({ workloadIdPremium: 'licensed', workloadIdConditionalAccess: 'licensed' });
    const signals = normaliseSignals(raw);
    expect([...(signals.risk?.values() ?? [])].map((r) => [r.appId, r.riskState, r.riskLevel])).toEqual([
      [deploy.appId, 'atRisk', 'high'],
    ]);
    expect(signals.detections?.get(deploySp.id)?.map((d) => d.riskEventType)).toEqual([
      'leakedCredentials',
      'suspiciousSignins',
    ]);
    expect(signals.detections?.get(deploySp.id)?.[0]?.keyIds).toEqual(['9d9fea30-d8e3-481b-b57c-0ef569a989e5']);
    expect(signals.conditionalAccess?.map((p) => p.displayName)).toEqual([
      'CA001: Require multi-factor authentication for admins',
      'Block risky workload identities',
    ]);
    // Detections are read only for the identity at risk, filtered by servicePrincipalId (documented filter).
    const detectionReads = graph().log.entries.filter((e) => e.path.includes('servicePrincipalRiskDetections'));
    expect(detectionReads.map((e) => decodeURIComponent(e.path))).toEqual([
      `/v1.0/identityProtection/servicePrincipalRiskDetections?$filter=servicePrincipalId eq '${deploySp.id}'`,
    ]);
  });

  test('a tenant scan (no app list) keeps every identity at risk', async () => {
    const signals = normaliseSignals(await read('signals-token', ALL_ROLES, undefined));
    expect([...(signals.risk?.keys() ?? [])]).toEqual([deploy.appId.toLowerCase()]);
  });

  test('every page is followed', async () => {
    graph().state.fixture.signals = {
      ...signalsFixture(),
      pageSize: 1,
      conditionalAccessPolicies: [
        userMfaPolicy(),
        workloadPolicy(),
        workloadPolicy({ id: 'p3', displayName: 'third' }),
      ],
    };
    const signals = normaliseSignals(await read());
    expect(signals.conditionalAccess).toHaveLength(3);
    expect(signals.detections?.get(deploySp.id)).toHaveLength(2);
  });

  test('a transient 503 is retried; a persistent one is an error, never a pass', async () => {
    graph().faults.add({ kind: 'status', status: 503, service: 'graph', path: /conditionalAccess/, times: 1 });
    expect(statuses((await read()).states)['conditional-access-policies']).toBe('available');
    graph().faults.add({ kind: 'status', status: 500, service: 'graph', path: /conditionalAccess/ });
    const raw = await read();
    expect(statuses(raw.states)['conditional-access-policies']).toBe('error');
    expect(raw.conditionalAccessPolicies).toBeUndefined();
  });
});

describe('unlicensed tenant', () => {
  const unlicensed = (over: SignalsFixture = {}) => {
    graph().state.fixture.signals = { ...signalsFixture(), subscribedSkus: [entraIdP2Sku()], ...over };
  };

  test('documented behaviour: risk answered with hidden levels; the state still reaches the rule', async () => {
    unlicensed();
    const raw = await read();
    expect(statuses(raw.states)).toEqual({
      'subscribed-skus': 'available',
      'risky-service-principals': 'unlicensed',
      'service-principal-risk-detections': 'unlicensed',
      'conditional-access-policies': 'unlicensed',
    });
    const signals = normaliseSignals(raw);
    expect(signals.riskHidden).toBe(true);
    expect(signals.risk?.get(deploy.appId.toLowerCase())).toMatchObject({ riskState: 'atRisk', riskLevel: 'hidden' });
    expect(raw.states.find((s) => s.signal === 'conditional-access-policies')?.reason).toContain(
      'would add conditional access',
    );
  });

  test.each(['Forbidden', 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'] as const)(
    'observed behaviour: a 403 %s is unlicensed, not forbidden',
    async (code) => {
      unlicensed({ unlicensedRisk: 'forbidden', unlicensedCode: code });
      const raw = await read();
      expect(statuses(raw.states)['risky-service-principals']).toBe('unlicensed');
      expect(raw.riskyServicePrincipals).toBeUndefined();
    },
  );

  test('a 403 with licences unknown and the permission in the token is labelled unlicensed', async () => {
    unlicensed({ unlicensedRisk: 'forbidden' });
    const raw = await read(
      'signals-token',
      ALL_ROLES.filter((r) => r !== 'LicenseAssignment.Read.All'),
    );
    expect(statuses(raw.states)['subscribed-skus']).toBe('forbidden');
    expect(statuses(raw.states)['risky-service-principals']).toBe('unlicensed');
  });
});

describe('guard without the permissions', () => {
  test('known from the token: forbidden without a request', async () => {
    const raw = await read('no-signals-token', ['Application.Read.All']);
    expect(new Set(raw.states.map((s) => s.status))).toEqual(new Set(['forbidden']));
    expect(graph().log.entries.filter((e) => e.service === 'graph')).toEqual([]);
    expect(raw.states.find((s) => s.signal === 'risky-service-principals')?.reason).toContain(
      'IdentityRiskyServicePrincipal.Read.All',
    );
  });

  test('a delegated token (no roles claim): Graph answers 403 Authorization_RequestDenied, labelled forbidden', async () => {
    const raw = await read('no-signals-token', null);
    expect(statuses(raw.states)).toEqual({
      'subscribed-skus': 'forbidden',
      'risky-service-principals': 'forbidden',
      'service-principal-risk-detections': 'forbidden',
      'conditional-access-policies': 'forbidden',
    });
  });
});

describe('the emulator serves the documented shapes', () => {
  test('v1.0 emits isEnabled, beta both isEnabled and accountEnabled; $filter outside the documented slice is refused', async () => {
    const v1 = (await (
      await graph().fetch('/v1.0/identityProtection/riskyServicePrincipals', { token: 'signals-token' })
    ).json()) as { value: Record<string, unknown>[] };
    expect(v1.value[0]).toHaveProperty('isEnabled', true);
    expect(v1.value[0]).not.toHaveProperty('accountEnabled');
    const beta = (await (
      await graph().fetch('/beta/identityProtection/riskyServicePrincipals', { token: 'signals-token' })
    ).json()) as { value: Record<string, unknown>[] };
    expect(beta.value[0]).toMatchObject({ isEnabled: true, accountEnabled: true });
    const bad = await graph().fetch(
      `/v1.0/identityProtection/riskyServicePrincipals?$filter=${encodeURIComponent("displayName eq 'x'")}`,
      { token: 'signals-token' },
    );
    expect(bad.status).toBe(400);
    const alias = await graph().fetch('/v1.0/policies/conditionalAccessPolicies', { token: 'signals-token' });
    expect(alias.status).toBe(200);
  });
});
