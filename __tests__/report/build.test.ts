import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/policy/types.js';
import { buildReport, mergeReports } from '../../src/report/build.js';
import {
  BILLING,
  DEPLOY_API,
  DOCS_SITE,
  expiredFinding,
  pullRequestFinding,
  realisticReport,
  secretFinding,
  suppressedFinding,
  TOOL,
  UNREAD_APP_ID,
  wildcardFinding,
  workflowFinding,
} from './fixtures.js';

describe('buildReport', () => {
  it('counts findings, derives the verdict and orders everything deterministically', () => {
    const report = realisticReport();
    expect(report.summary).toEqual({ errors: 2, warnings: 2, notices: 1, appsEvaluated: 3, appsNotEvaluated: 1 });
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toEqual([
      'fic-missing',
      'fic-wildcard',
      'client-secret-present',
      'fic-pull-request',
      'credential-expired',
    ]);
    expect(report.apps.map((a) => a.displayName)).toEqual(['billing-worker', 'deploy-api', 'docs-site']);
    expect(report.suppressed).toEqual([suppressedFinding]);
    expect(report.scope).toEqual({ tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47', policyDigest: 'sha256:4be1c0ffee' });
  });

  it('does not depend on input order', () => {
    const a = realisticReport();
    const b = realisticReport({
      apps: [DOCS_SITE, BILLING, DEPLOY_API],
      findings: [pullRequestFinding, workflowFinding, wildcardFinding, expiredFinding, secretFinding],
    });
    expect(b).toEqual(a);
  });

  it.each([
    [[wildcardFinding, secretFinding], 'fail'],
    [[secretFinding, expiredFinding], 'warn'],
    [[expiredFinding], 'pass'],
    [[], 'pass'],
  ] as [Finding[], string][])('verdict follows the counts: %#', (findings, verdict) => {
    expect(buildReport({ tool: TOOL, apps: [DEPLOY_API], findings }).verdict).toBe(verdict);
  });

  it('keeps only the contract fields of apps and findings', () => {
    const app = { ...DEPLOY_API, passwordCredentials: [{ secretText: 'never-copy-me' }] };
    const finding = { ...secretFinding, hint: 'abc' } as Finding;
    const report = buildReport({ tool: TOOL, apps: [app], findings: [finding] });
    expect(JSON.stringify(report)).not.toContain('never-copy-me');
    expect(report.findings[0]).not.toHaveProperty('hint');
    expect(report.apps[0]).toEqual({ ...DEPLOY_API, kind: 'application' });
  });

  it('names the kind of every app: an app without one is an application, a managed identity keeps its resource id', () => {
    const resourceId =
      '/subscriptions/0b9e6a51-3c2d-4e8f-9a1b-2c3d4e5f6a7b/resourceGroups/rg-deploy/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-deploy';
    const identity = {
      appId: UNREAD_APP_ID,
      objectId: 'sp-1',
      displayName: 'id-deploy',
      kind: 'managedIdentity' as const,
      resourceId,
    };
    const report = buildReport({ tool: TOOL, apps: [DEPLOY_API, identity], findings: [] });
    expect(report.apps).toEqual([{ ...DEPLOY_API, kind: 'application' }, identity]);
    expect(() =>
      buildReport({ tool: TOOL, apps: [{ ...DEPLOY_API, kind: 'robot' as 'application' }], findings: [] }),
    ).toThrow('apps[0].kind must be one of application, agentIdentityBlueprint, managedIdentity, got "robot"');
  });

  it('dedupes apps, not-evaluated entries (keeping each reason) and notices', () => {
    const report = buildReport({
      tool: TOOL,
      apps: [DEPLOY_API, { ...DEPLOY_API, displayName: 'renamed' }],
      findings: [],
      notEvaluated: [
        { appId: UNREAD_APP_ID, reason: 'Graph answered 403.' },
        { appId: UNREAD_APP_ID, reason: 'Graph answered 403.' },
        { appId: UNREAD_APP_ID, reason: 'Service principal read timed out.' },
      ],
      notices: ['fork PR: no OIDC token', 'fork PR: no OIDC token'],
    });
    expect(report.apps).toEqual([{ ...DEPLOY_API, kind: 'application' }]);
    expect(report.notEvaluated).toEqual([
      { appId: UNREAD_APP_ID, reason: 'Graph answered 403.; Service principal read timed out.' },
    ]);
    expect(report.notices).toEqual(['fork PR: no OIDC token']);
    expect(report.summary.appsNotEvaluated).toBe(1);
  });

  it.each([
    [
      { ...secretFinding, severity: 'fatal' },
      'findings[0] (rule client-secret-present) has severity "fatal"; expected one of error, warning, notice',
    ],
    [
      { ...secretFinding, target: { kind: 'user', id: 'x', name: 'x' } },
      'findings[0].target.kind (rule client-secret-present) is "user"',
    ],
    [{ ...secretFinding, rule: '' }, 'findings[0].rule must not be empty'],
    [{ ...secretFinding, message: 42 }, 'findings[0].message must be a string, got number'],
    [
      { ...workflowFinding, location: { file: 'a.yml', line: 0 } },
      'findings[0].location.line must be an integer of at least 1, got number',
    ],
  ])('rejects a malformed finding: %#', (finding, message) => {
    expect(() => buildReport({ tool: TOOL, apps: [], findings: [finding as Finding] })).toThrow(message);
  });

  it('rejects a missing tool version', () => {
    expect(() => buildReport({ tool: { name: 'x', version: '' }, apps: [], findings: [] })).toThrow(
      'buildReport tool.version must not be empty',
    );
  });
});

describe('mergeReports', () => {
  const scope = { tenant: 'contoso.onmicrosoft.com', policyDigest: 'sha256:aa' };
  const shardA = buildReport({
    tool: TOOL,
    apps: [DEPLOY_API, BILLING],
    findings: [secretFinding, wildcardFinding],
    notices: ['n1'],
    scope: { ...scope, shard: '1/2' },
  });
  const shardB = buildReport({
    tool: TOOL,
    apps: [BILLING, DOCS_SITE],
    findings: [pullRequestFinding, wildcardFinding],
    suppressed: [suppressedFinding],
    notEvaluated: [{ appId: UNREAD_APP_ID, reason: 'throttled' }],
    notices: ['n1', 'n2'],
    scope: { ...scope, shard: '2/2' },
  });

  it('unions apps by appId, dedupes identical findings and recomputes the counts', () => {
    const merged = mergeReports([shardA, shardB]);
    expect(merged.apps.map((a) => a.appId)).toEqual([BILLING.appId, DEPLOY_API.appId, DOCS_SITE.appId]);
    expect(merged.findings).toEqual([wildcardFinding, secretFinding, pullRequestFinding]);
    expect(merged.summary).toEqual({ errors: 1, warnings: 2, notices: 0, appsEvaluated: 3, appsNotEvaluated: 1 });
    expect(merged.verdict).toBe('fail');
    expect(merged.suppressed).toEqual([suppressedFinding]);
    expect(merged.notices).toEqual(['n1', 'n2']);
    expect(merged.scope).toEqual(scope);
  });

  it('is the identity (modulo shard) for one report', () => {
    const { scope: _s, ...rest } = mergeReports([shardA]);
    const { scope: _t, ...expected } = shardA;
    expect(rest).toEqual(expected);
  });

  it.each([
    [
      'tool version',
      { ...shardB, tool: { ...TOOL, version: '1.5.0' } },
      'refusing to merge reports from different tool versions: report #1 is entra-federation-guard 1.4.2, report #2 is entra-federation-guard 1.5.0',
    ],
    [
      'tenant',
      { ...shardB, scope: { ...scope, tenant: 'fabrikam.onmicrosoft.com' } },
      'refusing to merge reports from different tenants: report #1 has tenant "contoso.onmicrosoft.com", report #2 has tenant "fabrikam.onmicrosoft.com"',
    ],
    [
      'policy digest',
      { ...shardB, scope: { tenant: scope.tenant } },
      'refusing to merge reports from different policies (policyDigest): report #1 has policyDigest "sha256:aa", report #2 has no policyDigest',
    ],
  ])('refuses a different %s', (_what, other, message) => {
    expect(() => mergeReports([shardA, other])).toThrow(message);
  });

  it('refuses a report that is not a version 1 report', () => {
    const { notices: _n, ...truncated } = shardB;
    expect(() => mergeReports([shardA, truncated as typeof shardB])).toThrow(
      'mergeReports: report #2 is not a version 1 report: "notices" must be an array.',
    );
  });

  it('refuses an empty list and an unknown version', () => {
    expect(() => mergeReports([])).toThrow('no reports to merge');
    expect(() => mergeReports([shardA, { ...shardB, version: 2 as 1 }])).toThrow(
      'report #2 has version 2; only version 1 is supported',
    );
  });
});
