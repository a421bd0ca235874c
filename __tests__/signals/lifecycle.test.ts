// Usage and lifecycle (issue 14), piece by piece: tolerant parsing of Graph's shapes, the "less than" lifetime,
// the merge of a recommendation into our own finding, the owners reader's statuses against the Graph emulator
// (real Graph SDK client over HTTPS), and the README covering every permission and rule.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app as appBuilder, servicePrincipal as spBuilder, tenant } from '../../emulator/fixtures.js';
import { federatedSignIn, userOwner } from '../../emulator/lifecycle-fixtures.js';
import { entraIdP2Sku } from '../../emulator/signals-fixtures.js';
import type { InventoryItem } from '../../src/audit.js';
import { createGraphClient } from '../../src/graph/client.js';
import { SparedApps, policyWeaknesses } from '../../src/policy/lifecycle-findings.js';
import { mergeRecommendations, withSignInEvidence } from '../../src/policy/rules/lifecycle.js';
import { LIFECYCLE_SIGNAL_SPECS } from '../../src/signals/lifecycle-catalogue.js';
import {
  durationDays,
  normaliseLifecycle,
  timestampMs,
  toAppManagementPolicy,
  withoutRequestIds,
  type DirectoryOwner,
} from '../../src/signals/lifecycle.js';
import { ownersState, readLifecycle, withOwners } from '../../src/signals/lifecycle-read.js';
import type { TenantSignals } from '../../src/signals/model.js';
import { TEST_TOKENS, useGraph } from '../emulator/graph-harness.js';

describe('parsing', () => {
  test.each([
    ['P181D', 181],
    ['P2W', 14],
    ['P90DT12H', 90.5],
    ['PT36H', 1.5],
    ['P6M', null],
    ['P1Y', null],
    ['P', null],
    ['', null],
    ['garbage', null],
  ])('durationDays(%s) = %s', (text, days) => {
    expect(durationDays(text)).toBe(days);
  });

  test("the documented examples' offsets without a leading zero are read", () => {
    expect(timestampMs('2021-03-01T00:00:00-8:00')).toBe(Date.parse('2021-03-01T08:00:00Z'));
    expect(timestampMs('not a date')).toBeNull();
  });

  test('the latest of every kind of sign-in counts; entries without appId or keyId are dropped', () => {
    const lifecycle = normaliseLifecycle({
      servicePrincipalSignInActivities: [
        {
          appId: 'A',
          lastSignInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' },
          delegatedResourceSignInActivity: { lastSuccessfulSignInDateTime: '2026-03-01T00:00:00Z' },
        },
        { lastSignInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' } },
      ],
      appCredentialSignInActivities: [
        { keyId: 'K', credentialOrigin: 'application', signInActivity: null },
        {
          keyId: 'k',
          credentialOrigin: 'servicePrincipal',
          signInActivity: { lastSignInDateTime: '2026-02-01T00:00:00Z' },
        },
        { appId: 'no key' },
      ],
    });
    expect(lifecycle.servicePrincipalActivity?.get('a')?.lastSignInDateTime).toBe('2026-03-01T00:00:00.000Z');
    expect(lifecycle.servicePrincipalActivity?.size).toBe(1);
    expect(lifecycle.credentialActivity?.get('k')?.lastSignInDateTime).toBe('2026-02-01T00:00:00.000Z');
  });

  test('only active recommendations with an active impacted resource are kept; action steps in order', () => {
    const lifecycle = normaliseLifecycle({
      recommendations: [
        {
          id: 'r1',
          recommendationType: 'staleApps',
          status: 'active',
          actionSteps: [
            { stepNumber: 2, text: 'second', actionUrl: { url: 'javascript:alert(1)' } },
            { stepNumber: 1, text: 'first', actionUrl: { url: 'https://learn.microsoft.com/x' } },
          ],
          impactedResources: [
            { subjectId: 'A', status: 'active' },
            { subjectId: 'B', status: 'completedBySystem' },
          ],
        },
        { id: 'r2', recommendationType: 'staleApps', status: 'dismissed', impactedResources: [{ subjectId: 'A' }] },
        { id: 'r3', recommendationType: 'staleApps', status: 'active', impactedResources: [] },
      ],
    });
    expect(lifecycle.recommendations?.map((r) => [r.id, r.impacted.map((i) => i.subjectId), r.actionSteps])).toEqual([
      ['r1', ['A'], ['first (https://learn.microsoft.com/x)', 'second']],
    ]);
  });

  test('request ids leave the reasons', () => {
    expect(withoutRequestIds('HTTP 403 X: denied. (request-id 6048fcc4-b09a-4dc7-8c0e-3281fae3c0ad); grant it')).toBe(
      'HTTP 403 X: denied.; grant it',
    );
  });
});

describe('app management policy: the "less than" comparison', () => {
  const policy = (maxLifetime: string, after: string | null = null) =>
    toAppManagementPolicy({
      isEnabled: true,
      applicationRestrictions: {
        passwordCredentials: [
          {
            restrictionType: 'passwordLifetime',
            state: 'enabled',
            maxLifetime,
            restrictForAppsCreatedAfterDateTime: after,
          },
        ],
      },
    });
  const none = new SparedApps(undefined);

  test.each([
    ['P181D', 180, []],
    ['P180D', 180, []],
    ['P182D', 180, ['lets new client secrets be added with lifetimes up to 181 days (P182D)']],
    ['P91D', 90, []],
    ['P6M', 180, ['a secret lifetime limit the guard cannot read']],
  ])('%s with max-secret-lifetime-days %s', (maxLifetime, max, expected) => {
    const weak = policyWeaknesses(policy(maxLifetime), max, none);
    expect(weak.length).toBe(expected.length);
    expected.forEach((e, i) => expect(weak[i]).toContain(e));
  });

  test('a disabled policy is weak, whatever it holds', () => {
    expect(policyWeaknesses({ ...policy('P30D'), isEnabled: false }, 180, none)[0]).toContain('is disabled');
  });

  test('an app created before the cut-off (or without a creation date) is spared', () => {
    const amp = policy('P30D', '2025-01-01T00:00:00Z');
    const spared = new SparedApps({ states: [], licences: {} as never, lifecycle: { appManagementPolicy: amp } });
    const app = (createdDateTime: string | null) => ({ createdDateTime }) as never;
    spared.add(app('2026-01-01T00:00:00Z'));
    expect(policyWeaknesses(amp, 180, spared)).toEqual([]);
    spared.add(app(null));
    expect(policyWeaknesses(amp, 180, spared)[0]).toContain('leaving older apps out: 1 app of this run');
  });
});

describe('a recommendation the engine already reports is merged into that finding', () => {
  const signals = {
    states: [],
    licences: {},
    lifecycle: {
      recommendations: [
        {
          id: 'r-stale',
          recommendationType: 'staleAppCreds',
          displayName: 'Remove unused credentials',
          status: 'active',
          priority: null,
          actionSteps: [],
          impacted: [],
        },
        {
          id: 'r-other',
          recommendationType: 'verifyAppPublisher',
          displayName: 'Verify publisher',
          status: 'active',
          priority: null,
          actionSteps: [],
          impacted: [],
        },
      ],
    },
  } as unknown as TenantSignals;
  const finding = (rule: string, id: string, appId = 'A') => ({ rule, appId, target: { id }, message: rule });

  test('merged when the matching rule fired on the same app, kept otherwise', () => {
    const ours = finding('credential-unused', 'key');
    const kept = mergeRecommendations(
      [ours, finding('entra-recommendation', 'r-stale'), finding('entra-recommendation', 'r-other')],
      signals,
    );
    expect(kept.map((f) => f.target.id)).toEqual(['key', 'r-other']);
    expect(ours.message).toContain(
      'Microsoft Entra recommends the same ("Remove unused credentials", "staleAppCreds")',
    );
    const alone = mergeRecommendations([finding('entra-recommendation', 'r-stale')], signals);
    expect(alone.map((f) => f.target.id)).toEqual(['r-stale']);
  });
});

describe('owners reader against the Graph emulator', () => {
  const deploy = appBuilder({ displayName: 'deploy' });
  const deploySp = spBuilder({ app: deploy });
  const graph = useGraph(() => ({
    ...tenant({ applications: [deploy], servicePrincipals: [deploySp] }),
    lifecycle: { owners: { [deploy.id]: [userOwner('dev@contoso.com')] } },
  }));
  const item: InventoryItem = {
    app: {
      appId: deploy.appId,
      objectId: deploy.id,
      displayName: deploy.displayName,
      createdDateTime: null,
      passwordCredentials: [],
      keyCredentials: [],
      federatedCredentials: [],
      servicePrincipal: {
        objectId: deploySp.id,
        appId: deploy.appId,
        displayName: deploy.displayName,
        accountEnabled: true,
        passwordCredentials: [],
        keyCredentials: [],
        appRoleAssignments: [],
        directoryRoles: [],
      },
    },
  };
  const FAST = { sleep: async () => undefined, random: () => 0, attemptTimeoutMs: 5000, maxAttempts: 2 };
  async function read(token: string, roles: string[] | null) {
    const client = createGraphClient({ graphEndpoint: graph().url, getAccessToken: async () => token, retry: FAST });
    const sink = {
      owners: new Map<string, DirectoryOwner[]>(),
      accountability: new Map<string, string | null>(),
      sponsors: new Map<string, DirectoryOwner[]>(),
    };
    const state = ownersState();
    const out: InventoryItem[] = [];
    for await (const i of withOwners(client, [item], sink, state, { cloud: 'AzureCloud', roles })) out.push(i);
    return { out, sink, state };
  }

  test('reads the owners of the app and its service principal in one $batch', async () => {
    graph().log.clear();
    const { out, sink, state } = await read('reader-token', ['Application.Read.All']);
    expect(out).toEqual([item]);
    expect(state.status).toBe('available');
    expect(sink.owners.get(deploy.id.toLowerCase())?.map((o) => [o.kind, o.principalName])).toEqual([
      ['user', 'dev@contoso.com'],
    ]);
    expect(sink.owners.get(deploySp.id.toLowerCase())).toEqual([]);
    expect(sink.accountability.get(deploy.id.toLowerCase())).toBeNull();
    // One $batch; the log also lists the three requests it carried.
    expect(graph().log.entries.filter((e) => e.path === '/beta/$batch')).toHaveLength(1);
    expect(graph().log.entries).toHaveLength(4);
  });

  test("a token without the permission: forbidden before any call when its roles are known, from Graph's 403 otherwise", async () => {
    graph().log.clear();
    const known = await read('no-roles-token', []);
    expect(known.state.status).toBe('forbidden');
    expect(graph().log.entries).toEqual([]);
    const unknown = await read('no-roles-token', null);
    expect(unknown.state.status).toBe('forbidden');
    expect(unknown.state.reason).toContain('Application.Read.All');
    expect(unknown.sink.owners.size).toBe(0);
    expect(unknown.out).toEqual([item]);
  });
});

describe('docs', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  test.each(LIFECYCLE_SIGNAL_SPECS.map((s) => ({ id: s.id, spec: s })))(
    "README's permissions table names $id's least privileged permission and rules",
    ({ spec }) => {
      // A row that starts with the permission and names every rule it unlocks (the README has one table for the
      // risk and conditional access signals and one for usage and lifecycle).
      const rows = readme.split('\n').filter((l) => l.startsWith(`| \`${spec.permissions[0]}\``));
      expect(rows.some((row) => spec.rules.every((rule) => row.includes(`\`${rule}\``)))).toBe(true);
    },
  );
});

describe('fic-unused evidence from the service principal sign-in logs (Graph emulator, real SDK client)', () => {
  const NOW = new Date();
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
  const deploy = appBuilder({ displayName: 'deploy-logs' });
  const deploySp = spBuilder({ app: deploy });
  const USED = 'f1c00000-0000-4000-8000-000000000001';
  const IDLE = 'f1c00000-0000-4000-8000-000000000002';
  const OLD = 'f1c00000-0000-4000-8000-000000000003';
  const graph = useGraph(() => ({
    ...tenant({ applications: [deploy], servicePrincipals: [deploySp] }),
    signals: { subscribedSkus: [entraIdP2Sku()] },
    lifecycle: {
      signIns: [
        federatedSignIn(deploy, deploySp, USED, daysAgo(3)),
        federatedSignIn(deploy, deploySp, USED, daysAgo(9)),
        federatedSignIn(deploy, deploySp, OLD, daysAgo(45)), // older than the logs keep: outside the window read
        { ...federatedSignIn(deploy, deploySp, IDLE, daysAgo(1)), signInEventTypes: ['interactiveUser'] },
      ],
    },
  }));
  TEST_TOKENS['audit-token'] = { appId: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5aa', roles: ['AuditLog.Read.All'] };
  const FAST = { sleep: async () => undefined, random: () => 0, attemptTimeoutMs: 5000, maxAttempts: 2 };

  async function evidence(skus: Record<string, unknown>[]) {
    graph().state.fixture.signals = { subscribedSkus: skus };
    const client = createGraphClient({
      graphEndpoint: graph().url,
      getAccessToken: async () => 'audit-token',
      retry: FAST,
    });
    const read = await readLifecycle(client, {
      cloud: 'AzureCloud',
      roles: ['AuditLog.Read.All'],
      licences:
        skus.length > 0
          ? { workloadIdPremium: 'unlicensed', workloadIdConditionalAccess: 'unlicensed', entraIdPremium: 'licensed' }
          : {
              workloadIdPremium: 'unlicensed',
              workloadIdConditionalAccess: 'unlicensed',
              entraIdPremium: 'unlicensed',
            },
      appIds: [deploy.appId],
      now: NOW,
    });
    const signals = {
      states: read.states,
      licences: {},
      lifecycle: normaliseLifecycle(read.raw),
    } as unknown as TenantSignals;
    const finding = (id: string) => ({
      rule: 'fic-unused',
      appId: deploy.appId,
      target: { kind: 'federatedCredential', id, name: id },
      message: 'The federated credential is unused by the workflows.',
    });
    const findings = withSignInEvidence([finding(USED), finding(IDLE), finding(OLD)], signals);
    return { read, messages: findings.map((f) => f.message) };
  }

  test('last use within the window, or none with the window named as too short to judge', async () => {
    const { read, messages } = await evidence([entraIdP2Sku()]);
    expect(read.states.find((s) => s.signal === 'service-principal-sign-ins')?.status).toBe('available');
    expect(messages[0]).toContain(`show a sign-in with it on ${daysAgo(3).slice(0, 10)}`);
    expect(messages[1]).toContain('show no sign-in with it; that window is too short to judge whether it is unused');
    expect(messages[2]).toContain('show no sign-in with it');
    const request = graph().log.entries.find((e) => e.path.includes('auditLogs/signIns'));
    expect(decodeURIComponent(request?.path ?? '')).toContain(
      `signInEventTypes/any(t: t eq 'servicePrincipal') and appId eq '${deploy.appId}'`,
    );
  });

  test('a tenant without Entra ID P1/P2: unlicensed, and the findings stay as they were', async () => {
    const { read, messages } = await evidence([]);
    const state = read.states.find((s) => s.signal === 'service-principal-sign-ins');
    expect(state?.status).toBe('unlicensed');
    expect(state?.reason).toContain('Microsoft Entra ID P1 or P2');
    expect(messages).toEqual(Array(3).fill('The federated credential is unused by the workflows.'));
  });
});
