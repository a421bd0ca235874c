// Issue 3 ("Done when"): the bundled action applies a policy file, from the default path and from
// the `policy` input, to a tenant holding one credential for each rule: severities after the
// overrides, live and expired exceptions, and a mistake that stops the run before any request.
import { describe, expect, it } from '@jest/globals';
import { useEmulators } from '../helpers/emulators.js';
import type { ActionRun } from '../helpers/run-action.js';
import {
  annotations,
  app,
  buildTenant,
  daysFromNow,
  fic,
  githubFixture,
  privilegedServicePrincipal,
  runGuard,
  secret,
  type AuditedApp,
} from './harness.js';

const other = (context: string) => `repo:contoso/web-portal:${context}`;
const apps = {
  untrustedIssuer: app({
    displayName: 'ghec-slug-deploy',
    federatedIdentityCredentials: [
      fic({
        name: 'slug-issuer',
        issuer: 'https://token.actions.githubusercontent.com/contoso',
        subject: other('ref:refs/heads/main'),
      }),
    ],
  }),
  audience: app({
    displayName: 'custom-audience',
    federatedIdentityCredentials: [
      fic({ name: 'odd-audience', subject: other('ref:refs/heads/main'), audiences: ['api://contoso-exchange'] }),
    ],
  }),
  pullRequest: app({
    displayName: 'portal-preview',
    federatedIdentityCredentials: [fic({ name: 'portal-prs', subject: other('pull_request') })],
  }),
  wildcard: app({
    displayName: 'shared-ci',
    federatedIdentityCredentials: [
      fic({
        name: 'any-repo-main',
        claimsMatchingExpression: {
          value:
            "claims['sub'] matches 'repo:contoso/*:ref:refs/heads/main' and claims['repository_owner_id'] eq '81234567'",
        },
      }),
    ],
  }),
  foreignOwner: app({
    displayName: 'vendor-bridge',
    federatedIdentityCredentials: [
      fic({ name: 'fabrikam-main', subject: 'repo:fabrikam/payments-api:ref:refs/heads/main' }),
    ],
  }),
  malformed: app({
    displayName: 'typo-deploy',
    federatedIdentityCredentials: [fic({ name: 'branch-main', subject: other('branch:main') })],
  }),
  nearLimit: app({
    displayName: 'monorepo-deploy',
    federatedIdentityCredentials: Array.from({ length: 18 }, (_, i) =>
      fic({ name: `svc-${i + 1}`, subject: `repo:contoso/svc-${i + 1}:ref:refs/heads/main` }),
    ),
  }),
  graphPermission: app({ displayName: 'tenant-ops' }),
  directoryRole: app({ displayName: 'identity-admin' }),
  secret: app({
    displayName: 'reporting-export',
    passwordCredentials: [
      secret({ displayName: 'export-2026', startDateTime: daysFromNow(-10), endDateTime: daysFromNow(80) }),
    ],
  }),
};
const audited: AuditedApp[] = [
  ...Object.values(apps)
    .filter((a) => a !== apps.graphPermission && a !== apps.directoryRole)
    .map((a) => ({ app: a })),
  { app: apps.graphPermission, sp: privilegedServicePrincipal(apps.graphPermission, ['Application.ReadWrite.All']) },
  { app: apps.directoryRole, sp: privilegedServicePrincipal(apps.directoryRole, [], ['Global Administrator']) },
];
const appIds = Object.values(apps).map((a) => a.appId);

// The guard can see directory roles in memberOf only with RoleManagement.Read.Directory (or Directory.Read.All).
const emulators = useEmulators(() => ({
  tenant: buildTenant(audited, ['Application.Read.All', 'RoleManagement.Read.Directory']),
  github: githubFixture(),
}));

const LIVE_UNTIL = daysFromNow(60).slice(0, 10);
const POLICY = `# Contoso's federation policy
version: 1

rules:
  fic-audience: error
  client-secret-present: notice
  fic-near-limit: warning

settings:
  allowed-owners: [contoso]

exceptions:
  - rule: fic-wildcard
    app: ${apps.wildcard.appId}
    credential: ${apps.wildcard.federatedIdentityCredentials[0]?.id}
    expires: ${LIVE_UNTIL}
    reason: Split per repository, tracked in SEC-42
  - rule: privileged-graph-permission
    app: ${apps.graphPermission.appId}
    expires: 2026-01-31
    reason: Temporary during the directory migration
`;
const EXPIRED_EXCEPTION_LINE = POLICY.split('\n').indexOf('  - rule: privileged-graph-permission') + 1;

/** Every finding as "rule severity target", sorted. */
const findings = (run: ActionRun) =>
  (run.report?.findings ?? []).map((f) => `${f.rule} ${f.severity} ${f.target.name}`).sort();

const EXPECTED = [
  'client-secret-present notice export-2026',
  'fic-audience error odd-audience',
  'fic-foreign-owner error fabrikam-main',
  'fic-malformed-subject error branch-main',
  'fic-near-limit warning monorepo-deploy',
  'fic-pull-request error portal-prs',
  'fic-untrusted-issuer error slug-issuer',
  `policy-exception-expired warning ${apps.graphPermission.appId}`,
  'privileged-directory-role warning Global Administrator',
  'privileged-graph-permission warning Application.ReadWrite.All',
];

function expectPolicyApplied(run: ActionRun, policyFile: string): void {
  expect(run.report?.notEvaluated).toEqual([]);
  expect(findings(run)).toEqual(EXPECTED);
  // Each finding is on the app built for it.
  const appOf = Object.fromEntries((run.report?.findings ?? []).map((f) => [f.rule, f.appId]));
  expect(appOf).toMatchObject({
    'fic-untrusted-issuer': apps.untrustedIssuer.appId,
    'fic-audience': apps.audience.appId,
    'fic-pull-request': apps.pullRequest.appId,
    'fic-foreign-owner': apps.foreignOwner.appId,
    'fic-malformed-subject': apps.malformed.appId,
    'fic-near-limit': apps.nearLimit.appId,
    'privileged-graph-permission': apps.graphPermission.appId,
    'privileged-directory-role': apps.directoryRole.appId,
    'client-secret-present': apps.secret.appId,
  });
  // The live exception suppresses and is listed with its reason and expiry; it is not counted.
  expect(run.report?.suppressed).toEqual([
    expect.objectContaining({
      rule: 'fic-wildcard',
      appId: apps.wildcard.appId,
      target: expect.objectContaining({ name: 'any-repo-main' }),
      exception: { reason: 'Split per repository, tracked in SEC-42', expires: LIVE_UNTIL },
    }),
  ]);
  expect(run.report?.summary).toMatchObject({ errors: 5, warnings: 4, notices: 1, appsEvaluated: appIds.length });
  expect(run.summary).toContain('### Suppressed by policy exceptions (1)');
  // The expired exception no longer suppresses and is reported at its line in the policy file.
  const expired = run.report?.findings.find((f) => f.rule === 'policy-exception-expired');
  expect(expired?.location).toEqual({ file: policyFile, line: EXPIRED_EXCEPTION_LINE });
  expect(
    annotations(run.stdout).some(
      (a) =>
        a.line.startsWith(`::warning title=policy-exception-expired`) &&
        a.properties.file === policyFile &&
        a.properties.line === String(EXPIRED_EXCEPTION_LINE),
    ),
  ).toBe(true);
  expect(run.code).toBe(1);
}

describe('a policy file against one credential per rule', () => {
  it('without a policy: the built-in defaults (no owner rule, warnings stay warnings)', async () => {
    const run = await runGuard(emulators(), { apps: appIds });
    expect(findings(run)).toEqual([
      'client-secret-present warning export-2026',
      'fic-audience warning odd-audience',
      'fic-malformed-subject error branch-main',
      'fic-near-limit warning monorepo-deploy',
      'fic-pull-request error portal-prs',
      'fic-untrusted-issuer error slug-issuer',
      'fic-wildcard warning any-repo-main',
      'privileged-directory-role warning Global Administrator',
      'privileged-graph-permission warning Application.ReadWrite.All',
    ]);
  });

  it('from .github/entra-federation-guard.yml', async () => {
    const run = await runGuard(emulators(), {
      apps: appIds,
      files: { '.github/entra-federation-guard.yml': POLICY },
    });
    expectPolicyApplied(run, '.github/entra-federation-guard.yml');
  });

  it('from the policy input', async () => {
    const run = await runGuard(emulators(), {
      apps: appIds,
      files: { 'config/federation-policy.yml': POLICY },
      inputs: { policy: 'config/federation-policy.yml' },
    });
    expectPolicyApplied(run, 'config/federation-policy.yml');
  });
});

describe('a policy file with a mistake', () => {
  it.each([
    {
      mistake: 'an unknown severity',
      text: 'version: 1\nrules:\n  fic-audience: fatal\n',
      where: '.github/entra-federation-guard.yml:3:17',
      says: 'rule `fic-audience` is set to the string "fatal"; expected one of error, warning, notice, off',
    },
    {
      mistake: 'a misspelt rule',
      text: 'version: 1\nrules:\n  client-secret: error\n',
      where: '.github/entra-federation-guard.yml:3:3',
      says: 'unknown rule `client-secret` (did you mean `client-secret-present`?)',
    },
  ])('$mistake: fails with file:line:column before any network call', async ({ text, where, says }) => {
    const run = await runGuard(emulators(), { apps: appIds, files: { '.github/entra-federation-guard.yml': text } });
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout).filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(`${where}: ${says}`);
    expect(run.report).toBeUndefined();
    expect(emulators().log.entries).toEqual([]);
  });
});
